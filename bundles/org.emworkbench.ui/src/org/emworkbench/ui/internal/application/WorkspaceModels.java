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
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Makes model files that live anywhere on disk available in the workspace, so
 * that they get markers and show in the Project Explorer: their folder is
 * linked into the project {@value #PROJECT}, without writing anything into
 * that folder.
 */
public final class WorkspaceModels {

    /** The workspace project that holds links to model folders. */
    public static final String PROJECT = "Models";

    private WorkspaceModels() {
    }

    /**
     * @param model an existing model file
     * @return the workspace file for it, linking its folder if needed
     * @throws CoreException if the workspace cannot be changed
     */
    public static IFile link(Path model) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IFile[] known = root.findFilesForLocationURI(model.toUri());
        for (IFile file : known) {
            if (file.exists() && file.getProject().isOpen()) {
                return file;
            }
        }
        NullProgressMonitor monitor = new NullProgressMonitor();
        IProject project = root.getProject(PROJECT);
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        IPath folderLocation = IPath.fromPath(model.getParent());
        IFolder folder = freeFolder(project, folderLocation, model.getParent().getFileName().toString());
        if (!folder.exists()) {
            folder.createLink(folderLocation, IResource.ALLOW_MISSING_LOCAL, monitor);
        }
        folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        return folder.getFile(model.getFileName().toString());
    }

    private static IFolder freeFolder(IProject project, IPath location, String name) {
        IFolder folder = project.getFolder(name);
        for (int suffix = 2; folder.exists() && !location.equals(folder.getLocation()); suffix++) {
            folder = project.getFolder(name + "-" + suffix);
        }
        return folder;
    }
}
