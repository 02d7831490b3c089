/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.compare;

import java.util.List;

/**
 * The differences between two models, in a stable order that does not depend
 * on the order of objects in either file: containment features in metamodel
 * order, the elements of a list by key, an object's changed features before
 * the differences inside it.
 *
 * @param differences the differences
 * @since 0.1
 */
public record ComparisonResult(List<Difference> differences) {

    /** Copies the list. */
    public ComparisonResult {
        differences = List.copyOf(differences);
    }

    /** @return whether the models are the same (as far as compared) */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /**
     * @param kind a kind of difference
     * @return how many differences of that kind there are
     */
    public long count(Difference.Kind kind) {
        return differences.stream().filter(difference -> difference.kind() == kind).count();
    }
}
