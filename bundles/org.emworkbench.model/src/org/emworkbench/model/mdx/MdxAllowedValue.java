/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx;

import java.util.Objects;

/**
 * One value an enumerated policy accepts, as read from {@code policy_metadata.xml}.
 *
 * @param value the value the app reads; never {@code null}
 * @param label the label the console shows, or {@code null} when the file gives none
 * @since 0.1
 */
public record MdxAllowedValue(String value, String label) {

    /** @throws NullPointerException when the value is {@code null} */
    public MdxAllowedValue {
        Objects.requireNonNull(value, "value");
    }
}
