/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.rules;

import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.emworkbench.ui.internal.markers.ProblemMarkers;

/** The rule of the EMW problem selected in the Problems view (whose rows adapt to their markers). */
final class ProblemSelection {

    private ProblemSelection() {
    }

    /**
     * @param selection any selection
     * @return the rule id of its first element when that is an EMW problem marker found by a rule
     *         (not the marker of a model that cannot be read)
     */
    static Optional<String> ruleId(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return Optional.empty();
        }
        IMarker marker = Adapters.adapt(structured.getFirstElement(), IMarker.class);
        try {
            if (marker == null || !marker.exists() || !marker.isSubtypeOf(ProblemMarkers.TYPE)) {
                return Optional.empty();
            }
        } catch (CoreException e) {
            return Optional.empty();
        }
        String ruleId = marker.getAttribute(ProblemMarkers.RULE_ID, null);
        return ruleId == null || ruleId.isBlank() || ruleId.equals(ProblemMarkers.UNREADABLE_FILE) ? Optional.empty()
                : Optional.of(ruleId);
    }
}
