/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.directory.ImportPlan.Action;
import org.emworkbench.directory.ImportPlan.Change;
import org.emworkbench.directory.ImportPlan.Kind;
import org.emworkbench.directory.ImportPlan.Options;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.Persona;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchScope;

/**
 * Brings a directory group and its users into a model: as a group (and,
 * if asked, users one by one) of a delivery group, and as personas. Three
 * steps, so that the workbench can keep the network off the UI thread and
 * show the plan before anything changes:
 * <ol>
 * <li>{@link #read} fetches the group and every user in it, nested groups
 * followed (network; in a job);</li>
 * <li>{@link #plan} compares them with the model and lists every change (no
 * network, nothing changed);</li>
 * <li>{@link ImportPlan#apply} makes the changes (inside an undoable
 * command in the workbench).</li>
 * </ol>
 * Group searches use UnboundID's filter factory only, so a typed name is
 * always a value, never filter syntax.
 *
 * @since 0.1
 */
public final class DirectoryImport {

    /** The object classes a group search accepts, as {@link DirectoryEntry#isGroup()} does. */
    private static final List<String> GROUP_CLASSES = List.of("group", "groupOfNames", "groupOfUniqueNames");

    private DirectoryImport() {
    }

    /**
     * Finds groups whose {@code cn} contains the text (ignoring case, as LDAP
     * compares names).
     *
     * @param connection an open connection
     * @param text       part of the group's name; blank finds every group
     * @param limit      the most groups returned
     * @return the groups, with {@code cn} and {@code description}, in the directory's order
     * @throws DirectoryException when the search fails
     */
    public static List<DirectoryEntry> findGroups(DirectoryConnection connection, String text, int limit)
            throws DirectoryException {
        List<Filter> classes = new ArrayList<>();
        for (String type : GROUP_CLASSES) {
            classes.add(Filter.createEqualityFilter("objectClass", type));
        }
        Filter byClass = Filter.createORFilter(classes);
        String wanted = text == null ? "" : text.strip();
        Filter filter = wanted.isEmpty() ? byClass
                : Filter.createANDFilter(byClass,
                        Filter.createSubstringFilter("cn", null, new String[] { wanted }, null));
        List<DirectoryEntry> found = new ArrayList<>();
        connection.search(connection.endpoint().baseDn(), SearchScope.SUB, filter, List.of("cn", "description"),
                entry -> {
                    if (found.size() < limit) {
                        found.add(entry);
                    }
                }, null);
        return found;
    }

    /**
     * Reads a group and every user in it, nested groups followed once each.
     *
     * @param connection an open connection
     * @param groupDn    the group's distinguished name
     * @param membership how members are found
     * @param monitor    progress and cancellation; may be {@code null}
     * @return the group and its users
     * @throws DirectoryException ({@link Failure#NO_SUCH_ENTRY}) when there is no group of that name, or when
     *                            the directory cannot be searched
     * @throws OperationCanceledException when cancelled
     */
    public static ImportSource read(DirectoryConnection connection, String groupDn, Membership membership,
            IProgressMonitor monitor) throws DirectoryException {
        Objects.requireNonNull(groupDn, "groupDn");
        DirectoryEntry group = connection.read(groupDn.strip(), List.of("cn", "description")).orElse(null);
        if (group == null || !group.isGroup()) {
            throw new DirectoryException(Failure.NO_SUCH_ENTRY, connection.endpoint().server(),
                    "the directory has no group " + groupDn.strip(), null);
        }
        List<DirectoryEntry> users = new ArrayList<>();
        // An empty SEND_LDAP_ATTRIBUTES: the batch only walks the members and hands over their entries.
        DirectoryPreview members = new DirectoryPreview(connection, SendLdapAttributes.parse(""),
                CredentialPolicy.UNKNOWN);
        BatchSummary summary = members.previewGroups(List.of(group.dn()), membership,
                preview -> users.add(preview.user()), 0, monitor);
        return new ImportSource(group, users, Math.max(0, summary.groupsExpanded() - 1), summary.missingGroups());
    }

    /**
     * Compares what was read with the model and lists every change an import
     * would make. Nothing is changed.
     *
     * @param deployment the model
     * @param source     what {@link #read} returned
     * @param options    what to import
     * @return the plan
     */
    public static ImportPlan plan(Deployment deployment, ImportSource source, Options options) {
        List<Change> changes = new ArrayList<>();
        DeliveryGroup target = ModelMatch.deliveryGroup(deployment, options.deliveryGroup());
        if (options.addGroup() || options.addUsers()) {
            if (target == null) {
                changes.add(new Change(Kind.DELIVERY_GROUP, Action.ADD, options.deliveryGroup(),
                        Map.of(ModelMatch.NAME, options.deliveryGroup()), List.of()));
            }
            if (options.addGroup()) {
                changes.add(groupChange(target, source));
            }
            if (options.addUsers()) {
                String attribute = userNameAttribute(deployment);
                for (DirectoryEntry user : source.users()) {
                    changes.add(userChange(target, user, attribute));
                }
            }
        }
        if (options.createPersonas()) {
            List<Persona> personas = deployment.getDirectory() == null ? List.of()
                    : deployment.getDirectory().getPersonas();
            for (DirectoryEntry user : source.users()) {
                changes.add(personaChange(personas, user, source.group().dn()));
            }
        }
        return new ImportPlan(source.group().dn(), options, changes);
    }

    private static Change groupChange(DeliveryGroup target, ImportSource source) {
        String dn = source.group().dn();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ModelMatch.DOMAIN_NAME, ModelMatch.domainOf(dn));
        values.put(ModelMatch.UNIQUE_ID, dn);
        values.put(ModelMatch.NAME, source.groupName());
        DirectoryPrincipal existing = target == null ? null : ModelMatch.group(target.getGroups(), dn);
        return principalChange(Kind.GROUP, source.groupName(), existing, values);
    }

    private static Change userChange(DeliveryGroup target, DirectoryEntry user, String attribute) {
        String name = first(user, attribute);
        if (name == null) {
            name = first(user, UserKey.SAM_ACCOUNT_NAME.attribute());
        }
        String label = label(user);
        if (name == null) {
            return new Change(Kind.USER, Action.SKIPPED, label, Map.of(),
                    List.of("the directory has no " + attribute + " and no sAMAccountName for " + user.dn()));
        }
        String domain = ModelMatch.domainOf(user.dn());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ModelMatch.DOMAIN_NAME, domain);
        values.put(ModelMatch.UNIQUE_ID, name);
        values.put(ModelMatch.NAME, label);
        DirectoryPrincipal existing = target == null ? null
                : ModelMatch.user(target.getUsers(), domain, knownNames(user, name));
        return principalChange(Kind.USER, label + " (" + name + ")", existing, values);
    }

    private static Change principalChange(Kind kind, String label, DirectoryPrincipal existing,
            Map<String, String> values) {
        if (existing == null) {
            return new Change(kind, Action.ADD, label, values, describe(values));
        }
        List<String> details = new ArrayList<>();
        difference(details, ModelMatch.NAME, existing.getName(), values.get(ModelMatch.NAME));
        return new Change(kind, details.isEmpty() ? Action.UNCHANGED : Action.UPDATE, label, values, details);
    }

    private static Change personaChange(List<Persona> personas, DirectoryEntry user, String groupDn) {
        List<String> notes = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ModelMatch.DISPLAY_NAME, first(user, "displayName"));
        List<String> mails = user.values(UserKey.MAIL.attribute());
        values.put(ModelMatch.MAIL, mails.isEmpty() ? null : mails.get(0));
        if (mails.size() > 1) {
            notes.add("the user has " + mails.size() + " mail values; the first is used");
        }
        values.put(ModelMatch.USER_PRINCIPAL_NAME, first(user, UserKey.USER_PRINCIPAL_NAME.attribute()));
        values.put(ModelMatch.SAM_ACCOUNT_NAME, first(user, UserKey.SAM_ACCOUNT_NAME.attribute()));
        values.put(ModelMatch.EXPECTED_GROUP, groupDn);
        String label = label(user);
        Persona existing = ModelMatch.persona(personas, values.get(ModelMatch.MAIL),
                values.get(ModelMatch.USER_PRINCIPAL_NAME), values.get(ModelMatch.SAM_ACCOUNT_NAME));
        if (existing == null) {
            if (values.get(ModelMatch.MAIL) == null) {
                return new Change(Kind.PERSONA, Action.SKIPPED, label, values,
                        List.of("the user has no mail address, which is what identifies a persona"));
            }
            List<String> details = new ArrayList<>(describe(values));
            details.addAll(notes);
            return new Change(Kind.PERSONA, Action.ADD, label, values, details);
        }
        List<String> details = new ArrayList<>();
        difference(details, ModelMatch.DISPLAY_NAME, existing.getDisplayName(), values.get(ModelMatch.DISPLAY_NAME));
        difference(details, ModelMatch.MAIL, existing.getMail(), values.get(ModelMatch.MAIL));
        difference(details, ModelMatch.USER_PRINCIPAL_NAME, existing.getUserPrincipalName(),
                values.get(ModelMatch.USER_PRINCIPAL_NAME));
        difference(details, ModelMatch.SAM_ACCOUNT_NAME, existing.getSAMAccountName(),
                values.get(ModelMatch.SAM_ACCOUNT_NAME));
        if (!ModelMatch.containsDn(existing.getExpectedGroups(), groupDn)) {
            details.add("expectedGroups: + " + groupDn);
        }
        if (details.isEmpty()) {
            return new Change(Kind.PERSONA, Action.UNCHANGED, label, values, notes);
        }
        details.addAll(notes);
        return new Change(Kind.PERSONA, Action.UPDATE, label, values, details);
    }

    /** A value the directory does not have leaves the model's alone, so only given values count. */
    private static void difference(List<String> details, String feature, String old, String value) {
        if (value != null && !value.equals(old)) {
            details.add(feature + ": " + (old == null ? "none" : quoted(old)) + " \u2192 " + quoted(value));
        }
    }

    private static List<String> describe(Map<String, String> values) {
        List<String> details = new ArrayList<>();
        values.forEach((feature, value) -> {
            if (value != null) {
                details.add(feature + ": " + quoted(value));
            }
        });
        return details;
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    /** The attribute users log on with, which is the user name a delivery group lists. */
    private static String userNameAttribute(Deployment deployment) {
        String attribute = deployment.getDirectory() == null ? null
                : deployment.getDirectory().getUserSearchAttribute();
        return attribute == null || attribute.isBlank() ? UserKey.USER_PRINCIPAL_NAME.attribute() : attribute.strip();
    }

    private static List<String> knownNames(DirectoryEntry user, String name) {
        List<String> names = new ArrayList<>();
        names.add(name);
        for (UserKey key : UserKey.values()) {
            names.addAll(user.values(key.attribute()));
        }
        return names;
    }

    private static String label(DirectoryEntry user) {
        String display = first(user, "displayName");
        if (display != null) {
            return display;
        }
        for (UserKey key : UserKey.values()) {
            String value = first(user, key.attribute());
            if (value != null) {
                return value;
            }
        }
        return user.dn();
    }

    private static String first(DirectoryEntry user, String attribute) {
        String value = user.first(attribute);
        return value == null || value.isBlank() ? null : value;
    }
}
