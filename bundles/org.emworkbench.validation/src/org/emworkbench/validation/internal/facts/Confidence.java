/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.internal.facts;

/**
 * How sure EMW is of a fact, with the labels of the domain fact reference:
 * findings based on an unconfirmed fact say so, so that users check it.
 */
public enum Confidence {
    /** Read in the source. */
    VERIFIED("V"),
    /** Read in a source that was only partly readable. */
    PARTLY_VERIFIED("V-partial"),
    /** Inferred from verified facts. */
    INFERRED("I"),
    /** From memory or third-party paraphrase: a hypothesis. */
    UNCONFIRMED("U");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    /** @return the label used in facts files, e.g. {@code U} */
    public String label() {
        return label;
    }

    /** @return whether findings based on this fact should ask the user to check it */
    public boolean isDoubtful() {
        return this == UNCONFIRMED;
    }

    /**
     * @param label {@code V}, {@code V-partial}, {@code I} or {@code U}, in any case
     * @return the confidence
     * @throws IllegalArgumentException for any other label
     */
    public static Confidence fromLabel(String label) {
        for (Confidence confidence : values()) {
            if (confidence.label.equalsIgnoreCase(label.strip())) {
                return confidence;
            }
        }
        throw new IllegalArgumentException("unknown confidence '" + label + "'; write V, V-partial, I or U");
    }
}
