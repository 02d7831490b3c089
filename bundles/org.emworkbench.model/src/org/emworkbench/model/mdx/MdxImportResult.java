/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx;

import java.util.List;

import org.emworkbench.model.deployment.MdxApplication;

/**
 * What an import did to a deployment.
 *
 * @param application the app that now carries the catalogue
 * @param added       whether the app was added ({@code false}: an existing app was updated)
 * @param policyCount how many policy definitions the app now has
 * @param warnings    the catalogue's notes followed by what the import itself noticed (for
 *                    example policy values whose policy the new catalogue no longer has), one
 *                    sentence each; they do not stop the import
 * @since 0.1
 */
public record MdxImportResult(MdxApplication application, boolean added, int policyCount, List<String> warnings) {

    /** @throws NullPointerException when the list is {@code null} */
    public MdxImportResult {
        warnings = List.copyOf(warnings);
    }
}
