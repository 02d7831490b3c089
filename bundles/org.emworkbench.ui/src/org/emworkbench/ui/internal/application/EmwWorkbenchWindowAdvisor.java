/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.application;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

/** Shapes the main window and opens the models named on the command line. */
final class EmwWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    private final ModelArguments models;

    EmwWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer, ModelArguments models) {
        super(configurer);
        this.models = models;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new EmwActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle("Endpoint Management Workbench");
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        for (Path model : models.models()) {
            try {
                IFile file = WorkspaceModels.link(model);
                IDE.openEditor(page, file, true);
                revealInProjectExplorer(page, file);
            } catch (PartInitException e) {
                ILog.of(getClass()).log(e.getStatus());
            } catch (CoreException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
    }

    private static void revealInProjectExplorer(IWorkbenchPage page, IFile file) {
        IViewPart explorer = page.findView(PROJECT_EXPLORER);
        if (explorer instanceof ISetSelectionTarget target) {
            target.selectReveal(new StructuredSelection(file));
        }
    }
}
