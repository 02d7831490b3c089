/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.application;

import java.util.List;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.emworkbench.ui.internal.autodiscovery.AutodiscoveryView;
import org.emworkbench.ui.internal.directory.DirectoryPreviewView;
import org.emworkbench.ui.internal.rules.RuleDocumentationView;

/**
 * Models on the left, the editor in the middle, problems below it and beside them the selection's
 * properties, stacked with the documentation of the selected problem's rule. The Autodiscovery view
 * opens beside the Problems view when it is asked for.
 */
public final class DeploymentPerspective implements IPerspectiveFactory {

    /** The perspective id. */
    public static final String ID = "org.emworkbench.ui.perspective.deployment";

    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    /** The views of Window > Show View, in menu order; a view added to the layout belongs here too. */
    private static final List<String> VIEW_SHORTCUTS = List.of(PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
            IPageLayout.ID_PROP_SHEET, RuleDocumentationView.ID, AutodiscoveryView.ID, DirectoryPreviewView.ID);

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editorArea);
        IFolderLayout problems = layout.createFolder("problems", IPageLayout.BOTTOM, 0.62f, editorArea);
        problems.addView(IPageLayout.ID_PROBLEM_VIEW);
        // Opened on demand (Deployment menu, Show View), beside the Problems view: its trace needs the width.
        problems.addPlaceholder(AutodiscoveryView.ID);
        IFolderLayout properties = layout.createFolder("properties", IPageLayout.RIGHT, 0.6f, "problems");
        properties.addView(IPageLayout.ID_PROP_SHEET);
        properties.addView(RuleDocumentationView.ID);
        layout.addNewWizardShortcut("org.emworkbench.ui.wizards.newDeployment");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        VIEW_SHORTCUTS.forEach(layout::addShowViewShortcut);
    }
}
