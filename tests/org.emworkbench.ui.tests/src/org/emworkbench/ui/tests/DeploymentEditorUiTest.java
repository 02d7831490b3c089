/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.MarkerSupportView;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.templates.DeploymentTemplate;
import org.emworkbench.ui.internal.application.WorkspaceModels;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.markers.ProblemMarkers;
import org.emworkbench.ui.internal.markers.ValidationJob;
import org.emworkbench.ui.internal.wizards.NewDeploymentWizard;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The workbench with the Contoso examples: the editor's tree and the Problems view. */
@ExtendWith(ScreenshotOnFailure.class)
class DeploymentEditorUiTest {

    private static final long PATIENCE_MILLIS = 30_000;

    private static IProject project;

    @BeforeAll
    static void importExamples() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("contoso-ui-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        for (String name : new String[] { "contoso.emw", "broken-passcode-auth.emw" }) {
            IFile file = project.getFile(name);
            if (!file.exists()) {
                try (InputStream content = Files.newInputStream(Examples.file("contoso/" + name))) {
                    file.create(content, IResource.FORCE, null);
                }
            }
        }
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void theExampleOpensAsATreeOfItsModel() throws Exception {
        DeploymentEditor editor = open("contoso.emw");

        assertNull(editor.getLoadProblem());
        Tree tree = editor.getViewer().getTree();
        assertEquals(1, tree.getItemCount());
        List<String> labels = labels(tree.getItems());
        assertTrue(labels.get(0).contains("Contoso"), labels.toString());
        assertTrue(labels.stream().anyMatch(label -> label.contains("ENABLE_PASSCODE_AUTH")), labels.toString());
        assertTrue(labels.stream().anyMatch(label -> label.contains("emm.contoso.com")), labels.toString());
    }

    @Test
    void theFileMenuOffersOpenModel() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command open = commands.getCommand("org.emworkbench.ui.openModel");
        assertTrue(open.isDefined() && open.isHandled(), "Open Model is defined and has a handler");

        Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
        MenuItem file = Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("File"))
                .findFirst().orElseThrow();
        file.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> entries = Arrays.stream(file.getMenu().getItems()).map(item -> item.getText().replace("&", ""))
                .toList();
        file.getMenu().notifyListeners(SWT.Hide, new Event());
        assertTrue(entries.stream().anyMatch(entry -> entry.startsWith("Open Model...")), entries.toString());
    }

    @Test
    void theGoodExampleGetsNoProblemMarker() throws Exception {
        open("contoso.emw");
        waitForValidation();

        assertEquals(0, project.getFile("contoso.emw").findMarkers(ProblemMarkers.TYPE, true, 0).length);
    }

    @Test
    void theBrokenExampleShowsSso002InTheProblemsView() throws Exception {
        open("broken-passcode-auth.emw");
        waitForValidation();

        IMarker[] markers = project.getFile("broken-passcode-auth.emw").findMarkers(ProblemMarkers.TYPE, true, 0);
        assertEquals(1, markers.length);
        assertEquals("SSO-002", markers[0].getAttribute(ProblemMarkers.RULE_ID));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
        assertEquals("/server/clientProperties[ENABLE_PASSCODE_AUTH]", markers[0].getAttribute(IMarker.LOCATION));

        MarkerSupportView problems = (MarkerSupportView) page().showView(IPageLayout.ID_PROBLEM_VIEW);
        IMarker shown = awaitMarkerInView(problems, "SSO-002");
        assertTrue(shown.getAttribute(IMarker.MESSAGE, "").contains("ENABLE_PASSCODE_AUTH"), shown.toString());
        assertTrue(problemsViewRows(problems).stream().anyMatch(row -> row.startsWith("Errors (")),
                "the Problems view shows an Errors category");
    }

    @Test
    void openingAProblemSelectsItsObjectAndThePropertiesViewShowsIt() throws Exception {
        DeploymentEditor editor = open("broken-passcode-auth.emw");
        waitForValidation();
        IMarker marker = project.getFile("broken-passcode-auth.emw").findMarkers(ProblemMarkers.TYPE, true, 0)[0];

        IDE.gotoMarker(editor, marker);

        Object selected = editor.getViewer().getStructuredSelection().getFirstElement();
        assertTrue(selected instanceof ClientProperty property && "ENABLE_PASSCODE_AUTH".equals(property.getKey()),
                String.valueOf(selected));
        assertEquals("ENABLE_PASSCODE_AUTH = false", editor.getViewer().getTree().getSelection()[0].getText());

        page().showView(IPageLayout.ID_PROP_SHEET);
        page().activate(editor);
        processEvents();
        Tree properties = treeWithColumn(page().getWorkbenchWindow().getShell(), "Property");
        assertNotNull(properties, "the Properties view shows a table");
        List<String> rows = rows(properties.getItems());
        assertTrue(rows.contains("Key | ENABLE_PASSCODE_AUTH") && rows.contains("Value | false"), rows.toString());
    }

    @Test
    void aProblemOffersTheRulesQuickFixWhichFixesTheFile() throws Exception {
        IFile file = project.getFile("fixable.emw");
        if (!file.exists()) {
            try (InputStream content = Files.newInputStream(Examples.file("contoso/broken-passcode-auth.emw"))) {
                file.create(content, IResource.FORCE, null);
            }
        }
        open(file.getName());
        waitForValidation();
        IMarker marker = file.findMarkers(ProblemMarkers.TYPE, true, 0)[0];

        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(1, fixes.length);
        assertEquals("Set ENABLE_PASSCODE_AUTH to true", fixes[0].getLabel());
        fixes[0].run(marker);
        waitForValidation();

        assertTrue(Files.readString(file.getLocation().toPath()).contains("key=\"ENABLE_PASSCODE_AUTH\" value=\"true\""));
        assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, true, 0).length, "the problem is gone");
    }

    @Test
    void theNewDeploymentWizardCreatesAnSsoModelAndOpensIt() throws Exception {
        NewDeploymentWizard wizard = new NewDeploymentWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            wizard.filePage().setContainerFullPath(project.getFullPath());
            wizard.filePage().setFileName("fabrikam.emw");
            wizard.templatePage().setTemplate(DeploymentTemplate.SSO_EMAIL_AUTODISCOVERY);
            assertTrue(wizard.canFinish(), "the wizard can finish with its defaults");

            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        waitForValidation();

        IFile created = project.getFile("fabrikam.emw");
        Deployment model = (Deployment) DeploymentFiles.load(created.getLocation().toPath()).getContents().get(0);
        assertEquals("Contoso", model.getName());
        assertEquals("emm.contoso.com", model.getServer().getFqdn());
        assertTrue(page().getActiveEditor() instanceof DeploymentEditor, "the new model is open in the editor");
        assertFalse(Files.exists(Path.of(created.getLocation() + ".bak")), "a new model has no backup");
    }

    @Test
    void oneQuickFixFixesTheSameProblemInSeveralModels() throws Exception {
        List<IFile> files = new ArrayList<>();
        for (String name : new String[] { "multi-a.emw", "multi-b.emw" }) {
            IFile file = project.getFile(name);
            if (!file.exists()) {
                try (InputStream content = Files.newInputStream(Examples.file("contoso/broken-passcode-auth.emw"))) {
                    file.create(content, IResource.FORCE, null);
                }
            }
            new ValidationJob(file).schedule();
            files.add(file);
        }
        waitForValidation();
        IMarker first = files.get(0).findMarkers(ProblemMarkers.TYPE, true, 0)[0];
        IMarker second = files.get(1).findMarkers(ProblemMarkers.TYPE, true, 0)[0];

        WorkbenchMarkerResolution fix = (WorkbenchMarkerResolution) IDE.getMarkerHelpRegistry().getResolutions(first)[0];
        assertEquals(List.of(second), Arrays.asList(fix.findOtherMarkers(new IMarker[] { first, second })));
        fix.run(new IMarker[] { first, second }, new NullProgressMonitor());

        for (IFile file : files) {
            assertTrue(Files.readString(file.getLocation().toPath()).contains("key=\"ENABLE_PASSCODE_AUTH\" value=\"true\""),
                    file.getName() + " is fixed");
        }
    }

    @Test
    void aMalformedFileShowsWhyAndGetsAMarkerOnItsLine() throws Exception {
        IFile file = project.getFile("malformed.emw");
        if (!file.exists()) {
            file.create("<?xml version=\"1.0\"?>\n<deployment:Deployment\n".getBytes(), IResource.FORCE, null);
        }
        DeploymentEditor editor = open(file.getName());
        waitForValidation();

        assertNotNull(editor.getLoadProblem());
        IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, true, 0);
        assertEquals(1, markers.length);
        assertEquals(ProblemMarkers.UNREADABLE_FILE, markers[0].getAttribute(ProblemMarkers.RULE_ID));
        assertTrue(markers[0].getAttribute(IMarker.LINE_NUMBER, 0) >= 2);
    }

    @Test
    void aModelOutsideTheWorkspaceIsLinkedWithoutWritingIntoItsFolder() throws Exception {
        Path example = Examples.file("contoso/contoso.emw").toAbsolutePath().normalize();
        List<String> before = Arrays.asList(example.getParent().toFile().list());

        IFile linked = WorkspaceModels.link(example);

        assertTrue(linked.exists());
        assertEquals(example, linked.getLocation().toPath());
        assertEquals(WorkspaceModels.PROJECT, linked.getProject().getName());
        assertEquals(before, Arrays.asList(example.getParent().toFile().list()));
        assertEquals(linked, WorkspaceModels.link(example), "linking again finds the same file");
    }

    private static DeploymentEditor open(String name) throws Exception {
        return (DeploymentEditor) IDE.openEditor(page(), project.getFile(name), DeploymentEditor.ID, true);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void waitForValidation() throws InterruptedException, CoreException {
        processEvents();
        Job.getJobManager().join(ValidationJob.FAMILY, new NullProgressMonitor());
        processEvents();
    }

    /**
     * Selects everything in the Problems view as a user does with Ctrl+A, and
     * reads back the selected markers, until one of them has the rule id.
     */
    private static IMarker awaitMarkerInView(MarkerSupportView view, String ruleId) throws Exception {
        IHandlerService handlers = view.getSite().getService(IHandlerService.class);
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        List<String> seen = List.of();
        while (System.currentTimeMillis() < deadline) {
            processEvents();
            Job.getJobManager().join(view.MARKERSVIEW_UPDATE_JOB_FAMILY, new NullProgressMonitor());
            processEvents();
            page().activate(view);
            handlers.executeCommand(IWorkbenchCommandConstants.EDIT_SELECT_ALL, null);
            IMarker[] selected = view.getSelectedMarkers();
            seen = new ArrayList<>();
            for (IMarker marker : selected) {
                seen.add(marker.getAttribute(IMarker.MESSAGE, ""));
                if (ruleId.equals(marker.getAttribute(ProblemMarkers.RULE_ID, null))) {
                    return marker;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no marker of " + ruleId + " in the Problems view after " + PATIENCE_MILLIS
                + " ms; it shows: " + seen);
    }

    private static List<String> problemsViewRows(MarkerSupportView view) {
        Tree tree = problemsTree(view.getSite().getShell());
        return tree == null ? List.of() : rows(tree.getItems());
    }

    /** The Problems view's tree is the one with a Description column. */
    private static Tree problemsTree(Control control) {
        return treeWithColumn(control, "Description");
    }

    private static Tree treeWithColumn(Control control, String columnName) {
        if (control instanceof Tree tree && tree.isVisible()) {
            for (TreeColumn column : tree.getColumns()) {
                if (columnName.equals(column.getText())) {
                    return tree;
                }
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Tree found = treeWithColumn(child, columnName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The top-level rows (the categories), with their cells joined by " | ". */
    private static List<String> rows(TreeItem[] items) {
        List<String> rows = new ArrayList<>();
        for (TreeItem item : items) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < Math.max(1, item.getParent().getColumnCount()); i++) {
                row.append(i == 0 ? "" : " | ").append(item.getText(i));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    private static List<String> labels(TreeItem[] items) {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : items) {
            labels.add(item.getText());
            item.setExpanded(true);
            labels.addAll(labels(item.getItems()));
        }
        return labels;
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the event queue
        }
    }
}
