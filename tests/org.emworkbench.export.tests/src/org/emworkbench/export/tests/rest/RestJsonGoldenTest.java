/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.rest;

import org.emworkbench.export.internal.rest.RestJson;
import org.emworkbench.export.internal.rest.RestJsonFormat;
import org.emworkbench.export.tests.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rest-json on the examples, byte for byte against golden/rest-json. */
class RestJsonGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = { "contoso", "broken-macro-blanks", "broken-secure-mail-not-delivered" })
    void matchesTheGoldenFiles(String model) {
        Golden.check(RestJson.FORMAT_ID, model,
                Golden.render(Golden.example("contoso/" + model + ".emw"), new RestJsonFormat()));
    }
}
