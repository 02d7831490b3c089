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
 * A feature name the deployment metamodel does not have. The message names
 * the closest valid name when there is one.
 *
 * @since 0.1
 */
public final class UnknownFeatureException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String closest;
    private final transient List<String> validNames;

    UnknownFeatureException(String name, String closest, List<String> validNames) {
        super("no feature '" + name + "' in the deployment model"
                + (closest == null ? "" : "; did you mean '" + closest + "'?"));
        this.name = name;
        this.closest = closest;
        this.validNames = List.copyOf(validNames);
    }

    /** @return the name as given */
    public String getName() {
        return name;
    }

    /** @return the closest valid name, or {@code null} when none is close */
    public String getClosest() {
        return closest;
    }

    /** @return every valid name, {@code Class.feature} and {@code feature}, sorted */
    public List<String> getValidNames() {
        return validNames;
    }
}
