/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import org.emworkbench.tests.support.synthetic.DeploymentShape;

/** The models the benchmarks run on: a JMH parameter. */
public enum ModelSize {

    /** About 53,000 objects. */
    MEDIUM(DeploymentShape.MEDIUM),

    /** About 106,000 objects. */
    LARGE(DeploymentShape.LARGE);

    /** One seed for every run, so that every run measures the same files. */
    static final long SEED = 2026;

    private final DeploymentShape shape;

    ModelSize(DeploymentShape shape) {
        this.shape = shape;
    }

    /** @return the shape of the model */
    public DeploymentShape shape() {
        return shape;
    }
}
