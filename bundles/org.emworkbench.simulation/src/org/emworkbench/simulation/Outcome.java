/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation;

/**
 * What a step of the walk came to.
 *
 * @since 0.1
 */
public enum Outcome {
    /** The step works for this user. */
    PASS,
    /** The step breaks for this user; the result says why and how to fix it. */
    FAIL,
    /** The step was not walked because a step it needs did not pass. */
    SKIPPED,
    /** A server the step needs could not be asked, so whether it works is not known. */
    UNKNOWN
}
