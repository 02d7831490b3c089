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

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
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
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.templates.DeploymentTemplate;
import org.emworkbench.ui.internal.application.WorkspaceModels;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.emworkbench.ui.internal.editor.DeploymentOutlinePage;
import org.emworkbench.ui.internal.editor.LiveValidation;
import org.emworkbench.ui.internal.editor.pages.AppsPage;
import org.emworkbench.ui.internal.editor.pages.AttributeField;
import org.emworkbench.ui.internal.editor.pages.ObjectTable;
import org.emworkbench.ui.internal.editor.pages.OverviewPage;
import org.emworkbench.ui.internal.editor.pages.PropertiesPage;
import org.emworkbench.ui.internal.markers.ProblemMarkers;
import org.emworkbench.ui.internal.markers.ValidationJob;
import org.emworkbench.ui.internal.wizards.NewDeploymentWizard;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The workbench with the Contoso examples: the deployment editor, the Problems view and quick fixes. */
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
    void theExampleOpensOnItsOverviewAndTheOutlineShowsTheWholeModel() throws Exception {
        DeploymentEditor editor = open("contoso.emw");

        assertNull(editor.getLoadProblem());
        assertEquals(OverviewPage.ID, editor.getActivePageInstance().getId());
        assertEquals(List.of("Overview", "Properties", "Apps & Policies", "Delivery Groups", "Exchange & DNS",
                "Directory & Personas"), pageTitles(editor));
        assertEquals("emm.contoso.com", field(editor, "fqdn").getText());
        assertFalse(editor.isDirty());

        page().showView(IPageLayout.ID_OUTLINE);
        page().activate(editor);
        processEvents();
        DeploymentOutlinePage outline = (DeploymentOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        outline.viewer().expandAll();
        Tree tree = outline.viewer().getTree();
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
    void theDeploymentMenuValidatesTheActiveEditorAndHasGroupsForLaterFeatures() throws Exception {
        IFile file = copyOf("contoso/broken-passcode-auth.emw", "menu.emw");
        open(file.getName());
        waitForValidation();
        file.deleteMarkers(ProblemMarkers.TYPE, true, 0);

        Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
        MenuItem deployment = Arrays.stream(bar.getItems())
                .filter(item -> item.getText().replace("&", "").equals("Deployment")).findFirst().orElseThrow();
        deployment.getMenu().notifyListeners(SWT.Show, new Event());
        MenuItem validate = Arrays.stream(deployment.getMenu().getItems())
                .filter(item -> item.getText().replace("&", "").startsWith("Validate")).findFirst().orElseThrow();
        deployment.getMenu().notifyListeners(SWT.Hide, new Event());
        runCommand("org.emworkbench.ui.validate");
        waitForValidation();

        assertTrue(validate.getText().contains("Ctrl+Alt+V") || validate.getAccelerator() != 0, validate.getText());
        assertEquals(1, file.findMarkers(ProblemMarkers.TYPE, true, 0).length, "Validate finds the problem again");
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
    void openingAProblemShowsItsObjectOnItsPageAndThePropertiesViewShowsIt() throws Exception {
        DeploymentEditor editor = open("broken-passcode-auth.emw");
        waitForValidation();
        IMarker marker = project.getFile("broken-passcode-auth.emw").findMarkers(ProblemMarkers.TYPE, true, 0)[0];

        IDE.gotoMarker(editor, marker);
        processEvents();

        assertEquals(PropertiesPage.ID, editor.getActivePageInstance().getId());
        PropertiesPage properties = (PropertiesPage) editor.getActivePageInstance();
        Object selected = properties.getClientTable().selected();
        assertTrue(selected instanceof ClientProperty property && "ENABLE_PASSCODE_AUTH".equals(property.getKey()),
                String.valueOf(selected));
        Object editorSelection = ((StructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement();
        assertEquals(selected, editorSelection, "the editor's selection is the problem's object");

        page().showView(IPageLayout.ID_PROP_SHEET);
        page().activate(editor);
        processEvents();
        Tree propertySheet = treeWithColumn(page().getWorkbenchWindow().getShell(), "Property");
        assertNotNull(propertySheet, "the Properties view shows a table");
        List<String> rows = rows(propertySheet.getItems());
        assertTrue(rows.contains("Key | ENABLE_PASSCODE_AUTH") && rows.contains("Value | false"), rows.toString());
    }

    @Test
    void aQuickFixInAnOpenEditorIsAnUndoableChangeThatClearsTheProblem() throws Exception {
        IFile file = copyOf("contoso/broken-passcode-auth.emw", "fixable.emw");
        DeploymentEditor editor = open(file.getName());
        waitForValidation();
        IMarker marker = file.findMarkers(ProblemMarkers.TYPE, true, 0)[0];

        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(1, fixes.length);
        assertEquals("Set ENABLE_PASSCODE_AUTH to true", fixes[0].getLabel());
        fixes[0].run(marker);
        waitForLiveValidation();

        assertEquals("true", clientProperty(editor, "ENABLE_PASSCODE_AUTH").getValue());
        assertTrue(editor.isDirty(), "the fix waits in the editor to be saved");
        assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, true, 0).length, "the problem is gone");

        runCommand(IWorkbenchCommandConstants.EDIT_UNDO);
        waitForLiveValidation();
        assertEquals("false", clientProperty(editor, "ENABLE_PASSCODE_AUTH").getValue());
        assertEquals(1, file.findMarkers(ProblemMarkers.TYPE, true, 0).length, "undo brings the problem back");

        runCommand(IWorkbenchCommandConstants.EDIT_REDO);
        editor.doSave(new NullProgressMonitor());
        waitForLiveValidation();
        assertFalse(editor.isDirty());
        assertTrue(Files.readString(file.getLocation().toPath()).contains("key=\"ENABLE_PASSCODE_AUTH\" value=\"true\""));
        assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, true, 0).length);
    }

    @Test
    void editingAClientPropertyInItsTableIsValidatedUndoneRedoneAndSaved() throws Exception {
        IFile file = copyOf("contoso/contoso.emw", "edited.emw");
        DeploymentEditor editor = open(file.getName());
        waitForValidation();
        assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, true, 0).length);
        editor.setActivePage(PropertiesPage.ID);
        ObjectTable table = ((PropertiesPage) editor.getActivePageInstance()).getClientTable();
        ClientProperty passcode = clientProperty(editor, "ENABLE_PASSCODE_AUTH");

        typeIntoCell(table, passcode, 1, "false");
        waitForLiveValidation();

        assertEquals("false", passcode.getValue());
        assertTrue(editor.isDirty());
        IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, true, 0);
        assertEquals(1, markers.length, "the rule violation shows while the model is edited, before it is saved");
        assertEquals("SSO-002", markers[0].getAttribute(ProblemMarkers.RULE_ID));
        assertEquals("false", table.getViewer().getTable().getItem(rowOf(table, passcode)).getText(1));
        assertNotNull(table.getViewer().getTable().getItem(rowOf(table, passcode)).getImage(0),
                "the row shows that it has a problem");
        assertTrue(editor.getActivePageInstance().getManagedForm().getForm().getMessage().startsWith("1 error"),
                "the page's header counts the problem");

        runCommand(IWorkbenchCommandConstants.EDIT_UNDO);
        waitForLiveValidation();
        assertEquals("true", passcode.getValue());
        assertFalse(editor.isDirty(), "undoing the only change makes the editor clean again");
        assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, true, 0).length);

        runCommand(IWorkbenchCommandConstants.EDIT_REDO);
        assertEquals("false", passcode.getValue());
        assertTrue(editor.isDirty());
        editor.doSave(new NullProgressMonitor());
        processEvents();

        assertFalse(editor.isDirty());
        String saved = Files.readString(file.getLocation().toPath());
        assertTrue(saved.contains("key=\"ENABLE_PASSCODE_AUTH\" value=\"false\""), saved);
        assertTrue(Files.readString(Path.of(file.getLocation() + ".bak")).contains(
                "key=\"ENABLE_PASSCODE_AUTH\" value=\"true\""), "the previous version is kept as .bak");
        assertEquals(PropertiesPage.ID, editor.getActivePageInstance().getId(), "saving does not reload the editor");
    }

    @Test
    void addingAClientPropertyCompletesAWellKnownKeyWithItsDisplayName() throws Exception {
        IFile file = copyOf("contoso/contoso.emw", "added.emw");
        DeploymentEditor editor = open(file.getName());
        editor.setActivePage(PropertiesPage.ID);
        ObjectTable table = ((PropertiesPage) editor.getActivePageInstance()).getClientTable();
        int before = editor.deployment().getServer().getClientProperties().size();

        Button add = button(table.getViewer().getTable().getParent(), "Add");
        add.notifyListeners(SWT.Selection, new Event());
        processEvents();
        processEvents();

        List<ClientProperty> properties = editor.deployment().getServer().getClientProperties();
        assertEquals(before + 1, properties.size());
        ClientProperty added = properties.get(properties.size() - 1);
        assertEquals("NEW_PROPERTY", added.getKey());
        Text cell = activeCellText(table);
        assertNotNull(cell, "the new row's key is being edited");
        cell.setText("INACTIVITY_TIMER");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();

        assertEquals("INACTIVITY_TIMER", added.getKey());
        assertEquals("Inactivity Timer", added.getDisplayName(), "a well-known key brings its display name");
        assertFalse(added.getDescription() == null || added.getDescription().isBlank());
        runCommand(IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals("NEW_PROPERTY", added.getKey(), "key and display name are one undoable step");
        assertNull(added.getDisplayName());
    }

    @Test
    void aPolicyBindingsPolicyNameCompletesFromTheImportedCatalogue() throws Exception {
        IFile file = copyOf("contoso/contoso.emw", "bindings.emw");
        DeploymentEditor editor = open(file.getName());
        editor.setActivePage(AppsPage.ID);
        ObjectTable bindings = ((AppsPage) editor.getActivePageInstance()).getBindings();
        assertEquals(4, bindings.getViewer().getTable().getItemCount(), "the example's four bindings");

        Button add = button(bindings.getViewer().getTable().getParent(), "Add");
        add.notifyListeners(SWT.Selection, new Event());
        processEvents();
        processEvents();
        assertTrue(bindings.getViewer().isCellEditorActive(), "the new binding's first cell (its app) is being edited");
        bindings.getViewer().cancelEditing();
        PolicyBinding added = editor.deployment().getPolicyBindings().get(4);
        bindings.select(added);
        bindings.getViewer().editElement(added, 1);
        processEvents();
        Text cell = activeCellText(bindings);
        assertNotNull(cell, "the policy name is being edited");

        IContentProposalProvider proposals = bindings.getColumns().get(1).proposals();
        List<String> offered = Arrays.stream(proposals.getProposals("Initial", 7)).map(IContentProposal::getContent)
                .toList();
        assertTrue(offered.contains("InitialAuthenticationMechanism"), offered.toString());
        cell.setText("InitialAuthenticationMechanism");
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        assertEquals("InitialAuthenticationMechanism", added.getPolicyName());
    }

    @Test
    void typingIntoAFieldCreatesWhatIsMissingAndOneUndoRemovesIt() throws Exception {
        IFile file = project.getFile("empty.emw");
        if (!file.exists()) {
            file.create(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<deployment:Deployment xmlns:deployment="
                    + "\"http://www.emworkbench.org/deployment/1.0\" name=\"Empty\"/>\n").getBytes(), IResource.FORCE,
                    null);
        }
        DeploymentEditor editor = open(file.getName());
        assertNull(editor.deployment().getServer());

        Text fqdn = field(editor, "fqdn");
        fqdn.setText("emm.fabrikam.com");
        fqdn.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();

        assertEquals("emm.fabrikam.com", editor.deployment().getServer().getFqdn());
        runCommand(IWorkbenchCommandConstants.EDIT_UNDO);
        assertNull(editor.deployment().getServer(), "one undo removes the value and the server it needed");
        assertEquals("", fqdn.getText());
    }

    @Test
    void aChangeOnDiskIsReadAgainInTheBackgroundWhenTheEditorHasNoChangesOfItsOwn() throws Exception {
        IFile file = copyOf("contoso/contoso.emw", "changed-on-disk.emw");
        DeploymentEditor editor = open(file.getName());
        assertEquals("emm.contoso.com", field(editor, "fqdn").getText());

        String content = Files.readString(file.getLocation().toPath()).replace("emm.contoso.com", "emm.fabrikam.com");
        file.setContents(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                IResource.FORCE, null);
        waitForLoading();

        assertEquals("emm.fabrikam.com", editor.deployment().getServer().getFqdn());
        assertEquals("emm.fabrikam.com", field(editor, "fqdn").getText());
        assertFalse(editor.isDirty());
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
        waitForLoading();
        waitForValidation();

        IFile created = project.getFile("fabrikam.emw");
        Deployment model = (Deployment) DeploymentFiles.load(created.getLocation().toPath()).getContents().get(0);
        assertEquals("Contoso", model.getName());
        assertEquals("emm.contoso.com", model.getServer().getFqdn());
        assertTrue(page().getActiveEditor() instanceof DeploymentEditor, "the new model is open in the editor");
        assertEquals("emm.contoso.com", field((DeploymentEditor) page().getActiveEditor(), "fqdn").getText());
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

    private static IFile copyOf(String example, String name) throws Exception {
        IFile file = project.getFile(name);
        try (InputStream content = Files.newInputStream(Examples.file(example))) {
            if (file.exists()) {
                file.setContents(content, IResource.FORCE, null);
            } else {
                file.create(content, IResource.FORCE, null);
            }
        }
        return file;
    }

    private static ClientProperty clientProperty(DeploymentEditor editor, String key) {
        return editor.deployment().getServer().getClientProperties().stream()
                .filter(property -> key.equals(property.getKey())).findFirst().orElseThrow();
    }

    private static List<String> pageTitles(DeploymentEditor editor) {
        CTabFolder folder = find(editor.getSite().getShell(), CTabFolder.class,
                candidate -> candidate.getItemCount() > 0 && "Overview".equals(candidate.getItem(0).getText()));
        assertNotNull(folder, "the editor's page tabs");
        return Arrays.stream(folder.getItems()).map(item -> item.getText().replace("&&", "&")).toList();
    }

    /** The text field of an attribute on the active page, found by the attribute's name. */
    private static Text field(DeploymentEditor editor, String attribute) {
        processEvents();
        Control body = editor.getActivePageInstance().getManagedForm().getForm().getBody();
        Text found = find(body, Text.class, text -> attribute.equals(text.getData(AttributeField.class.getName())));
        assertNotNull(found, "a field for " + attribute);
        return found;
    }

    private static Button button(Composite parent, String label) {
        Button found = find(parent, Button.class, button -> label.equals(button.getText()));
        assertNotNull(found, "a button " + label);
        return found;
    }

    private static <T extends Control> T find(Control control, Class<T> type, Predicate<T> test) {
        if (type.isInstance(control) && test.test(type.cast(control))) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int rowOf(ObjectTable table, Object element) {
        Table swtTable = table.getViewer().getTable();
        for (int index = 0; index < swtTable.getItemCount(); index++) {
            if (swtTable.getItem(index).getData() == element) {
                return index;
            }
        }
        throw new AssertionError("no row for " + element);
    }

    /** Edits a cell as a user does: the cell editor opens, the text is typed, Enter applies it. */
    private static void typeIntoCell(ObjectTable table, Object element, int column, String text) {
        table.getViewer().editElement(element, column);
        processEvents();
        Text cell = activeCellText(table);
        assertNotNull(cell, "the cell editor is open");
        cell.setText(text);
        cell.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
    }

    private static Text activeCellText(ObjectTable table) {
        return find(table.getViewer().getTable(), Text.class, text -> text.isVisible());
    }

    private static void runCommand(String commandId) throws Exception {
        processEvents();
        IHandlerService handlers = page().getActiveEditor().getSite().getService(IHandlerService.class);
        handlers.executeCommand(commandId, null);
        processEvents();
    }

    /** Waits until the editor's debounced validation has run on the latest change. */
    private static void waitForLiveValidation() throws Exception {
        long until = System.currentTimeMillis() + LiveValidation.DELAY_MILLIS + 300;
        while (System.currentTimeMillis() < until) {
            processEvents();
            Thread.sleep(20);
        }
        waitForValidation();
    }

    private static DeploymentEditor open(String name) throws Exception {
        DeploymentEditor editor = (DeploymentEditor) IDE.openEditor(page(), project.getFile(name), DeploymentEditor.ID,
                true);
        waitForLoading();
        return editor;
    }

    /** Waits until the editors have read their files in the background and built their pages. */
    private static void waitForLoading() throws Exception {
        processEvents();
        Job.getJobManager().join(DeploymentEditor.LOAD_FAMILY, new NullProgressMonitor());
        processEvents();
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
