/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.sandbox;

import java.util.List;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.Schema;

/**
 * What the sandbox directory adds to the standard LDAP schema so that it
 * looks like Active Directory to the directory bundle: the logon names
 * {@code userPrincipalName} and {@code sAMAccountName} (one value each,
 * compared ignoring case), {@code memberOf} (DNs), and the structural classes
 * {@code user} and {@code group}. {@code mail} and {@code displayName} come
 * from inetOrgPerson's standard definitions.
 * <p>
 * The OIDs are stand-ins below the experimental arc 1.3.6.1.3 (RFC 1155),
 * not Microsoft's: only the names matter to clients.
 *
 * @since 0.1
 */
public final class ActiveDirectorySchema {

    private static final String ARC = "1.3.6.1.3.7347.8";
    private static final String TEXT = "1.3.6.1.4.1.1466.115.121.1.15";
    private static final String DN = "1.3.6.1.4.1.1466.115.121.1.12";

    private static final List<String> ATTRIBUTES = List.of(
            "( " + ARC + ".1 NAME 'userPrincipalName' EQUALITY caseIgnoreMatch SYNTAX " + TEXT + " SINGLE-VALUE )",
            "( " + ARC + ".2 NAME 'sAMAccountName' EQUALITY caseIgnoreMatch SYNTAX " + TEXT + " SINGLE-VALUE )",
            "( " + ARC + ".3 NAME 'memberOf' EQUALITY distinguishedNameMatch SYNTAX " + DN + " )");

    private static final List<String> CLASSES = List.of(
            "( " + ARC + ".10 NAME 'user' SUP organizationalPerson STRUCTURAL"
                    + " MAY ( userPrincipalName $ sAMAccountName $ mail $ displayName $ memberOf ) )",
            "( " + ARC + ".11 NAME 'group' SUP top STRUCTURAL MUST cn"
                    + " MAY ( member $ sAMAccountName $ mail $ displayName $ memberOf $ description ) )");

    private ActiveDirectorySchema() {
    }

    /**
     * @return UnboundID's standard schema with these definitions merged in
     * @throws IllegalStateException when the standard schema cannot be read (a broken SDK)
     */
    public static Schema schema() {
        Entry extra = new Entry("cn=schema");
        extra.addAttribute("objectClass", "top", "ldapSubentry", "subschema");
        extra.addAttribute(Schema.ATTR_ATTRIBUTE_TYPE, ATTRIBUTES);
        extra.addAttribute(Schema.ATTR_OBJECT_CLASS, CLASSES);
        try {
            return Schema.mergeSchemas(Schema.getDefaultStandardSchema(), new Schema(extra));
        } catch (LDAPException e) {
            throw new IllegalStateException("the standard LDAP schema cannot be read: " + e.getMessage(), e);
        }
    }
}
