/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import org.emworkbench.validation.RuleSeverity;

/**
 * The kinds of problem an expansion preview reports. Each has a stable id
 * (for reports, filters and documentation), a usual severity and a fix; a
 * single problem may carry a more specific fix text.
 *
 * @since 0.1
 */
public enum ProblemKind {
    /** The user has no value of the attribute a macro reads: Secure Hub would send nothing. */
    ATTRIBUTE_MISSING("DIR-001", RuleSeverity.ERROR,
            "fill the attribute for the user in the directory, or change the macro to an attribute every user has"),
    /** The attribute is there but its value is empty or blank. */
    ATTRIBUTE_EMPTY("DIR-002", RuleSeverity.ERROR, "give the user a non-empty value in the directory"),
    /** The attribute has several values; which one Secure Hub would send is not documented. */
    MULTI_VALUED("DIR-003", RuleSeverity.WARNING,
            "leave one value in the directory, or use a single-valued attribute in the macro"),
    /** The macro spells the attribute in another case than the directory; LDAP ignores case. */
    CASE_VARIANT("DIR-004", RuleSeverity.INFO,
            "nothing to fix for LDAP; write the directory's spelling if you want the value to match the documentation"),
    /** The credential policy is userPrincipalName and the user's UPN differs from the mail address. */
    UPN_MAIL_DIFFER("DIR-005", RuleSeverity.WARNING,
            "make the UPN equal to the mail address (an alternative UPN suffix), or set Secure Mail's 'Initial "
                    + "authentication credentials' to sAMAccountName if Exchange accepts DOMAIN\\user logon"),
    /** The value has characters outside ASCII, which some clients and Exchange logons mishandle. */
    NON_ASCII("DIR-006", RuleSeverity.WARNING,
            "check that Secure Mail and Exchange accept the value, or use an ASCII-only attribute"),
    /** A macro cannot be read. */
    MACRO_SYNTAX("DIR-007", RuleSeverity.ERROR, "correct the macro, e.g. ${user.mail}"),
    /** A macro reads something other than a user property (another prefix, or none). */
    NOT_A_USER_MACRO("DIR-008", RuleSeverity.WARNING, "write user macros as ${user.ATTRIBUTE}"),
    /** The server computes the value itself (loginname, username, domainname); the directory cannot show it. */
    COMPUTED_BY_SERVER("DIR-009", RuleSeverity.INFO,
            "nothing to fix; the server derives it from the logon name, so check it on a test device"),
    /** The macro applies functions or is a function call; the preview shows the attribute before them. */
    FUNCTION_NOT_EVALUATED("DIR-010", RuleSeverity.INFO,
            "check the result on a test device; EMW does not evaluate macro functions"),
    /** No user has the address or name asked for. */
    USER_NOT_FOUND("DIR-011", RuleSeverity.ERROR,
            "check the spelling, the base DN of the LDAP server, and that the bind account can read users"),
    /** Several users have the address or name asked for; Secure Hub's logon would be ambiguous. */
    AMBIGUOUS_USER("DIR-012", RuleSeverity.ERROR,
            "make mail, userPrincipalName and sAMAccountName unique across the directory"),
    /** An entry has no name before {@code =} or no value after it. */
    MALFORMED_ENTRY("DIR-013", RuleSeverity.ERROR, "write each entry as NAME=${user.ATTRIBUTE}"),
    /**
     * The directory does not have the user in a group the model's persona
     * expects, directly or through nested groups; delivery groups built on that
     * group would not reach the user.
     */
    NOT_IN_EXPECTED_GROUP("DIR-014", RuleSeverity.WARNING,
            "add the user to the group in the directory, or correct the persona's expected groups in the model");

    private final String id;
    private final RuleSeverity severity;
    private final String fix;

    ProblemKind(String id, RuleSeverity severity, String fix) {
        this.id = id;
        this.severity = severity;
        this.fix = fix;
    }

    /** @return the stable id, e.g. {@code DIR-001} */
    public String id() {
        return id;
    }

    /** @return the usual severity */
    public RuleSeverity severity() {
        return severity;
    }

    /** @return the usual fix, one clause */
    public String fix() {
        return fix;
    }
}
