/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.rules;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Show Rule Documentation: opens the page of the rule behind the selected EMW problem. */
public final class ShowRuleDocumentationHandler extends AbstractHandler {

    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME);
        setBaseEnabled(selection instanceof ISelection current && ProblemSelection.ruleId(current).isPresent());
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Optional<String> ruleId = ProblemSelection.ruleId(HandlerUtil.getCurrentSelection(event));
        if (ruleId.isEmpty()) {
            return null;
        }
        try {
            RuleDocumentationView.show(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
                    ruleId.get());
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Rule Documentation view: " + e.getMessage(), e);
        }
        return null;
    }
}
