/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names features of the deployment metamodel as users type them:
 * {@code Class.feature} (one feature, e.g. {@code MdxApplication.sourceFile})
 * or {@code feature} (that feature of every class that has one, e.g.
 * {@code description}). Names are case-sensitive, as in model files.
 *
 * @since 0.1
 */
public final class FeatureNames {

    private FeatureNames() {
    }

    /**
     * @param feature a feature of the deployment metamodel
     * @return its name qualified by its class, e.g. {@code ClientProperty.value}
     */
    public static String qualifiedName(EStructuralFeature feature) {
        return feature.getEContainingClass().getName() + "." + feature.getName();
    }

    /**
     * @param name {@code Class.feature} or {@code feature}
     * @return the features it names, at least one
     * @throws UnknownFeatureException when it names none; it carries the
     *                                 closest valid name, if one is close
     */
    public static List<EStructuralFeature> resolve(String name) throws UnknownFeatureException {
        List<EStructuralFeature> found = new ArrayList<>();
        int dot = name.indexOf('.');
        for (EClass eClass : ComparisonProfile.classes()) {
            for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                boolean matches = dot < 0 ? feature.getName().equals(name) : qualifiedName(feature).equals(name);
                if (matches) {
                    found.add(feature);
                }
            }
        }
        if (found.isEmpty()) {
            throw new UnknownFeatureException(name, closest(name), all());
        }
        return found;
    }

    /** @return every valid name, qualified and plain, sorted */
    public static List<String> all() {
        TreeSet<String> names = new TreeSet<>();
        for (EClass eClass : ComparisonProfile.classes()) {
            for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                names.add(feature.getName());
                names.add(qualifiedName(feature));
            }
        }
        return List.copyOf(names);
    }

    private static String closest(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : all()) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Farther than a third of the name is no longer a typo but another name.
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
