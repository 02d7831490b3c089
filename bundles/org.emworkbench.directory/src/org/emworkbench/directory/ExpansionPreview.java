/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.emworkbench.directory.SendLdapAttributes.Entry;
import org.emworkbench.directory.SendLdapAttributes.Part;
import org.emworkbench.directory.SendLdapAttributes.Reference;
import org.emworkbench.directory.SendLdapAttributes.Text;
import org.emworkbench.model.macro.Expression;
import org.emworkbench.model.macro.FunctionCall;
import org.emworkbench.model.macro.MacroText.Macro;
import org.emworkbench.model.macro.PropertyReference;
import org.emworkbench.validation.RuleSeverity;

/**
 * What Secure Hub would hand Secure Mail for one user: every
 * SEND_LDAP_ATTRIBUTES entry expanded against the user's directory entry, with
 * the problems of each entry and of the user as a whole.
 *
 * @param identity     what the user was looked up by (an address or name), or the DN
 * @param user         the user's entry; {@code null} when no single user was found
 * @param attributes   the expanded entries, in the order configured
 * @param userProblems problems of the user as a whole (not found, ambiguous, UPN and mail differ)
 * @since 0.1
 */
public record ExpansionPreview(String identity, DirectoryEntry user, List<ExpandedAttribute> attributes,
        List<ExpansionProblem> userProblems) {

    /** The user macros the server fills itself, not from a directory attribute (domain facts §2). */
    private static final Set<String> COMPUTED = Set.of("loginname", "username", "domainname");

    private static final Comparator<ExpansionProblem> WORST_FIRST = Comparator
            .comparing(ExpansionProblem::severity);

    /** Copies the lists. */
    public ExpansionPreview {
        Objects.requireNonNull(identity, "identity");
        attributes = List.copyOf(attributes);
        userProblems = List.copyOf(userProblems);
    }

    /** @return every problem, the user's first, then each entry's in order */
    public List<ExpansionProblem> problems() {
        if (attributes.stream().allMatch(attribute -> attribute.problems().isEmpty())) {
            return userProblems; // most users of a batch: no problem at all, nothing to gather
        }
        return Stream.concat(userProblems.stream(), attributes.stream().flatMap(a -> a.problems().stream()))
                .toList();
    }

    /** @return whether a problem of error severity means SSO would fail for this user */
    public boolean failsSso() {
        return problems().stream().anyMatch(problem -> problem.severity() == RuleSeverity.ERROR);
    }

    /**
     * A preview for a lookup that found no user or several.
     *
     * @param identity what was looked up
     * @param problem  why there is no single user
     * @return the preview, without attributes
     */
    public static ExpansionPreview withoutUser(String identity, ExpansionProblem problem) {
        return new ExpansionPreview(identity, null, List.of(), List.of(problem));
    }

    /**
     * Expands every entry for one user.
     *
     * @param identity       what the user was looked up by
     * @param user           the user's entry, with the attributes the macros read
     * @param attributes     the parsed SEND_LDAP_ATTRIBUTES value
     * @param policy         the deployment's credential policy
     * @param schemaSpelling the directory's spelling of an attribute name, or {@code null} when unknown
     *                       (then the entry's own spelling is used)
     * @return the preview
     */
    public static ExpansionPreview expand(String identity, DirectoryEntry user, SendLdapAttributes attributes,
            CredentialPolicy policy, UnaryOperator<String> schemaSpelling) {
        List<ExpandedAttribute> expanded = new ArrayList<>();
        for (Entry entry : attributes.entries()) {
            expanded.add(expand(entry, user, schemaSpelling));
        }
        List<ExpansionProblem> userProblems = new ArrayList<>();
        String upn = user.first(UserKey.USER_PRINCIPAL_NAME.attribute());
        String mail = user.first(UserKey.MAIL.attribute());
        if (policy == CredentialPolicy.USER_PRINCIPAL_NAME && upn != null && mail != null
                && !upn.equalsIgnoreCase(mail)) {
            userProblems.add(ExpansionProblem.of(ProblemKind.UPN_MAIL_DIFFER, null, "Secure Mail logs on with the "
                    + "userPrincipalName \"" + upn + "\", which differs from the mail address \"" + mail + "\""));
        }
        return new ExpansionPreview(identity, user, expanded, userProblems);
    }

    private static ExpandedAttribute expand(Entry entry, DirectoryEntry user, UnaryOperator<String> schemaSpelling) {
        List<ExpansionProblem> problems = new ArrayList<>();
        String name = entry.name();
        if (!entry.errors().isEmpty()) {
            problems.add(ExpansionProblem.of(ProblemKind.MACRO_SYNTAX, name,
                    "the macro cannot be read: " + entry.errors().get(0).message()));
        }
        if (name.isEmpty() || entry.parts().isEmpty()) {
            problems.add(ExpansionProblem.of(ProblemKind.MALFORMED_ENTRY, name.isEmpty() ? null : name,
                    name.isEmpty() ? "the entry \"" + entry.template() + "\" has no name" : "the entry has no value"));
        }
        StringBuilder value = new StringBuilder();
        boolean known = entry.errors().isEmpty();
        for (Part part : entry.parts()) {
            if (part instanceof Text text) {
                value.append(text.text());
                continue;
            }
            String expanded = expand(((Reference) part).macro(), name, user, schemaSpelling, problems);
            if (expanded == null) {
                known = false;
            } else {
                value.append(expanded);
            }
        }
        String result = known ? value.toString() : null;
        if (result != null && !isAscii(result)) {
            problems.add(ExpansionProblem.of(ProblemKind.NON_ASCII, name,
                    "the value \"" + result + "\" has characters outside ASCII"));
        }
        problems.sort(WORST_FIRST);
        return new ExpandedAttribute(name, entry.template(), result, problems);
    }

    /** @return the macro's value for the user, or {@code null} when it cannot be known */
    private static String expand(Macro macro, String entry, DirectoryEntry user, UnaryOperator<String> schemaSpelling,
            List<ExpansionProblem> problems) {
        Expression expression = macro.expression();
        if (expression instanceof FunctionCall) {
            problems.add(ExpansionProblem.of(ProblemKind.FUNCTION_NOT_EVALUATED, entry,
                    macro.source() + " is a function call, which the preview does not evaluate"));
            return null;
        }
        if (!(expression instanceof PropertyReference property)) {
            return null;
        }
        if (property.prefix() == null || !property.prefix().equalsIgnoreCase("user")) {
            problems.add(ExpansionProblem.of(ProblemKind.NOT_A_USER_MACRO, entry,
                    macro.source() + " does not read a user property"));
            return null;
        }
        if (!property.prefix().equals("user")) {
            problems.add(ExpansionProblem.of(ProblemKind.CASE_VARIANT, entry,
                    "the prefix is written \"" + property.prefix() + "\", the documentation writes \"user\""));
        }
        String attribute = property.name();
        if (!property.functions().isEmpty()) {
            problems.add(ExpansionProblem.of(ProblemKind.FUNCTION_NOT_EVALUATED, entry, macro.source()
                    + " applies functions; the preview shows the attribute's value before them"));
        }
        List<String> values = user.values(attribute);
        if (values.isEmpty()) {
            if (COMPUTED.contains(attribute.toLowerCase(Locale.ROOT))) {
                problems.add(ExpansionProblem.of(ProblemKind.COMPUTED_BY_SERVER, entry, "the server computes "
                        + macro.source() + " from the logon name; the directory has no attribute for it"));
                return null;
            }
            if (property.defaultValue() != null) {
                problems.add(new ExpansionProblem(ProblemKind.ATTRIBUTE_MISSING, RuleSeverity.WARNING, entry,
                        "the user has no " + attribute + "; Secure Hub would send the default \""
                                + property.defaultValue() + "\"", ProblemKind.ATTRIBUTE_MISSING.fix()));
                return property.defaultValue();
            }
            problems.add(ExpansionProblem.of(ProblemKind.ATTRIBUTE_MISSING, entry, "the user has no " + attribute));
            return null;
        }
        String spelling = schemaSpelling == null ? null : schemaSpelling.apply(attribute);
        if (spelling == null) {
            spelling = user.spelling(attribute);
        }
        if (spelling != null && !spelling.equals(attribute)) {
            problems.add(ExpansionProblem.of(ProblemKind.CASE_VARIANT, entry, "the macro writes \"" + attribute
                    + "\", the directory \"" + spelling + "\"; LDAP ignores the difference"));
        }
        if (values.size() > 1) {
            problems.add(ExpansionProblem.of(ProblemKind.MULTI_VALUED, entry, "the user has " + values.size()
                    + " values of " + spelling + " (" + String.join(", ", values)
                    + "); which one Secure Hub would send is not documented"));
        }
        String first = values.get(0);
        if (values.stream().allMatch(String::isBlank)) {
            problems.add(ExpansionProblem.of(ProblemKind.ATTRIBUTE_EMPTY, entry,
                    "the user's " + spelling + " is empty"));
        }
        return first;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
