/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

/**
 * The attributes a user can be looked up by.
 *
 * @since 0.1
 */
public enum UserKey {
    /** The email address. */
    MAIL("mail"),
    /** The userPrincipalName, {@code user@domain}. */
    USER_PRINCIPAL_NAME("userPrincipalName"),
    /** The pre-Windows 2000 logon name. */
    SAM_ACCOUNT_NAME("sAMAccountName");

    private final String attribute;

    UserKey(String attribute) {
        this.attribute = attribute;
    }

    /** @return the LDAP attribute, e.g. {@code userPrincipalName} */
    public String attribute() {
        return attribute;
    }
}
