/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.PageBookView;
import org.emworkbench.validation.settings.NetworkSettings;
import org.emworkbench.validation.settings.SettingsNode;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.Slapd;
import org.emworkbench.tests.support.Examples;
import org.junit.jupiter.api.Test;

/**
 * Takes the user guide's pictures (docs/user-guide.md) in the running
 * workbench, with the window at 1280x800: every page of the deployment editor
 * on the Contoso example, the key completion, the Outline and Properties
 * views, the Problems view and the Quick Fix dialog on a broken example, and
 * the New Deployment wizard with the model it creates, the Autodiscovery
 * view after a run on the example's mail domain, and the Directory Preview
 * view against slapd with the test data set. The PNGs go to the
 * folder the system property {@code emw.docs.images} names.
 * <p>
 * It fails when a step does not show what the picture is meant to show (a
 * dialog that does not open, a problem that is not found), so that a picture
 * is never silently of the wrong thing; it cannot tell whether a picture looks
 * right, so look at them after a run.
 * </p>
 */
final class DocumentationScreenshots {

    private static final String QUICK_FIX_COMMAND = "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals";
    private static final String NEW_DEPLOYMENT_WIZARD = "org.emworkbench.ui.wizards.newDeployment";
    private static final long PATIENCE_MILLIS = 30_000;
    /** Long enough for the providers' DNS and HTTPS timeouts (Network preferences' defaults). */
    private static final long DISCOVERY_PATIENCE_MILLIS = 180_000;
    private static final String AUTODISCOVERY_VIEW = "org.emworkbench.ui.views.autodiscovery";
    private static final String DIRECTORY_PREVIEW_VIEW = "org.emworkbench.ui.views.directoryPreview";
    /** The data key under which the editor's fields name their attribute. */
    private static final String ATTRIBUTE_FIELD = "org.emworkbench.ui.internal.editor.pages.AttributeField";

    private final Path images = Path.of(System.getProperty("emw.docs.images", "target/images"));
    private IProject project;

    @Test
    void takeTheUserGuidesPictures() throws Exception {
        Workbench.page().closeAllEditors(false);
        Workbench.page().resetPerspective();
        Workbench.fixWindowSize();
        project = Workbench.project("Contoso");
        for (String name : List.of("contoso.emw", "broken-passcode-auth.emw")) {
            Workbench.copy(Examples.file("contoso/" + name), project, name);
        }
        IFile walkThrough = project.getFile("contoso-sso.emw");
        if (walkThrough.exists()) {
            walkThrough.delete(true, null);
        }
        Workbench.waitForJobs(PATIENCE_MILLIS);

        if (wanted("editor")) {
            editorPages();
        }
        if (wanted("outline")) {
            outlineAndProperties();
        }
        if (wanted("problems")) {
            problemsAndQuickFix();
        }
        if (wanted("wizard")) {
            wizard();
        }
        if (wanted("autodiscovery")) {
            autodiscovery();
        }
        if (wanted("directory")) {
            directoryPreview();
        }
    }

    /** Whether the system property {@code emw.docs.pictures} (all, or a list of parts) asks for a part. */
    private static boolean wanted(String part) {
        String pictures = System.getProperty("emw.docs.pictures", "all").strip();
        return pictures.isEmpty() || pictures.equals("all")
                || Arrays.asList(pictures.split("\\s*,\\s*")).contains(part);
    }

    /**
     * The Directory Preview view for Alex Wilber (UPN and mail differ) of the
     * Contoso example, against slapd with the test data set on loopback: the
     * example's first LDAP server pointed at it, the bind password asked for
     * by the view's dialog and typed there (so nothing lands in secure
     * storage), the view maximized with the user's warning selected.
     */
    private void directoryPreview() throws Exception {
        try (Slapd slapd = Slapd.start(DirectoryData.withBulkUsers(0))) {
            String text = Files.readString(Examples.file("contoso/contoso.emw"));
            String server = "host=\"dc1.contoso.com\" port=\"636\" tlsMode=\"ldaps\"";
            assertTrue(text.contains(server), "the example's first LDAP server");
            text = text.replace(server,
                    "host=\"" + Slapd.NAME + "\" port=\"" + slapd.ldapPort() + "\" tlsMode=\"none\"")
                    .replace("env:EMW_LDAP_PASSWORD", "env:EMW_SCREENSHOT_UNSET_PASSWORD");
            IFile file = project.getFile("contoso-directory.emw");
            if (file.exists()) {
                file.delete(true, null);
            }
            file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
            open("contoso-directory.emw");
            IWorkbenchPage page = Workbench.page();
            IViewPart view = page.showView(DIRECTORY_PREVIEW_VIEW);
            page.activate(view);
            Workbench.settle();
            Control body = Workbench.shell();
            Combo user = Workbench.find(body, Combo.class,
                    combo -> combo.isVisible() && Arrays.asList(combo.getItems()).contains("alex.wilber@fabrikam.com"));
            assertNotNull(user, "the User field offers the example's personas");
            user.setText("alex.wilber@contoso.com");
            answerPasswordDialog(slapd.data().servicePassword());
            Button preview = Workbench.find(body, Button.class, button -> "&Preview".equals(button.getText()));
            preview.notifyListeners(SWT.Selection, new Event());
            Workbench.waitForJobs(PATIENCE_MILLIS);
            Workbench.settle();
            Tree tree = Workbench.find(body, Tree.class, candidate -> candidate.isVisible()
                    && Arrays.stream(candidate.getColumns()).map(TreeColumn::getText).toList().contains("Template"));
            assertNotNull(tree, "the preview tree");
            assertTrue(tree.getItemCount() == 5, "the user and four attributes: " + rowsOf(tree.getItems(), ""));
            // Maximized, so that values, fixes and templates show whole.
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
            Workbench.settle();
            select(tree.getItem(0).getItem(0));
            Workbench.pause(800);
            Workbench.capture(images.resolve("directory-preview.png"));
            System.out.println("Directory preview in the picture: " + rowsOf(tree.getItems(), ""));
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
            page.hideView(view);
            page.closeAllEditors(false);
            file.delete(true, null);
            page.resetPerspective();
            Workbench.settle();
        }
    }

    /** When the view asks for the bind password, types it twice and connects for this run only. */
    private static void answerPasswordDialog(String password) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        Runnable[] answer = new Runnable[1];
        answer[0] = () -> {
            Shell dialog = otherShell("Set LDAP Bind Password");
            if (dialog == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, answer[0]);
                }
                return;
            }
            for (Text field : Workbench.findAll(dialog, Text.class, text -> (text.getStyle() & SWT.PASSWORD) != 0)) {
                field.setText(password);
            }
            Button connect = Workbench.find(dialog, Button.class, button -> "&Connect".equals(button.getText()));
            connect.notifyListeners(SWT.Selection, new Event());
        };
        display.timerExec(100, answer[0]);
    }

    /** Each page of the editor on the richest example, the editor maximized so that pages show whole. */
    private void editorPages() throws Exception {
        FormEditor editor = open("contoso.emw");
        IWorkbenchPage page = Workbench.page();
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle();

        show(editor, "overview", "editor-overview.png");
        editor.setActivePage("apps");
        selectRow(editor, "Name", "Secure Mail");
        show(editor, "apps", "editor-apps.png");
        editor.setActivePage("deliveryGroups");
        selectRow(editor, "Name", "Mobile Mail");
        show(editor, "deliveryGroups", "editor-delivery-groups.png");
        editor.setActivePage("exchange");
        selectRow(editor, "Domain", "contoso.com");
        show(editor, "exchange", "editor-exchange.png");
        show(editor, "directory", "editor-directory.png");
        show(editor, "properties", "editor-properties.png");
        keyCompletion(editor);

        page.closeAllEditors(false);
        page.resetPerspective();
        Workbench.settle();
    }

    private void show(FormEditor editor, String pageId, String picture) throws Exception {
        editor.setActivePage(pageId);
        Workbench.waitForJobs(PATIENCE_MILLIS);
        Workbench.pause(300);
        assertEquals(pageId, editor.getActivePageInstance().getId());
        Workbench.capture(images.resolve(picture));
    }

    /**
     * Selects a row of the first table on the active page whose first column
     * has the title, as a click does: the row with the text, or the first row.
     */
    private static void selectRow(FormEditor editor, String firstColumn, String text) {
        Workbench.settle();
        Control body = editor.getActivePageInstance().getManagedForm().getForm().getBody();
        Table table = Workbench.find(body, Table.class,
                candidate -> candidate.getColumnCount() > 0 && firstColumn.equals(candidate.getColumn(0).getText()));
        assertNotNull(table, "a table with the column " + firstColumn);
        int index = 0;
        if (text != null) {
            TableItem[] items = table.getItems();
            index = Arrays.stream(items).map(item -> item.getText(0)).toList().indexOf(text);
            assertTrue(index >= 0, "a row " + text);
        }
        table.setSelection(index);
        Event click = new Event();
        click.item = table.getItem(index);
        table.notifyListeners(SWT.Selection, click);
        Workbench.settle();
    }

    /**
     * Adds a client property and asks for completion on its key, as Ctrl+Space
     * does, and takes the picture with the proposals open. The editor is closed
     * without saving afterwards.
     */
    private void keyCompletion(FormEditor editor) throws Exception {
        Control body = editor.getActivePageInstance().getManagedForm().getForm().getBody();
        Table clientTable = Workbench.find(body, Table.class,
                candidate -> candidate.getColumnCount() > 0 && "Key".equals(candidate.getColumn(0).getText()));
        assertNotNull(clientTable, "the client properties table");
        Button add = Workbench.find(clientTable.getParent(), Button.class, button -> "Add".equals(button.getText()));
        assertNotNull(add, "the client properties' Add button");
        add.notifyListeners(SWT.Selection, new Event());
        Workbench.pause(200);
        Text cell = Workbench.find(clientTable, Text.class, Text::isVisible);
        assertNotNull(cell, "the new row's key is being edited");
        cell.setFocus();
        cell.setText("ENABLE_");
        cell.setSelection(cell.getText().length());
        Event ctrlSpace = new Event();
        ctrlSpace.keyCode = ' ';
        ctrlSpace.character = ' ';
        ctrlSpace.stateMask = SWT.CTRL;
        cell.notifyListeners(SWT.KeyDown, ctrlSpace);
        Workbench.pause(500);
        Shell popup = otherShell(null);
        assertNotNull(popup, "the completion proposals are open");
        Workbench.capture(images.resolve("editor-properties.png"));
    }

    /** The Outline and Properties views beside the editor, with a client property selected in the Outline. */
    private void outlineAndProperties() throws Exception {
        FormEditor editor = open("contoso.emw");
        IWorkbenchPage page = Workbench.page();
        page.showView(IPageLayout.ID_PROP_SHEET);
        IViewPart outline = page.showView(IPageLayout.ID_OUTLINE);
        Workbench.settle();
        Tree tree = Workbench.find(((PageBookView) outline).getCurrentPage().getControl(),
                Tree.class, candidate -> true);
        assertNotNull(tree, "the Outline's tree");
        TreeItem property = expandTo(tree.getItems(), "ENABLE_PASSCODE_AUTH");
        assertNotNull(property, "ENABLE_PASSCODE_AUTH in the Outline");
        select(property);
        page.activate(outline);
        Workbench.pause(500);
        Workbench.capture(images.resolve("outline.png"));
        assertTrue(editor.getActivePageInstance().getId().equals("properties"), "the editor shows the property");
        // The Properties view shares its folder with the Outline: brought to the front, it shows the Outline's selection.
        page.bringToTop(page.findView(IPageLayout.ID_PROP_SHEET));
        Workbench.pause(500);
        Workbench.capture(images.resolve("properties-view.png"));
        page.closeAllEditors(false);
        page.resetPerspective();
        Workbench.settle();
    }

    /** Selects a tree item as a click does. */
    private static void select(TreeItem item) {
        item.getParent().setSelection(item);
        Event click = new Event();
        click.item = item;
        item.getParent().notifyListeners(SWT.Selection, click);
    }

    /** Expands the tree down to the first item whose label contains the text, as clicks on the twisties do. */
    private static TreeItem expandTo(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (item.getText().contains(text)) {
                return item;
            }
            Event expand = new Event();
            expand.item = item;
            item.getParent().notifyListeners(SWT.Expand, expand);
            item.setExpanded(true);
            Workbench.settle();
            TreeItem found = expandTo(item.getItems(), text);
            if (found != null) {
                return found;
            }
            item.setExpanded(false);
        }
        return null;
    }

    /** The broken example's problem in the editor and the Problems view, then the Quick Fix dialog on it. */
    private void problemsAndQuickFix() throws Exception {
        open("broken-passcode-auth.emw");
        Workbench.waitForJobs(PATIENCE_MILLIS);
        IWorkbenchPage page = Workbench.page();
        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        Tree tree = awaitProblemsTree();
        TreeItem category = tree.getItem(0);
        Event expand = new Event();
        expand.item = category;
        tree.notifyListeners(SWT.Expand, expand);
        category.setExpanded(true);
        Workbench.pause(300);
        assertTrue(category.getItemCount() > 0, "the Errors category has the problem");
        TreeItem problem = category.getItem(0);
        select(problem);
        page.activate(problems);
        Workbench.pause(300);
        Workbench.capture(images.resolve("problems-view.png"));

        List<Shell> seen = new ArrayList<>();
        Display display = Display.getCurrent();
        Runnable[] whenOpen = new Runnable[1];
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        whenOpen[0] = () -> {
            Shell dialog = otherShell("Quick Fix");
            if (dialog == null && System.currentTimeMillis() < deadline) {
                display.timerExec(250, whenOpen[0]);
                return;
            }
            if (dialog != null) {
                seen.add(dialog);
                try {
                    Workbench.capture(images.resolve("quick-fix.png"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    dialog.close();
                }
            }
        };
        display.timerExec(1000, whenOpen[0]);
        problems.getSite().getService(IHandlerService.class).executeCommand(QUICK_FIX_COMMAND, null);
        Workbench.settle();
        assertEquals(1, seen.size(), "the Quick Fix dialog opened and its picture was taken");
        page.closeAllEditors(false);
        // Its problem would stay in the Problems view of the walk-through's pictures.
        project.getFile("broken-passcode-auth.emw").delete(true, null);
        Workbench.waitForJobs(PATIENCE_MILLIS);
    }

    private static Tree awaitProblemsTree() throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Tree tree = Workbench.find(Workbench.shell(), Tree.class, candidate -> candidate.isVisible()
                    && Arrays.stream(candidate.getColumns()).map(TreeColumn::getText).anyMatch("Description"::equals)
                    && candidate.getItemCount() > 0);
            if (tree != null) {
                return tree;
            }
            Workbench.pause(100);
        }
        throw new AssertionError("the Problems view shows no problem");
    }

    /**
     * The New Deployment wizard's two pages, then the model it creates, open
     * with its problems: the start of the user guide's walk-through. The
     * problems and their fixes are printed for the guide's text.
     */
    private void wizard() throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
                .findWizard(NEW_DEPLOYMENT_WIZARD);
        assertNotNull(descriptor, "the New Deployment wizard is registered");
        INewWizard wizard = (INewWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Workbench.shell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            IWizardPage first = dialog.getCurrentPage();
            Text fileName = Workbench.find(first.getControl(), Text.class,
                    text -> text.isVisible() && text.getText().endsWith(".emw"));
            assertNotNull(fileName, "the file name field");
            fileName.setText("contoso-sso.emw");
            Workbench.pause(300);
            Workbench.capture(images.resolve("wizard-file.png"));
            IWizardPage second = wizard.getNextPage(first);
            dialog.showPage(second);
            Workbench.pause(300);
            Workbench.capture(images.resolve("wizard-template.png"));
            assertNull(second.getErrorMessage(), "the template page is complete with its defaults");
            assertTrue(wizard.performFinish(), "the wizard finishes");
        } finally {
            dialog.close();
        }
        Workbench.waitForJobs(PATIENCE_MILLIS);
        IFile created = project.getFile("contoso-sso.emw");
        assertTrue(created.exists(), "the wizard created the model");
        IViewPart problems = Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Workbench.page().activate(problems);
        Workbench.pause(1000);
        Workbench.capture(images.resolve("walkthrough-new-model.png"));
        printProblems(created, "New model's problem");

        FormEditor editor = (FormEditor) Workbench.page().getActiveEditor();
        Workbench.settleUntilRead(editor);
        fixTheNewModel(editor);
        editor.doSave(new NullProgressMonitor());
        Workbench.waitForJobs(PATIENCE_MILLIS);
        editor.setActivePage("overview");
        Workbench.page().activate(problems);
        Workbench.pause(1000);
        Workbench.capture(images.resolve("walkthrough-fixed.png"));
        printProblems(created, "Problem left after the walk-through");
        Workbench.page().closeAllEditors(false);
        Workbench.settle();
        System.out.println("Pictures written to " + images.toAbsolutePath() + ": "
                + Arrays.toString(Files.list(images).map(Path::getFileName).sorted().toArray()));
    }

    /**
     * The walk-through's edits, made in the editor as a user makes them: a
     * directory group for the template's delivery group (SSO-012), and the
     * directory's user attributes (SSO-017).
     */
    private void fixTheNewModel(FormEditor editor) throws Exception {
        editor.setActivePage("deliveryGroups");
        selectRow(editor, "Name", "Secure Mail users");
        Control body = editor.getActivePageInstance().getManagedForm().getForm().getBody();
        List<Table> principals = Workbench.findAll(body, Table.class,
                table -> table.getColumnCount() > 1 && "Unique id".equals(table.getColumn(1).getText()));
        assertEquals(2, principals.size(), "the Users and Directory groups tables");
        Table groups = principals.get(1);
        Button add = Workbench.find(groups.getParent(), Button.class, button -> "Add".equals(button.getText()));
        int before = groups.getItemCount();
        add.notifyListeners(SWT.Selection, new Event());
        Workbench.pause(300);
        assertEquals(before + 1, groups.getItemCount(), "Add adds a directory group");
        Text cell = Workbench.find(groups, Text.class, Text::isVisible);
        System.out.println("After Add, the new directory group's first cell is " + (cell == null ? "not " : "")
                + "being edited");
        if (cell != null) {
            cell.setText("contoso.com");
            cell.notifyListeners(SWT.DefaultSelection, new Event());
            Workbench.pause(300);
        }
        Workbench.capture(images.resolve("walkthrough-delivery-group.png"));

        editor.setActivePage("directory");
        Workbench.settle();
        body = editor.getActivePageInstance().getManagedForm().getForm().getBody();
        Text attributes = Workbench.find(body, Text.class,
                text -> "userAttributes".equals(text.getData(ATTRIBUTE_FIELD)));
        assertNotNull(attributes, "the User attributes field");
        attributes.setText("userPrincipalName; sAMAccountName; displayName; mail");
        attributes.notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.pause(1000);
        Workbench.waitForJobs(PATIENCE_MILLIS);
        assertTrue(editor.isDirty(), "the edits wait in the editor to be saved");
    }

    /**
     * The Autodiscovery view after Deployment > Discover Autodiscovery Paths on
     * the Contoso example, with contoso.com chosen: a real run of the installed
     * providers, so the picture shows what they do today. The editor area is
     * hidden so that the view and the Properties view beside it get the
     * window's height; the first finding (or the first row) is selected, so
     * that the Properties view shows it.
     */
    private void autodiscovery() throws Exception {
        // The example's own zones on loopback: a documentation run must not ask the Internet about contoso.com.
        long named = serveExampleZones();
        try {
            discoverContoso();
            validateOnline();
        } finally {
            ProcessHandle.of(named).ifPresent(ProcessHandle::destroy);
        }
    }

    /**
     * Starts named with the Contoso example's zones ({@code examples/contoso/dns/serve}) on a free
     * loopback port and points the Network preferences at it.
     *
     * @return the process id of named
     */
    private long serveExampleZones() throws Exception {
        Path root = images.toAbsolutePath().getParent().getParent();
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path pidFile = Files.createTempFile("emw-example-named", ".pid");
        Process serve = new ProcessBuilder(root.resolve("examples/contoso/dns/serve").toString(), "--background",
                Integer.toString(port), pidFile.toString()).inheritIO().start();
        assertEquals(0, serve.waitFor(), "named serves the example's zones");
        IEclipsePreferences network = InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
        network.put(NetworkSettings.DNS_RESOLVER, NetworkSettings.LISTED_SERVERS);
        network.put(NetworkSettings.DNS_SERVERS, "127.0.0.1:" + port);
        return Long.parseLong(Files.readString(pidFile).strip());
    }

    private void discoverContoso() throws Exception {
        open("contoso.emw");
        IWorkbenchPage page = Workbench.page();
        List<String> offered = new ArrayList<>();
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        Runnable[] answer = new Runnable[1];
        answer[0] = () -> {
            Shell chooser = otherShell("Discover Autodiscovery Paths");
            if (chooser == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, answer[0]);
                }
                return;
            }
            Table domains = Workbench.find(chooser, Table.class, table -> true);
            Arrays.stream(domains.getItems()).map(TableItem::getText).forEach(offered::add);
            domains.setSelection(offered.indexOf("contoso.com"));
            domains.notifyListeners(SWT.Selection, new Event());
            Button ok = Workbench.find(chooser, Button.class, button -> "OK".equals(button.getText()));
            ok.notifyListeners(SWT.Selection, new Event());
        };
        display.timerExec(100, answer[0]);
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.emworkbench.ui.discoverAutodiscoveryPaths", null);
        assertTrue(offered.contains("contoso.com"), "the chooser offered the example's mail domains: " + offered);
        // Real providers wait for real answers: as long as their timeouts allow.
        Workbench.waitForJobs(DISCOVERY_PATIENCE_MILLIS);
        IViewPart view = page.findView(AUTODISCOVERY_VIEW);
        assertNotNull(view, "the command opened the Autodiscovery view");
        page.setEditorAreaVisible(false);
        page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(view);
        Workbench.settle();
        Tree trace = Workbench.find(Workbench.shell(), Tree.class, tree -> tree.isVisible()
                && Arrays.stream(tree.getColumns()).map(TreeColumn::getText).toList().contains("Outcome"));
        assertNotNull(trace, "the trace tree");
        assertTrue(trace.getItemCount() > 0, "the trace has a row per provider");
        TreeItem shown = firstFinding(trace.getItems());
        select(shown == null ? trace.getItem(0) : shown);
        Workbench.pause(800);
        Workbench.capture(images.resolve("autodiscovery-view.png"));
        System.out.println("Autodiscovery trace in the picture: " + rowsOf(trace.getItems(), ""));
        page.setEditorAreaVisible(true);
        page.hideView(view);
        page.closeAllEditors(false);
        page.resetPerspective();
        Workbench.settle();
    }

    /**
     * Validate Online on the example whose SRV record differs from the zone: the Problems view with
     * the online error expanded and selected.
     */
    private void validateOnline() throws Exception {
        Workbench.copy(Examples.file("contoso/broken-srv-record.emw"), project, "broken-srv-record.emw");
        FormEditor editor = open("broken-srv-record.emw");
        Workbench.waitForJobs(PATIENCE_MILLIS);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.emworkbench.ui.validateOnline",
                null);
        Workbench.waitForJobs(DISCOVERY_PATIENCE_MILLIS);
        IWorkbenchPage page = Workbench.page();
        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        // The Problems view follows the selection and refreshes in the background: wait for the online row.
        page.activate(editor);
        Tree tree = awaitProblemsTree();
        TreeItem online = null;
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (online == null && System.currentTimeMillis() < deadline) {
            Workbench.pause(300);
            for (TreeItem category : tree.getItems()) {
                Event expand = new Event();
                expand.item = category;
                tree.notifyListeners(SWT.Expand, expand);
                category.setExpanded(true);
                for (TreeItem problem : category.getItems()) {
                    if (online == null && problem.getText(0).startsWith("SSO-018")) {
                        online = problem;
                    }
                }
            }
        }
        if (online == null) {
            printProblems(project.getFile("broken-srv-record.emw"), "broken-srv-record.emw: ");
        }
        assertNotNull(online, "Validate Online reported SSO-018 on the broken example; the Problems view shows:"
                + rowsOf(tree.getItems(), ""));
        // The Problems view maximized and its Description column widened, so that the message shows whole.
        page.activate(problems);
        page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.pause(500);
        tree.getColumn(0).setWidth(tree.getClientArea().width - tree.getColumn(1).getWidth()
                - tree.getColumn(2).getWidth() - 40);
        select(online);
        Workbench.pause(500);
        Workbench.capture(images.resolve("online-validation.png"));
        page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_RESTORED);
        page.closeAllEditors(false);
        page.resetPerspective();
        Workbench.settle();
    }

    /** The first row, depth first, whose Step begins with a finding id such as AD-001. */
    private static TreeItem firstFinding(TreeItem[] items) {
        for (TreeItem item : items) {
            if (item.getText(0).matches("[A-Z]+-\\d+ .*")) {
                return item;
            }
            TreeItem below = firstFinding(item.getItems());
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static String rowsOf(TreeItem[] items, String indent) {
        StringBuilder rows = new StringBuilder();
        for (TreeItem item : items) {
            rows.append('\n').append(indent).append(item.getText(0)).append(" | ").append(item.getText(1));
            rows.append(rowsOf(item.getItems(), indent + "  "));
        }
        return rows.toString();
    }

    private static void printProblems(IFile file, String prefix) throws Exception {
        for (IMarker marker : file.findMarkers(Workbench.PROBLEM_MARKER, true, IResource.DEPTH_ZERO)) {
            List<String> fixes = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
                    .map(IMarkerResolution::getLabel).toList();
            System.out.println(prefix + ": " + marker.getAttribute(IMarker.MESSAGE, "") + " at "
                    + marker.getAttribute(IMarker.LOCATION, "") + "; fixes: " + fixes);
        }
    }

    private FormEditor open(String name) throws Exception {
        FormEditor editor = (FormEditor) IDE.openEditor(Workbench.page(), project.getFile(name), Workbench.EDITOR_ID,
                true);
        Workbench.settleUntilRead(editor);
        return editor;
    }

    /** @return a visible shell other than the workbench window, with the title unless it is {@code null} */
    private static Shell otherShell(String title) {
        Shell main = Workbench.shell();
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell != main && !shell.isDisposed() && shell.isVisible()
                    && (title == null || title.equals(shell.getText()))) {
                return shell;
            }
        }
        return null;
    }
}
