/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One difference between two models. Every difference has a readable
 * {@link #path()} built from keys, never from positions where a key exists:
 * an object's path such as {@code /server/clientProperties[ENABLE_CREDENTIAL_STORE]},
 * or for a changed feature the object's path and the feature,
 * {@code /server/clientProperties[ENABLE_PASSCODE_AUTH]/value}. Paths follow
 * the object paths of validation findings (docs/model.md).
 * <p>
 * Values are the text a model file holds for them (an enum's literal, a
 * version as written); {@code null} means unset.
 * </p>
 *
 * @since 0.1
 */
public sealed interface Difference {

    /** What kind of difference it is. */
    enum Kind {
        /** An object only the right model has. */
        ADDED,
        /** An object only the left model has. */
        REMOVED,
        /** A feature of an object both models have holds other values. */
        CHANGED,
        /** A list whose order matters holds the same elements in another order. */
        REORDERED,
        /** Several objects of one list share a key, so they cannot be matched. */
        DUPLICATE_KEY;

        /** @return the label used in reports: {@code added}, …, {@code duplicate-key} */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Which model of the two. */
    enum Side {
        /** The first model, the "old" one. */
        LEFT,
        /** The second model, the "new" one. */
        RIGHT;

        /** @return {@code left} or {@code right} */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param objectPath an object's path, {@code /} for the root
     * @param feature    a feature's name
     * @return the feature's path: {@code /server/version}, {@code /name}
     */
    static String featurePath(String objectPath, String feature) {
        return (objectPath.endsWith("/") ? objectPath : objectPath + "/") + feature;
    }

    /** @return the kind of difference */
    Kind kind();

    /** @return where it is: an object's path, or an object's path and a feature */
    String path();

    /** @return the metamodel class of the object concerned, e.g. {@code ClientProperty} */
    String className();

    /**
     * A difference in one feature of an object both models have; its path is
     * the object's path and the feature's name.
     */
    sealed interface FeatureDifference extends Difference {

        /** @return the path of the object both models have, {@code /} for the root */
        String objectPath();

        /** @return the feature's name */
        String feature();

        @Override
        default String path() {
            return featurePath(objectPath(), feature());
        }
    }

    /**
     * An object only the right model has; its contents are added with it.
     *
     * @param path       the object's path
     * @param className  its class
     * @param attributes its attributes that have a value, in metamodel order, as text
     */
    record Added(String path, String className, Map<String, String> attributes) implements Difference {

        /** Copies the attributes, keeping their order. */
        public Added {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        @Override
        public Kind kind() {
            return Kind.ADDED;
        }
    }

    /**
     * An object only the left model has; its contents go with it.
     *
     * @param path       the object's path
     * @param className  its class
     * @param attributes its attributes that have a value, in metamodel order, as text
     */
    record Removed(String path, String className, Map<String, String> attributes) implements Difference {

        /** Copies the attributes, keeping their order. */
        public Removed {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        @Override
        public Kind kind() {
            return Kind.REMOVED;
        }
    }

    /**
     * A single-valued feature with another value.
     *
     * @param objectPath the path of the object both models have
     * @param className  its class
     * @param feature    the feature's name
     * @param oldValue   the left model's value, {@code null} when unset
     * @param newValue   the right model's value, {@code null} when unset
     */
    record Changed(String objectPath, String className, String feature, String oldValue, String newValue)
            implements FeatureDifference {

        @Override
        public Kind kind() {
            return Kind.CHANGED;
        }
    }

    /**
     * A many-valued attribute (or reference) with other values. Unless the
     * feature's order matters, both lists are sorted and only their contents
     * differ.
     *
     * @param objectPath the path of the object both models have
     * @param className  its class
     * @param feature    the feature's name
     * @param oldValues  the left model's values
     * @param newValues  the right model's values
     */
    record ValuesChanged(String objectPath, String className, String feature, List<String> oldValues,
            List<String> newValues) implements FeatureDifference {

        /** Copies the lists. */
        public ValuesChanged {
            oldValues = List.copyOf(oldValues);
            newValues = List.copyOf(newValues);
        }

        @Override
        public Kind kind() {
            return Kind.CHANGED;
        }

        /** @return the values only the left model has (as many times as it has them more often) */
        public List<String> removed() {
            return minus(oldValues, newValues);
        }

        /** @return the values only the right model has (as many times as it has them more often) */
        public List<String> added() {
            return minus(newValues, oldValues);
        }

        private static List<String> minus(List<String> from, List<String> taken) {
            List<String> rest = new ArrayList<>(from);
            for (String value : taken) {
                rest.remove(value);
            }
            return rest;
        }
    }

    /**
     * A list whose order matters, with the same elements in another order.
     *
     * @param objectPath the path of the object holding the list
     * @param className  its class
     * @param feature    the list's feature
     * @param oldOrder   the keys of the elements both models have, in the left model's order
     * @param newOrder   the same keys in the right model's order
     */
    record Reordered(String objectPath, String className, String feature, List<String> oldOrder,
            List<String> newOrder) implements FeatureDifference {

        /** Copies the lists. */
        public Reordered {
            oldOrder = List.copyOf(oldOrder);
            newOrder = List.copyOf(newOrder);
        }

        @Override
        public Kind kind() {
            return Kind.REORDERED;
        }
    }

    /**
     * Several objects of one list in one model share a key. They are not
     * paired with anything (pairing them by position could pair the wrong
     * ones), so the comparison is incomplete for that key until the model is
     * fixed.
     *
     * @param side      the model that has them
     * @param path      the path they share
     * @param className their class
     * @param count     how many objects share it
     */
    record DuplicateKey(Side side, String path, String className, int count) implements Difference {

        @Override
        public Kind kind() {
            return Kind.DUPLICATE_KEY;
        }
    }
}
