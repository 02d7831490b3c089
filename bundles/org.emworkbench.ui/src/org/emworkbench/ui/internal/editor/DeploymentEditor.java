/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.edit.DeploymentLabelsAdapterFactory;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.model.persistence.ModelSaveException;
import org.emworkbench.ui.internal.editor.pages.AppsPage;
import org.emworkbench.ui.internal.editor.pages.DeliveryGroupsPage;
import org.emworkbench.ui.internal.editor.pages.DeploymentFormPage;
import org.emworkbench.ui.internal.editor.pages.DirectoryPage;
import org.emworkbench.ui.internal.editor.pages.ExchangePage;
import org.emworkbench.ui.internal.editor.pages.MessagePage;
import org.emworkbench.ui.internal.editor.pages.OverviewPage;
import org.emworkbench.ui.internal.editor.pages.PropertiesPage;
import org.emworkbench.ui.internal.markers.ProblemMarkers;
import org.emworkbench.validation.ObjectPaths;

/**
 * The deployment editor: form pages named as a consultant thinks of a
 * deployment, over one EMF.Edit editing domain. Every change is a command on
 * the domain's command stack, so it can be undone and makes the editor dirty;
 * saving goes through {@link DeploymentFiles#save} (atomic, with a backup).
 * While the user edits, the offline rules run on a copy of the model off the
 * UI thread and their findings become problem markers on the file.
 * <p>
 * The file is read by a job, so that the UI thread never waits on the disk;
 * until it has been read, the editor says so. A file that cannot be read
 * shows why instead of the pages, and the Problems
 * view gets the same message with its line. The editor follows changes made
 * to the file on disk: it reloads them, and asks first when it has unsaved
 * changes of its own.
 * </p>
 */
public final class DeploymentEditor extends FormEditor implements IEditingDomainProvider {

    /** The editor id. */
    public static final String ID = "org.emworkbench.ui.editor.deployment";

    /** The job family of the jobs that read model files for editors, for waiting on them. */
    public static final Object LOAD_FAMILY = new Object();

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final IResourceChangeListener fileWatcher = this::fileChanged;
    private final ProblemSeverities problems = new ProblemSeverities();
    private final EditorSelection selection = new EditorSelection();
    private final List<DeploymentFormPage> modelPages = new ArrayList<>();
    private final CommandStackListener commandListener = this::commandStackChanged;

    private AdapterFactoryEditingDomain domain;
    private Path path;
    private IFile workspaceFile;
    private Resource model;
    private ModelLoadException loadProblem;
    private FileTime lastSeenOnDisk;
    private LiveValidation liveValidation;
    private DeploymentOutlinePage outline;
    private Job loading;
    private IMarker pendingMarker;

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
        super.init(site, input);
        setPartName(input.getName());
        setTitleToolTip(path.toString());
        ResourceSet resourceSet = DeploymentFiles.newResourceSet();
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), resourceSet);
        // Lets EMF.Edit's property descriptors find the domain, so that edits in the Properties view are commands too.
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        domain.getCommandStack().addCommandStackListener(commandListener);
        site.setSelectionProvider(selection);
        liveValidation = new LiveValidation(this, workspaceFile, site.getShell().getDisplay());
        if (workspaceFile != null) {
            problems.read(workspaceFile);
        }
        OpenDeploymentEditors.opened(workspaceFile, this);
        startLoading();
    }

    @Override
    protected void addPages() {
        modelPages.clear();
        try {
            if (loading != null) {
                addPage(new MessagePage(this, "Reading", "Reading " + path.getFileName() + "...",
                        "The model is read in the background; its pages appear when it has been read."));
                return;
            }
            if (model == null) {
                addPage(new MessagePage(this, "Problem", "This model cannot be shown", loadProblem.getMessage()
                        + "\n\nFix the file in a text editor; this editor reloads it when it changes. "
                        + "Nothing was written to the file."));
                return;
            }
            for (DeploymentFormPage page : List.of(new OverviewPage(this), new PropertiesPage(this),
                    new AppsPage(this), new DeliveryGroupsPage(this), new ExchangePage(this),
                    new DirectoryPage(this))) {
                modelPages.add(page);
                // A tab reads & as a mnemonic marker; the titles mean it literally ("Apps & Policies").
                setPageText(addPage(page), page.getTitle().replace("&", "&&"));
            }
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    @Override
    protected void createPages() {
        super.createPages();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(fileWatcher, IResourceChangeEvent.POST_CHANGE);
    }

    /**
     * Reads the file in a job, so that the UI thread never waits on the disk;
     * the pages show that it is being read, and are built when it has been.
     */
    private void startLoading() {
        ResourceSet resourceSet = domain.getResourceSet();
        if (model != null) {
            resourceSet.getResources().remove(model);
            model.unload();
            model = null;
        }
        loadProblem = null;
        domain.getCommandStack().flush();
        Display display = getSite().getShell().getDisplay();
        loading = new Job("Reading " + path.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Job self = this;
                try {
                    Resource loaded = DeploymentFiles.load(resourceSet, path);
                    display.asyncExec(() -> loaded(self, loaded, null));
                } catch (ModelLoadException e) {
                    display.asyncExec(() -> loaded(self, null, e));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LOAD_FAMILY;
            }
        };
        loading.setPriority(Job.SHORT);
        loading.schedule();
        if (isShowing()) {
            rebuildPages();
        }
    }

    private void loaded(Job job, Resource loaded, ModelLoadException problem) {
        if (job != loading) {
            // A newer read has started, or the editor was closed.
            if (loaded != null) {
                loaded.getResourceSet().getResources().remove(loaded);
                loaded.unload();
            }
            return;
        }
        loading = null;
        model = loaded;
        loadProblem = problem;
        lastSeenOnDisk = modificationTime();
        if (model == null) {
            liveValidation.reportUnreadable();
        } else {
            liveValidation.validateNow();
        }
        if (isShowing()) {
            rebuildPages();
        }
        if (pendingMarker != null) {
            IMarker marker = pendingMarker;
            pendingMarker = null;
            gotoMarker(marker);
        }
    }

    /** Replaces the pages: after the model was read, or while it is read again. */
    private void rebuildPages() {
        int active = Math.max(0, getActivePage());
        while (getPageCount() > 0) {
            removePage(0);
        }
        addPages();
        if (getPageCount() > 0) {
            setActivePage(Math.min(active, getPageCount() - 1));
        }
        if (outline != null) {
            outline.setInput(model);
        }
        firePropertyChange(PROP_DIRTY);
    }

    private FileTime modificationTime() {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null;
        }
    }

    private void commandStackChanged(EventObject event) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (!isShowing()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            refreshPages();
            Command last = domain.getCommandStack().getMostRecentCommand();
            if (last != null && !last.getAffectedObjects().isEmpty()) {
                selection.setSelection(new StructuredSelection(List.copyOf(last.getAffectedObjects())));
            }
            liveValidation.modelChanged();
        });
    }

    private void refreshPages() {
        for (DeploymentFormPage page : modelPages) {
            page.refresh();
        }
        if (outline != null) {
            outline.refresh();
        }
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
            display.asyncExec(this::changedOnDisk);
        } else if ((delta.getFlags() & IResourceDelta.MARKERS) != 0) {
            display.asyncExec(this::showProblems);
        }
    }

    private void changedOnDisk() {
        if (!isShowing()) {
            return;
        }
        FileTime now = modificationTime();
        if (now != null && now.equals(lastSeenOnDisk)) {
            // Our own save.
            return;
        }
        lastSeenOnDisk = now;
        if (isDirty() && !MessageDialog.openQuestion(getSite().getShell(), "File Changed",
                "The file " + path.getFileName() + " has been changed on disk.\n\n"
                        + "Replace the editor's content with the file's? Your unsaved changes would be lost.")) {
            return;
        }
        startLoading();
    }

    private void showProblems() {
        if (!isShowing()) {
            return;
        }
        problems.read(workspaceFile);
        for (DeploymentFormPage page : modelPages) {
            page.problemsChanged();
        }
        if (outline != null) {
            outline.refresh();
        }
    }

    /**
     * Selects the object a problem marker is about, on the page that edits it,
     * as the Problems view asks when the user opens a problem.
     */
    private void gotoMarker(IMarker marker) {
        if (loading != null) {
            pendingMarker = marker;
            return;
        }
        EObject object = find(marker.getAttribute(ProblemMarkers.OBJECT_PATH, null));
        if (object != null) {
            reveal(object);
        }
    }

    /**
     * @param objectPath an object's path, see {@link ObjectPaths}
     * @return the object of the editor's model with that path, or {@code null}
     */
    public EObject find(String objectPath) {
        if (model == null || objectPath == null) {
            return null;
        }
        for (Iterator<EObject> contents = model.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (objectPath.equals(ObjectPaths.of(object))) {
                return object;
            }
        }
        return null;
    }

    /**
     * Shows the page that edits the object and selects it there.
     *
     * @param object an object of this editor's model
     */
    public void reveal(EObject object) {
        for (DeploymentFormPage page : modelPages) {
            if (page.edits(object)) {
                setActivePage(page.getId());
                page.reveal(object);
                selection.setSelection(new StructuredSelection(object));
                return;
            }
        }
    }

    /**
     * Runs a change as a command on the editor's command stack, so that it can
     * be undone and makes the editor dirty.
     *
     * @param command the change; ignored when it cannot execute
     * @return whether it was executed
     */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /** @return whether the editor's pages exist and are not disposed */
    public boolean isShowing() {
        return getContainer() != null && !getContainer().isDisposed();
    }

    /** @return the deployment being edited, or {@code null} when the file cannot be read */
    public Deployment deployment() {
        return model == null ? null : (Deployment) model.getContents().get(0);
    }

    /** @return the loaded model, or {@code null} when the file cannot be read */
    public Resource getModel() {
        return model;
    }

    /** @return why the file cannot be read, or {@code null} when it was read */
    public ModelLoadException getLoadProblem() {
        return loadProblem;
    }

    /** @return the model file */
    public Path getPath() {
        return path;
    }

    /** @return the model file in the workspace, or {@code null} when it is outside */
    public IFile getWorkspaceFile() {
        return workspaceFile;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** @return the item providers of the model's objects */
    public ComposedAdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    /** @return the worst problem per object, from the file's markers */
    public ProblemSeverities getProblems() {
        return problems;
    }

    /**
     * UI thread only.
     *
     * @return a copy of the model as the editor shows it, saved or not, for a
     *         job to read; {@code null} when the file cannot be read
     */
    public Resource snapshot() {
        return model == null ? null : ModelSnapshots.copy(model);
    }

    /**
     * Shows the file's problems anew, and the summary of its last online
     * validation, which changes without any marker changing when a run finds
     * what the one before found; UI thread only.
     */
    public void refreshProblems() {
        showProblems();
    }

    /** @return the live validation of this editor's model */
    public LiveValidation getLiveValidation() {
        return liveValidation;
    }

    /**
     * Makes a page's selection the editor's, for the Properties and Outline views.
     *
     * @param newSelection the selected model objects
     */
    public void selectionChanged(ISelection newSelection) {
        selection.setSelection(newSelection);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast((IGotoMarker) this::gotoMarker);
        }
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(ItemPropertySource.provider(adapterFactory, domain));
            return adapter.cast(page);
        }
        if (adapter == IContentOutlinePage.class) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new DeploymentOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(domain);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (model == null) {
            return;
        }
        try {
            DeploymentFiles.save(model, path);
            lastSeenOnDisk = modificationTime();
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            if (workspaceFile != null) {
                workspaceFile.refreshLocal(IResource.DEPTH_ZERO, monitor);
            }
            liveValidation.validateNow();
        } catch (ModelSaveException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            MessageDialog.openError(getSite().getShell(), "Save Failed",
                    e.getMessage() + "\n\nThe file on disk is unchanged; your changes are still in the editor.");
        } catch (CoreException e) {
            ILog.of(getClass()).log(Status.warning("Saved " + path + ", but the workspace was not refreshed", e));
        }
    }

    @Override
    public void doSaveAs() {
        // Models are saved where they are; a copy is made with the New Deployment wizard or the file system.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        IFormPage page = getActivePageInstance();
        if (page != null) {
            page.setFocus();
        } else {
            super.setFocus();
        }
    }

    @Override
    public void dispose() {
        OpenDeploymentEditors.closed(workspaceFile, this);
        if (loading != null) {
            loading.cancel();
            loading = null;
        }
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileWatcher);
        if (liveValidation != null) {
            liveValidation.dispose();
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(commandListener);
        }
        adapterFactory.dispose();
        super.dispose();
    }

    /** @return the command stack, for undo and redo */
    public CommandStack getCommandStack() {
        return domain.getCommandStack();
    }
}
