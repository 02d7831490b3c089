/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.Persona;

/**
 * What an import from the directory would change in a model, change by
 * change, so that a dialog can show it before anything happens;
 * {@link #apply(Deployment)} makes the changes. Objects are found by their
 * stable keys (a delivery group by name, a directory group by DN, a user by
 * domain and user name, a persona by mail, UPN or sAMAccountName), so an
 * object already in the model is updated or left alone, never added twice,
 * and applying the same plan again changes nothing.
 *
 * @param groupDn the directory group the plan comes from
 * @param options what the import was asked to do
 * @param changes every change, in the order they are applied; {@link Action#UNCHANGED} and
 *                {@link Action#SKIPPED} rows are listed too, so the user sees every user
 * @since 0.1
 */
public record ImportPlan(String groupDn, Options options, List<Change> changes) {

    /**
     * What to import.
     *
     * @param deliveryGroup  the name of the delivery group that receives the group (and users); created
     *                       when the model has none of that name
     * @param addGroup       whether the directory group becomes a group of the delivery group
     * @param addUsers       whether each user becomes a user of the delivery group, one by one
     * @param createPersonas whether each user becomes (or updates) a persona
     */
    public record Options(String deliveryGroup, boolean addGroup, boolean addUsers, boolean createPersonas) {
        /** Checks the delivery group's name. */
        public Options {
            if (deliveryGroup == null || deliveryGroup.isBlank()) {
                throw new IllegalArgumentException("choose the delivery group to import into");
            }
            deliveryGroup = deliveryGroup.strip();
        }
    }

    /** What a change is about. */
    public enum Kind {
        /** The delivery group that receives the import. */
        DELIVERY_GROUP("delivery group", "delivery groups"),
        /** A directory group of the delivery group. */
        GROUP("group", "groups"),
        /** A user of the delivery group. */
        USER("user", "users"),
        /** A persona of the directory. */
        PERSONA("persona", "personas");

        private final String singular;
        private final String plural;

        Kind(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }

        /** @return the kind in words, e.g. {@code delivery group} */
        public String singular() {
            return singular;
        }

        /**
         * @param count how many
         * @return e.g. {@code 1 persona}, {@code 3 personas}
         */
        public String count(long count) {
            return count + " " + (count == 1 ? singular : plural);
        }
    }

    /** What happens to the object. */
    public enum Action {
        /** It is added. */
        ADD,
        /** It exists and some of its values change. */
        UPDATE,
        /** It exists with the directory's values already. */
        UNCHANGED,
        /** It cannot be imported; {@link Change#details()} says why. */
        SKIPPED
    }

    /**
     * One change.
     *
     * @param kind    what it is about
     * @param action  what happens
     * @param label   the object as people know it, e.g. {@code Megan Bowen}
     * @param values  the values the object gets, by feature name (e.g. {@code mail}); for a persona also
     *                {@code expectedGroup}
     * @param details what changes ({@code displayName: "a" → "b"}), or why it is skipped
     */
    public record Change(Kind kind, Action action, String label, Map<String, String> values, List<String> details) {
        /** Copies the collections; values keep their order. */
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(label, "label");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            details = List.copyOf(details);
        }

        /** @return e.g. {@code add persona Megan Bowen: displayName "Megan Bowen", …} */
        @Override
        public String toString() {
            String text = action.name().toLowerCase(Locale.ROOT) + " " + kind.singular + " " + label;
            return details.isEmpty() ? text : text + ": " + String.join("; ", details);
        }
    }

    /** Copies the list. */
    public ImportPlan {
        Objects.requireNonNull(groupDn, "groupDn");
        Objects.requireNonNull(options, "options");
        changes = List.copyOf(changes);
    }

    /**
     * @param kind   what the changes are about
     * @param action what happens
     * @return how many changes are of that kind and action
     */
    public long count(Kind kind, Action action) {
        return changes.stream().filter(change -> change.kind() == kind && change.action() == action).count();
    }

    /** @return whether applying the plan would change the model */
    public boolean changesModel() {
        return changes.stream().anyMatch(change -> change.action() == Action.ADD || change.action() == Action.UPDATE);
    }

    /** @return one line, e.g. {@code adds 1 group, 6 personas; updates 2 personas; 2 unchanged; 1 skipped} */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Action action : List.of(Action.ADD, Action.UPDATE)) {
            List<String> kinds = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                long count = count(kind, action);
                if (count > 0) {
                    kinds.add(kind.count(count));
                }
            }
            if (!kinds.isEmpty()) {
                parts.add((action == Action.ADD ? "adds " : "updates ") + String.join(", ", kinds));
            }
        }
        Map<Action, Long> others = new EnumMap<>(Action.class);
        for (Change change : changes) {
            if (change.action() == Action.UNCHANGED || change.action() == Action.SKIPPED) {
                others.merge(change.action(), 1L, Long::sum);
            }
        }
        others.forEach((action, count) -> parts.add(count + " " + action.name().toLowerCase(Locale.ROOT)));
        return parts.isEmpty() ? "nothing to import" : String.join("; ", parts);
    }

    /**
     * Makes the changes in the model. Objects are looked up again by their
     * keys, so a plan applied twice, or to a model that gained some of the
     * objects meanwhile, adds nothing twice. Call it inside a command (the
     * workbench records it, so that it can be undone).
     *
     * @param deployment the model the plan was made for
     */
    public void apply(Deployment deployment) {
        DeliveryGroup target = null;
        for (Change change : changes) {
            if (change.action() != Action.ADD && change.action() != Action.UPDATE) {
                continue;
            }
            switch (change.kind()) {
            case DELIVERY_GROUP -> target = deliveryGroup(deployment, true);
            case GROUP -> principal(target(deployment, target), change, true);
            case USER -> principal(target(deployment, target), change, false);
            case PERSONA -> persona(deployment, change);
            }
        }
    }

    private DeliveryGroup target(Deployment deployment, DeliveryGroup known) {
        return known != null ? known : deliveryGroup(deployment, true);
    }

    private DeliveryGroup deliveryGroup(Deployment deployment, boolean create) {
        DeliveryGroup found = ModelMatch.deliveryGroup(deployment, options.deliveryGroup());
        if (found == null && create) {
            found = DeploymentFactory.eINSTANCE.createDeliveryGroup();
            found.setName(options.deliveryGroup());
            deployment.getDeliveryGroups().add(found);
        }
        return found;
    }

    private static void principal(DeliveryGroup target, Change change, boolean group) {
        Map<String, String> values = change.values();
        List<DirectoryPrincipal> list = group ? target.getGroups() : target.getUsers();
        DirectoryPrincipal principal = group ? ModelMatch.group(list, values.get(ModelMatch.UNIQUE_ID))
                : ModelMatch.user(list, values.get(ModelMatch.DOMAIN_NAME), List.of(values.get(ModelMatch.UNIQUE_ID)));
        if (principal == null) {
            principal = DeploymentFactory.eINSTANCE.createDirectoryPrincipal();
            principal.setDomainName(values.get(ModelMatch.DOMAIN_NAME));
            principal.setUniqueId(values.get(ModelMatch.UNIQUE_ID));
            list.add(principal);
        }
        principal.setName(values.get(ModelMatch.NAME));
    }

    private static void persona(Deployment deployment, Change change) {
        Map<String, String> values = change.values();
        if (deployment.getDirectory() == null) {
            deployment.setDirectory(DeploymentFactory.eINSTANCE.createDirectory());
        }
        List<Persona> personas = deployment.getDirectory().getPersonas();
        Persona persona = ModelMatch.persona(personas, values.get(ModelMatch.MAIL),
                values.get(ModelMatch.USER_PRINCIPAL_NAME), values.get(ModelMatch.SAM_ACCOUNT_NAME));
        if (persona == null) {
            persona = DeploymentFactory.eINSTANCE.createPersona();
            personas.add(persona);
        }
        ModelMatch.setIfGiven(values.get(ModelMatch.DISPLAY_NAME), persona::setDisplayName);
        ModelMatch.setIfGiven(values.get(ModelMatch.MAIL), persona::setMail);
        ModelMatch.setIfGiven(values.get(ModelMatch.USER_PRINCIPAL_NAME), persona::setUserPrincipalName);
        ModelMatch.setIfGiven(values.get(ModelMatch.SAM_ACCOUNT_NAME), persona::setSAMAccountName);
        String expected = values.get(ModelMatch.EXPECTED_GROUP);
        if (expected != null && !ModelMatch.containsDn(persona.getExpectedGroups(), expected)) {
            persona.getExpectedGroups().add(expected);
        }
    }
}
