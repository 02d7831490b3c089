/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.StepStatus;

/**
 * What a row of the trace says at a glance: its icon, and the word that
 * stands for the icon in copied text.
 */
public enum Mark {
    /** A finding that breaks discovery or leaks credentials. */
    ERROR("error"),
    /** A finding that makes users click through a prompt. */
    WARNING("warning"),
    /** A finding worth knowing. */
    INFO("info"),
    /** A check that could not be made; never the same as absent. */
    UNKNOWN("unknown"),
    /** A provider that stopped before its end: it failed or was cancelled. */
    STOPPED("stopped"),
    /** A step with a usable answer, or a provider without findings. */
    OK("ok"),
    /** A step whose answer is that the thing does not exist. */
    ABSENT("absent"),
    /** A step not attempted on purpose, or a provider with nothing to do for the target. */
    SKIPPED("skipped"),
    /** A value a client would use. */
    VALUE("value"),
    /** A line of an answer: no mark. */
    NONE("");

    private final String word;

    Mark(String word) {
        this.word = word;
    }

    /** @return the word for copied text; empty for {@link #NONE} */
    public String word() {
        return word;
    }

    /**
     * @param severity a finding's severity
     * @return its mark
     */
    public static Mark of(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /**
     * @param status how a step ended
     * @return its mark; a failed step shows as an error
     */
    public static Mark of(StepStatus status) {
        return switch (status) {
            case OK -> OK;
            case ABSENT -> ABSENT;
            case FAILED -> ERROR;
            case UNKNOWN -> UNKNOWN;
            case SKIPPED -> SKIPPED;
        };
    }
}
