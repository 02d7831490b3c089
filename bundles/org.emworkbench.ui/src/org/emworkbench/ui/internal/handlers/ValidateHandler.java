/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * Deployment > Validate: runs the offline rules now, on what the active
 * deployment editor shows, or on the model files selected in the Project
 * Explorer (through their open editor where there is one). Validation runs
 * in a job; its findings replace the files' offline problem markers.
 */
public final class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ValidationTargets.of(event).forEach(ValidationTargets::validateOffline);
        return null;
    }
}
