/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.emworkbench.tests.support.Examples;

/** The model files the report tests run on. */
final class TestModels {

    /** The line of the malformed file's error: the parser notices the unclosed tag there. */
    static final int MALFORMED_LINE = 4;

    private TestModels() {
    }

    /** @return the Contoso example, which has no error */
    static String good() {
        return Examples.file("contoso/contoso.emw").toString();
    }

    /** @return the Contoso example with ENABLE_PASSCODE_AUTH false: an SSO-002 error */
    static String broken() {
        return Examples.file("contoso/broken-passcode-auth.emw").toString();
    }

    /**
     * @param folder where to write it
     * @return a file that is not well-formed XML, with its error on line {@link #MALFORMED_LINE}
     */
    static String unusable(Path folder) {
        try {
            return Files.writeString(folder.resolve("malformed.emw"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <deployment:Deployment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:deployment="http://www.emworkbench.org/deployment/1.0">
                      <server fqdn="a"
                    </deployment:Deployment>
                    """).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a file
     * @return the file relative to the working folder, as a user in another folder would type it
     */
    static String relative(String file) {
        return Path.of("").toAbsolutePath().relativize(Path.of(file).toAbsolutePath()).toString();
    }
}
