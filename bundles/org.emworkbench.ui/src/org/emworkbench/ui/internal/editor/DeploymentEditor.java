/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.nio.file.Path;
import java.util.Iterator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.emworkbench.model.edit.DeploymentLabelsAdapterFactory;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.ui.internal.markers.ProblemMarkers;
import org.emworkbench.ui.internal.markers.ValidationJob;
import org.emworkbench.validation.ObjectPaths;

/**
 * Shows a deployment model as a tree. A file that cannot be read shows why
 * instead, and the Problems view gets the same message with its line. The
 * editor follows changes made to the file on disk.
 */
public final class DeploymentEditor extends EditorPart {

    /** The editor id. */
    public static final String ID = "org.emworkbench.ui.editor.deployment";

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final IResourceChangeListener fileWatcher = this::fileChanged;
    private final ProblemSeverities problems = new ProblemSeverities();

    private Path path;
    private IFile workspaceFile;
    private Composite stack;
    private TreeViewer viewer;
    private Composite problemPage;
    private Label problemText;
    private Resource model;
    private ModelLoadException loadProblem;

    /** Creates the editor; called by the workbench. */
    public DeploymentEditor() {
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new DeploymentLabelsAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            workspaceFile = fileInput.getFile();
            path = workspaceFile.getLocation().toPath();
        } else if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            path = Path.of(uriInput.getURI());
        } else {
            throw new PartInitException("The deployment editor opens model files on disk, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(path.toString());
    }

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(new StackLayout());
        viewer = new TreeViewer(stack, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory, problems));
        getSite().setSelectionProvider(viewer);

        problemPage = new Composite(stack, SWT.NONE);
        problemPage.setLayout(new GridLayout());
        problemText = new Label(problemPage, SWT.WRAP);
        problemText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        if (workspaceFile != null) {
            problems.read(workspaceFile);
        }
        load();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(fileWatcher, IResourceChangeEvent.POST_CHANGE);
    }

    private void load() {
        try {
            model = DeploymentFiles.load(path);
            loadProblem = null;
            viewer.setInput(model);
            viewer.expandToLevel(3);
            show(viewer.getControl());
        } catch (ModelLoadException e) {
            model = null;
            loadProblem = e;
            viewer.setInput(null);
            problemText.setText("This model cannot be shown.\n\n" + e.getMessage()
                    + "\n\nFix the file in a text editor; this editor reloads it when it changes.");
            show(problemPage);
        }
        if (workspaceFile != null) {
            new ValidationJob(workspaceFile).schedule();
        }
    }

    private void show(Control page) {
        ((StackLayout) stack.getLayout()).topControl = page;
        stack.layout(true, true);
    }

    private void fileChanged(IResourceChangeEvent event) {
        if (workspaceFile == null || event.getDelta() == null) {
            return;
        }
        IResourceDelta delta = event.getDelta().findMember(workspaceFile.getFullPath());
        if (delta == null) {
            return;
        }
        Display display = getSite().getShell().getDisplay();
        if (delta.getKind() == IResourceDelta.REMOVED) {
            display.asyncExec(() -> getSite().getPage().closeEditor(this, false));
        } else if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
            display.asyncExec(() -> {
                if (!stack.isDisposed()) {
                    load();
                }
            });
        } else if ((delta.getFlags() & IResourceDelta.MARKERS) != 0) {
            display.asyncExec(this::showProblems);
        }
    }

    private void showProblems() {
        if (stack.isDisposed()) {
            return;
        }
        problems.read(workspaceFile);
        viewer.refresh(true);
    }

    /**
     * Selects the object a problem marker is about, as the Problems view asks
     * when the user opens a problem.
     */
    private void gotoMarker(IMarker marker) {
        String path = marker.getAttribute(ProblemMarkers.OBJECT_PATH, null);
        if (model == null || path == null) {
            return;
        }
        for (Iterator<EObject> contents = model.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (path.equals(ObjectPaths.of(object))) {
                viewer.setSelection(new StructuredSelection(object), true);
                return;
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast((IGotoMarker) this::gotoMarker);
        }
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(ItemPropertySource.provider(adapterFactory));
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    /** @return the tree showing the model */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** @return the loaded model, or {@code null} when the file cannot be read */
    public Resource getModel() {
        return model;
    }

    /** @return why the file cannot be read, or {@code null} when it was read */
    public ModelLoadException getLoadProblem() {
        return loadProblem;
    }

    @Override
    public void setFocus() {
        ((StackLayout) stack.getLayout()).topControl.setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileWatcher);
        adapterFactory.dispose();
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // Read-only for now: the tree shows the model, editing comes with the form editor.
    }

    @Override
    public void doSaveAs() {
        // Read-only for now.
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
