/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.templates.DeploymentTemplate;

/**
 * File &gt; New &gt; Deployment Model: a new {@code .emw} file from a template,
 * saved through the model's persistence and opened in the editor.
 */
public final class NewDeploymentWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;
    private DeploymentTemplatePage templatePage;

    /** Creates the wizard; called by the workbench. */
    public NewDeploymentWizard() {
        setWindowTitle("New Deployment Model");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        this.workbench = newWorkbench;
        this.selection = newSelection;
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(modelBytes());
            }
        };
        filePage.setTitle("Deployment Model");
        filePage.setDescription("Choose the folder and the name of the new model.");
        filePage.setFileName("deployment.emw");
        IPath folderOfOpenModel = folderOfActiveEditor();
        if ((selection == null || selection.isEmpty()) && folderOfOpenModel != null) {
            filePage.setContainerFullPath(folderOfOpenModel);
        }
        filePage.setFileExtension(DeploymentFiles.FILE_EXTENSION);
        addPage(filePage);
        templatePage = new DeploymentTemplatePage();
        addPage(templatePage);
    }

    /** New models go next to the one being edited, unless the user selected a folder. */
    private IPath folderOfActiveEditor() {
        if (workbench == null || workbench.getActiveWorkbenchWindow() == null
                || workbench.getActiveWorkbenchWindow().getActivePage() == null) {
            return null;
        }
        IEditorPart editor = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
            return input.getFile().getParent().getFullPath();
        }
        return null;
    }

    /** @return the page that names the file */
    public WizardNewFileCreationPage filePage() {
        return filePage;
    }

    /** @return the page that chooses the template */
    public DeploymentTemplatePage templatePage() {
        return templatePage;
    }

    @Override
    public boolean performFinish() {
        // The new file is created with the model as its first content: no empty file, no backup of one.
        IFile file = filePage.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
            IDE.openEditor(page, file, true);
        } catch (PartInitException e) {
            templatePage.setErrorMessage(e.getMessage());
            return false;
        }
        return true;
    }

    /** The model the template makes, written as a deployment file is. */
    private byte[] modelBytes() {
        DeploymentTemplate template = templatePage.template();
        Resource resource = DeploymentFiles.newResourceSet().createResource(URI.createURI("new.emw"));
        resource.getContents().add(template.create(templatePage.customer(), templatePage.server(),
                template == DeploymentTemplate.EMPTY ? null : templatePage.mailDomain()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            resource.save(bytes, DeploymentFiles.saveOptions());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new model: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
