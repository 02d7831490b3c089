/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.emworkbench.directory.Membership;

/**
 * The parsed arguments of {@code emw ldap-preview}.
 *
 * @param model         the model file, as typed
 * @param users         the users to preview ({@code --user}, repeatable); empty in batch mode
 * @param groups        batch mode: directory groups by DN ({@code --group}, repeatable)
 * @param deliveryGroup batch mode: the model's delivery group whose directory groups and users are previewed
 *                      ({@code --delivery-group}), or {@code null}
 * @param membership    batch mode: how group members are found ({@code --membership})
 * @param json          whether the output is JSON ({@code --format json}); JSON Lines in batch mode
 * @param directory     how to reach the directory
 */
record LdapPreviewArguments(String model, List<String> users, List<String> groups, String deliveryGroup,
        Membership membership, boolean json, DirectoryOptions directory) {

    private static final String OPTIONS = "--user ADDRESS, --group DN, --delivery-group NAME, "
            + "--membership member-of|member, --format text|json, " + DirectoryOptions.LIST;

    private static final Map<String, String> EXAMPLES = Map.of(
            "--user", "a mail address, userPrincipalName or sAMAccountName, e.g. --user megan.bowen@contoso.com",
            "--group", "a group's DN, e.g. --group 'CN=Mobile Mail Users,OU=Groups,DC=contoso,DC=com'",
            "--delivery-group", "the name of a delivery group of the model, e.g. --delivery-group 'Mobile Mail'",
            "--membership", "member-of (search memberOf, paged; the default) or member (read each group's member)",
            "--format", "a format: --format text|json");

    private static final OptionReader READER = new OptionReader("ldap-preview", OPTIONS,
            Set.of(DirectoryOptions.START_TLS), EXAMPLES, DirectoryOptions.EXAMPLES);

    /** Copies the lists. */
    LdapPreviewArguments {
        users = List.copyOf(users);
        groups = List.copyOf(groups);
    }

    /** @return whether group members are previewed rather than users named one by one */
    boolean batch() {
        return users.isEmpty();
    }

    /**
     * @param arguments the words after {@code ldap-preview}
     * @return the parsed arguments
     * @throws UsageException with what to type instead
     */
    static LdapPreviewArguments parse(List<String> arguments) throws UsageException {
        Reading reading = new Reading();
        List<String> models = READER.read(arguments, reading);
        List<String> users = reading.users;
        List<String> groups = reading.groups;
        String deliveryGroup = reading.deliveryGroup;
        String membership = reading.membership;
        if (models.size() != 1) {
            throw new UsageException(models.isEmpty()
                    ? "ldap-preview needs a model file, e.g. emw ldap-preview examples/contoso/contoso.emw"
                            + " --user megan.bowen@contoso.com"
                    : "ldap-preview takes one model file, not " + models.size() + " (" + String.join(", ", models)
                            + ")");
        }
        boolean batch = !groups.isEmpty() || deliveryGroup != null;
        if (users.isEmpty() && !batch) {
            throw new UsageException("ldap-preview needs --user ADDRESS, or --group DN or --delivery-group NAME for"
                    + " every member of a group");
        }
        if (!users.isEmpty() && batch) {
            throw new UsageException("--user previews users one by one, --group and --delivery-group every member of"
                    + " groups; give one kind");
        }
        if (!groups.isEmpty() && deliveryGroup != null) {
            throw new UsageException("--group and --delivery-group both name the groups; give one of them");
        }
        if (membership != null && !batch) {
            throw new UsageException("--membership applies to --group and --delivery-group");
        }
        return new LdapPreviewArguments(models.get(0), users, groups, deliveryGroup, membership(membership),
                json(reading.format), reading.directory.done());
    }

    /** What the options say, as they are read. */
    private static final class Reading implements OptionReader.Handler {
        private final List<String> users = new ArrayList<>();
        private final List<String> groups = new ArrayList<>();
        private String deliveryGroup;
        private String membership;
        private String format;
        private final DirectoryOptions.Parser directory = new DirectoryOptions.Parser();

        @Override
        public void accept(String option, String value) throws UsageException {
            switch (option) {
                case DirectoryOptions.START_TLS -> directory.startTls();
                case "--user" -> users.add(value.strip());
                case "--group" -> groups.add(value.strip());
                case "--delivery-group" -> deliveryGroup = ValidateArguments.once(option, deliveryGroup, value.strip());
                case "--membership" -> membership = ValidateArguments.once(option, membership, value.strip());
                case "--format" -> format = ValidateArguments.once(option, format, value.strip());
                default -> directory.value(option, value);
            }
        }
    }

    private static Membership membership(String text) throws UsageException {
        if (text == null || text.equals("member-of")) {
            return Membership.MEMBER_OF;
        }
        if (text.equals("member")) {
            return Membership.MEMBER;
        }
        throw new UsageException("--membership " + text + ": " + EXAMPLES.get("--membership"));
    }

    private static boolean json(String format) throws UsageException {
        if (format == null || format.equals("text")) {
            return false;
        }
        if (format.equals("json")) {
            return true;
        }
        throw new UsageException("--format " + format + ": ldap-preview writes text or json");
    }
}
