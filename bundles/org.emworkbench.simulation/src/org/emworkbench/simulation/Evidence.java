/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation;

import java.util.Objects;

/**
 * One thing a step looked at: a model object, a DNS answer, an LDAP value, a
 * rule's finding. Never a secret.
 *
 * @param source where it comes from: {@code model}, {@code rule}, {@code dns}, {@code ldap} or {@code https}
 * @param text   what was seen, in one line
 * @since 0.1
 */
public record Evidence(String source, String text) {

    /** Source of facts read from the model. */
    public static final String MODEL = "model";
    /** Source of findings of the validation rules. */
    public static final String RULE = "rule";
    /** Source of DNS answers. */
    public static final String DNS = "dns";
    /** Source of directory values. */
    public static final String LDAP = "ldap";
    /** Source of HTTPS answers. */
    public static final String HTTPS = "https";

    /** Checks both parts. */
    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
