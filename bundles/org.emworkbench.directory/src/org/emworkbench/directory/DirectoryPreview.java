/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.directory.BatchSummary.FailingUser;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.macro.PropertyReference;
import org.emworkbench.validation.RuleSeverity;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchScope;

/**
 * Previews SEND_LDAP_ATTRIBUTES against a live directory: for one user, or
 * for every member of groups (nested groups followed, cycles cut), streaming
 * each user's preview to a consumer and keeping only a bounded summary.
 *
 * @since 0.1
 */
public final class DirectoryPreview {

    /** How many failing users a summary lists by default. */
    public static final int DEFAULT_LISTED_FAILURES = 1000;

    private final DirectoryConnection connection;
    private final SendLdapAttributes attributes;
    private final CredentialPolicy policy;
    private final List<String> batchAttributes;

    /**
     * @param connection an open connection (a pool for batch work)
     * @param attributes the parsed SEND_LDAP_ATTRIBUTES value
     * @param policy     the deployment's credential policy
     */
    public DirectoryPreview(DirectoryConnection connection, SendLdapAttributes attributes, CredentialPolicy policy) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.attributes = Objects.requireNonNull(attributes, "attributes");
        this.policy = Objects.requireNonNull(policy, "policy");
        Set<String> wanted = new LinkedHashSet<>();
        for (UserKey key : UserKey.values()) {
            wanted.add(key.attribute());
        }
        wanted.add("displayName");
        for (PropertyReference property : attributes.text().properties()) {
            if (property.name() != null && !property.name().isEmpty()) {
                wanted.add(property.name());
            }
        }
        this.batchAttributes = List.copyOf(wanted);
    }

    /** @return the attributes a batch asks the directory for: the identity attributes and every macro's */
    public List<String> batchAttributes() {
        return batchAttributes;
    }

    /**
     * Looks a user up by mail, UPN or sAMAccountName and expands for them.
     *
     * @param identity what the user types, e.g. {@code alice@contoso.com}
     * @return the preview; without attributes when no single user matches
     * @throws DirectoryException when the directory cannot be searched
     */
    public ExpansionPreview preview(String identity) throws DirectoryException {
        List<DirectoryEntry> users = connection.findUsers(identity, List.of(DirectoryConnection.ALL_USER_ATTRIBUTES));
        if (users.isEmpty()) {
            return ExpansionPreview.withoutUser(identity, ExpansionProblem.of(ProblemKind.USER_NOT_FOUND, null,
                    "no user has the mail, userPrincipalName or sAMAccountName \"" + identity + "\""));
        }
        if (users.size() > 1) {
            return ExpansionPreview.withoutUser(identity, ExpansionProblem.of(ProblemKind.AMBIGUOUS_USER, null,
                    users.size() + " users match \"" + identity + "\": "
                            + String.join("; ", users.stream().map(DirectoryEntry::dn).toList())));
        }
        return preview(identity, users.get(0));
    }

    /**
     * @param identity what the user was found by, for the report
     * @param user     the user's entry, holding at least {@link #batchAttributes()}
     * @return the preview
     */
    public ExpansionPreview preview(String identity, DirectoryEntry user) {
        return ExpansionPreview.expand(identity, user, attributes, policy, connection::schemaSpelling);
    }

    /**
     * Expands for every member of the delivery group: the users of its
     * directory groups (nested included) and its users named one by one.
     * Local principals (domain {@code local}) are not in the directory and are
     * skipped.
     *
     * @param group      a delivery group of the model
     * @param membership how members are found
     * @param each       receives every user's preview as it is made
     * @param limit      how many failing users the summary lists
     * @param monitor    progress and cancellation; may be {@code null}
     * @return the summary
     * @throws DirectoryException when the directory cannot be searched
     * @throws OperationCanceledException when cancelled
     */
    public BatchSummary previewDeliveryGroup(DeliveryGroup group, Membership membership,
            Consumer<ExpansionPreview> each, int limit, IProgressMonitor monitor) throws DirectoryException {
        List<String> groupDns = new ArrayList<>();
        for (DirectoryPrincipal principal : group.getGroups()) {
            if (!isLocal(principal) && principal.getUniqueId() != null) {
                groupDns.add(principal.getUniqueId());
            }
        }
        List<String> users = new ArrayList<>();
        for (DirectoryPrincipal principal : group.getUsers()) {
            if (!isLocal(principal) && principal.getUniqueId() != null) {
                users.add(principal.getUniqueId());
            }
        }
        return run(groupDns, users, membership, each, limit, monitor);
    }

    /**
     * Expands for every member of the groups, nested groups included.
     *
     * @param groupDns   the groups' distinguished names
     * @param membership how members are found
     * @param each       receives every user's preview as it is made
     * @param limit      how many failing users the summary lists
     * @param monitor    progress and cancellation; may be {@code null}
     * @return the summary
     * @throws DirectoryException when the directory cannot be searched
     * @throws OperationCanceledException when cancelled
     */
    public BatchSummary previewGroups(Collection<String> groupDns, Membership membership,
            Consumer<ExpansionPreview> each, int limit, IProgressMonitor monitor) throws DirectoryException {
        return run(groupDns, List.of(), membership, each, limit, monitor);
    }

    private BatchSummary run(Collection<String> groupDns, Collection<String> userNames, Membership membership,
            Consumer<ExpansionPreview> each, int limit, IProgressMonitor monitor) throws DirectoryException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Expanding SEND_LDAP_ATTRIBUTES for group members", IProgressMonitor.UNKNOWN);
        try {
            Batch batch = new Batch(each, limit, progress);
            for (String name : userNames) {
                batch.checkCanceled();
                ExpansionPreview preview = preview(name);
                if (preview.user() == null || batch.firstTime(preview.user().dn())) {
                    batch.accept(preview);
                }
            }
            Deque<String> pending = new ArrayDeque<>();
            for (String dn : groupDns) {
                if (batch.seenGroups.add(normalized(dn))) {
                    pending.add(dn);
                }
            }
            while (!pending.isEmpty()) {
                batch.checkCanceled();
                String group = pending.poll();
                progress.subTask(group);
                if (connection.read(group, List.of("objectClass")).isEmpty()) {
                    batch.missingGroups.add(group);
                    continue;
                }
                batch.groups++;
                Consumer<DirectoryEntry> member = entry -> {
                    if (entry.isGroup()) {
                        if (batch.seenGroups.add(normalized(entry.dn()))) {
                            pending.add(entry.dn());
                        } else {
                            batch.cycles++;
                        }
                    } else if (batch.firstTime(entry.dn())) {
                        batch.accept(preview(identity(entry), entry));
                    }
                };
                if (membership == Membership.MEMBER_OF) {
                    connection.search(connection.endpoint().baseDn(), SearchScope.SUB,
                            Filter.createEqualityFilter("memberOf", group), batchAttributes, member, progress);
                } else {
                    for (String dn : connection.read(group, List.of("member")).map(g -> g.values("member"))
                            .orElse(List.of())) {
                        batch.checkCanceled();
                        connection.read(dn, batchAttributes).ifPresent(member);
                    }
                }
            }
            return batch.summary();
        } finally {
            progress.done();
        }
    }

    private static boolean isLocal(DirectoryPrincipal principal) {
        return "local".equalsIgnoreCase(principal.getDomainName());
    }

    private static String identity(DirectoryEntry user) {
        for (UserKey key : UserKey.values()) {
            String value = user.first(key.attribute());
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return user.dn();
    }

    /** DNs compare by their normalized form, so that spelling and blanks do not hide a cycle. */
    private static String normalized(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (LDAPException e) {
            return dn.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** The running counts of one batch. */
    private static final class Batch {
        private final Consumer<ExpansionPreview> each;
        private final int limit;
        private final IProgressMonitor progress;
        private final Set<String> seenGroups = new HashSet<>();
        private final Set<String> seenUsers = new HashSet<>();
        private final Map<ProblemKind, Long> byKind = new EnumMap<>(ProblemKind.class);
        private final List<FailingUser> failures = new ArrayList<>();
        private final List<String> missingGroups = new ArrayList<>();
        private long users;
        private long failing;
        private long warned;
        private int groups;
        private int cycles;

        Batch(Consumer<ExpansionPreview> each, int limit, IProgressMonitor progress) {
            this.each = each == null ? preview -> {
            } : each;
            this.limit = Math.max(0, limit);
            this.progress = progress;
        }

        void checkCanceled() {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
        }

        /**
         * Users are told apart by the DN the server returned for them, which a
         * server spells the same way every time it returns the same entry;
         * parsing and normalizing every user's DN cost a quarter of a batch.
         */
        boolean firstTime(String userDn) {
            return seenUsers.add(userDn.toLowerCase(Locale.ROOT));
        }

        void accept(ExpansionPreview preview) {
            checkCanceled();
            users++;
            List<ExpansionProblem> problems = preview.problems();
            if (problems.isEmpty()) {
                each.accept(preview);
                progress.worked(1);
                return;
            }
            problems.stream().map(ExpansionProblem::kind).distinct()
                    .forEach(kind -> byKind.merge(kind, 1L, Long::sum));
            List<ExpansionProblem> errors = problems.stream()
                    .filter(problem -> problem.severity() == RuleSeverity.ERROR).toList();
            if (!errors.isEmpty()) {
                failing++;
                if (failures.size() < limit) {
                    DirectoryEntry user = preview.user();
                    failures.add(new FailingUser(user == null ? preview.identity() : user.dn(),
                            user == null ? preview.identity() : identity(user), errors));
                }
            } else if (problems.stream().anyMatch(problem -> problem.severity() == RuleSeverity.WARNING)) {
                warned++;
            }
            each.accept(preview);
            progress.worked(1);
        }

        BatchSummary summary() {
            return new BatchSummary(groups, users, failing, warned, byKind, failures, failing > failures.size(),
                    missingGroups, cycles);
        }
    }
}
