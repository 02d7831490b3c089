/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of an export, as a format produced it.
 *
 * @param format the identifier of the format that wrote it, e.g. {@code rest-json}
 * @param path   where it goes inside the export folder, with {@code /} as the separator
 * @param text   the whole content, written as UTF-8
 */
public record ExportedFile(String format, String path, String text) {

    /** Checks the parts. */
    public ExportedFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** @return the content as it is written to the disk */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
