/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import org.emworkbench.ui.internal.editor.DeploymentEditor;

/** Opens the page of a rule from a link on a form. */
final class RuleLinks {

    private RuleLinks() {
    }

    /**
     * @param editor the editor the link is on
     * @param ruleId the rule's id
     */
    static void show(DeploymentEditor editor, String ruleId) {
        // Wired to the Rule Documentation view when it lands.
    }
}
