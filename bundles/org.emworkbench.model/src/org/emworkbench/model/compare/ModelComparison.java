/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.compare;

import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.compare.internal.TreeComparer;

/**
 * Compares two deployment models structurally: objects are paired by their
 * keys (see {@link ComparisonProfile}), never by their position, so two files
 * that list the same objects in another order are equal, except for lists
 * whose order matters. The contract for users is {@code docs/diff.md}.
 * <p>
 * Pairing uses hash maps by key, so comparing models of n objects takes
 * O(n log n) time (the log for the stable order of the result).
 * </p>
 *
 * @since 0.1
 */
public final class ModelComparison {

    private ModelComparison() {
    }

    /**
     * @param left  the first ("old") model's root
     * @param right the second ("new") model's root
     * @return the differences, with the {@linkplain ComparisonProfile#defaults() default profile}
     */
    public static ComparisonResult compare(EObject left, EObject right) {
        return compare(left, right, ComparisonProfile.defaults());
    }

    /**
     * @param left    the first ("old") model's root
     * @param right   the second ("new") model's root
     * @param profile what is compared
     * @return the differences
     */
    public static ComparisonResult compare(EObject left, EObject right, ComparisonProfile profile) {
        return new ComparisonResult(new TreeComparer(profile).compare(left, right));
    }
}
