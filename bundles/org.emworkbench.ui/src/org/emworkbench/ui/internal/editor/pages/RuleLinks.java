/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PartInitException;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.rules.RuleDocumentationView;

/** Opens the page of a rule from a link on a form, in the Rule Documentation view. */
final class RuleLinks {

    private RuleLinks() {
    }

    /**
     * @param editor the editor the link is on
     * @param ruleId the rule's id
     */
    static void show(DeploymentEditor editor, String ruleId) {
        try {
            RuleDocumentationView.show(editor.getSite().getPage(), ruleId);
        } catch (PartInitException e) {
            ILog.of(RuleLinks.class).log(e.getStatus());
        }
    }
}
