/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal;

import java.util.Locale;

/**
 * Which MDX policies hold secrets, whose values no export format writes. The
 * set of MDX policy types is not documented, so any type naming a password or
 * a secret counts.
 */
public final class SecretPolicies {

    /** What the report shows instead of a secret policy's value. */
    public static final String WITHHELD = "(secret: not exported)";

    private SecretPolicies() {
    }

    /**
     * @param policyType the policy type as the .mdx file gives it, or {@code null}
     * @return whether values of this type are secret
     */
    public static boolean isSecretType(String policyType) {
        if (policyType == null) {
            return false;
        }
        String type = policyType.toLowerCase(Locale.ROOT);
        return type.contains("password") || type.contains("secret");
    }
}
