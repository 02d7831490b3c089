/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.util.List;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.Schema;

/**
 * The few Active Directory schema elements that the test directories need on
 * top of the standard LDAP schema (core, cosine, inetOrgPerson): the
 * attributes {@code userPrincipalName}, {@code sAMAccountName} and
 * {@code memberOf}, and the structural object classes {@code user} and
 * {@code group}. The definitions are written once, in RFC 4512 form, and
 * rendered for each server: {@link #unboundIdSchema()} for UnboundID's
 * in-memory server, {@link #openLdapSchemaFile()} for slapd.
 * <p>
 * Matching follows AD: user names compare case-insensitively
 * ({@code caseIgnoreMatch}), {@code memberOf} holds DNs. {@code memberOf} is
 * an ordinary attribute written by {@link DirectoryData} (direct memberships
 * only, as AD reports them), not maintained by the server: slapd's memberof
 * overlay does not see entries loaded with {@code slapadd}, and UnboundID's
 * in-memory server has no such feature, so both get the same stored values.
 * <p>
 * OIDs: real AD uses Microsoft's arc 1.2.840.113556; to make clear these are
 * stand-ins, they live under {@value #OID_ARC}, an unregistered number below
 * IANA's experimental arc 1.3.6.1.3 (RFC 1155). Clients look attributes up by
 * name, so the OIDs matter only to the servers.
 */
public final class AdLikeSchema {

    /** The arc of the test schema's OIDs: attributes below {@code .1}, object classes below {@code .2}. */
    public static final String OID_ARC = "1.3.6.1.3.7347.7";

    /** AD's logon name in e-mail form, e.g. {@code megan.bowen@contoso.com}; single-valued, case-insensitive. */
    public static final String USER_PRINCIPAL_NAME = "userPrincipalName";
    /** AD's pre-Windows 2000 logon name, e.g. {@code mbowen}; single-valued, case-insensitive. */
    public static final String SAM_ACCOUNT_NAME = "sAMAccountName";
    /** The DNs of the groups an entry is a direct member of. */
    public static final String MEMBER_OF = "memberOf";
    /** The standard group membership attribute AD uses too. */
    public static final String MEMBER = "member";
    /** The standard mail attribute (RFC 4524), multi-valued: one test user has two. */
    public static final String MAIL = "mail";
    /** The standard display name (RFC 2798); test users have non-ASCII ones, or none. */
    public static final String DISPLAY_NAME = "displayName";
    /** The standard common name, the naming attribute of users and groups, as in AD. */
    public static final String COMMON_NAME = "cn";
    /** The standard surname, which person entries must have. */
    public static final String SURNAME = "sn";
    /** The standard given name. */
    public static final String GIVEN_NAME = "givenName";
    /** The standard password attribute; only the service account has one. */
    public static final String USER_PASSWORD = "userPassword";
    /** AD's structural object class of people (and computers): {@code (objectClass=user)} finds them. */
    public static final String USER_CLASS = "user";
    /** AD's structural object class of groups. */
    public static final String GROUP_CLASS = "group";

    private static final String DIRECTORY_STRING = "1.3.6.1.4.1.1466.115.121.1.15";
    private static final String DN_SYNTAX = "1.3.6.1.4.1.1466.115.121.1.12";

    /** The attribute types, in RFC 4512 form. */
    private static final List<String> ATTRIBUTE_TYPES = List.of(
            "( " + OID_ARC + ".1.1 NAME '" + USER_PRINCIPAL_NAME + "' DESC 'AD logon name in e-mail form'"
                    + " EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch SYNTAX " + DIRECTORY_STRING
                    + " SINGLE-VALUE )",
            "( " + OID_ARC + ".1.2 NAME '" + SAM_ACCOUNT_NAME + "' DESC 'AD pre-Windows 2000 logon name'"
                    + " EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch SYNTAX " + DIRECTORY_STRING
                    + " SINGLE-VALUE )",
            "( " + OID_ARC + ".1.3 NAME '" + MEMBER_OF + "' DESC 'groups the entry is a direct member of'"
                    + " EQUALITY distinguishedNameMatch SYNTAX " + DN_SYNTAX + " )");

    /** The object classes, in RFC 4512 form; they need cosine and inetOrgPerson for mail and displayName. */
    private static final List<String> OBJECT_CLASSES = List.of(
            "( " + OID_ARC + ".2.1 NAME '" + USER_CLASS + "' DESC 'AD-like user' SUP organizationalPerson"
                    + " STRUCTURAL MAY ( " + USER_PRINCIPAL_NAME + " $ " + SAM_ACCOUNT_NAME + " $ " + MAIL + " $ "
                    + DISPLAY_NAME + " $ " + GIVEN_NAME + " $ " + MEMBER_OF + " ) )",
            "( " + OID_ARC + ".2.2 NAME '" + GROUP_CLASS + "' DESC 'AD-like group' SUP top STRUCTURAL"
                    + " MUST " + COMMON_NAME + " MAY ( " + MEMBER + " $ " + SAM_ACCOUNT_NAME + " $ " + MAIL + " $ "
                    + DISPLAY_NAME + " $ description $ " + MEMBER_OF + " ) )");

    private AdLikeSchema() {
    }

    /** @return the attribute type definitions in RFC 4512 form */
    public static List<String> attributeTypes() {
        return ATTRIBUTE_TYPES;
    }

    /** @return the object class definitions in RFC 4512 form */
    public static List<String> objectClasses() {
        return OBJECT_CLASSES;
    }

    /**
     * @return the text of an OpenLDAP {@code .schema} file with these definitions, to be included after
     *         core, cosine and inetorgperson
     */
    public static String openLdapSchemaFile() {
        StringBuilder file = new StringBuilder("# AD-like test schema of EMW, OIDs under ").append(OID_ARC)
                .append(" (experimental, unregistered)\n");
        ATTRIBUTE_TYPES.forEach(definition -> file.append("attributetype ").append(definition).append('\n'));
        OBJECT_CLASSES.forEach(definition -> file.append("objectclass ").append(definition).append('\n'));
        return file.toString();
    }

    /** @return a subschema entry with only these definitions */
    public static Entry unboundIdSchemaEntry() {
        Entry entry = new Entry("cn=schema");
        entry.addAttribute("objectClass", "top", "ldapSubentry", "subschema");
        entry.addAttribute(Schema.ATTR_ATTRIBUTE_TYPE, ATTRIBUTE_TYPES);
        entry.addAttribute(Schema.ATTR_OBJECT_CLASS, OBJECT_CLASSES);
        return entry;
    }

    /**
     * @return UnboundID's standard schema merged with these definitions, e.g. for
     *         {@code InMemoryDirectoryServerConfig.setSchema}
     */
    public static Schema unboundIdSchema() {
        try {
            return Schema.mergeSchemas(Schema.getDefaultStandardSchema(), new Schema(unboundIdSchemaEntry()));
        } catch (LDAPException e) {
            throw new IllegalStateException("UnboundID's standard schema cannot be read: " + e.getMessage(), e);
        }
    }
}
