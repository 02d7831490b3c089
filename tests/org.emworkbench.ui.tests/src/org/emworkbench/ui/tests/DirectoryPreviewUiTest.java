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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertySource;
import org.emworkbench.directory.ImportPlan;
import org.emworkbench.directory.ImportPlan.Action;
import org.emworkbench.directory.ImportPlan.Kind;
import org.emworkbench.directory.ProblemKind;
import org.emworkbench.directory.tests.servers.DirectoryData;
import org.emworkbench.directory.tests.servers.SlapdExtension;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.ui.internal.credentials.BindPasswords;
import org.emworkbench.ui.internal.directory.DirectoryPreviewView;
import org.emworkbench.ui.internal.directory.ImportDirectoryDialog;
import org.emworkbench.ui.internal.directory.ImportFromDirectoryHandler;
import org.emworkbench.ui.internal.directory.PreviewJob;
import org.emworkbench.ui.internal.directory.PreviewOutcome;
import org.emworkbench.ui.internal.directory.PreviewRow;
import org.emworkbench.ui.internal.directory.PreviewText;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.validation.settings.DirectorySettings;
import org.emworkbench.validation.settings.SettingsNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Directory Preview view and the Import from Directory dialog against
 * slapd with the shared data set, through a copy of the Contoso example whose
 * first LDAP server is the test server and whose bind password is in the
 * tests' secure storage: a good persona, the tricky users' problems, a wrong
 * password, a closed port, untrusted TLS, Stop, the password dialog, copying,
 * and an import that adds, updates, never duplicates, and undoes.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DirectoryPreviewUiTest {

    @RegisterExtension
    static final SlapdExtension SLAPD = new SlapdExtension();

    private static final long PATIENCE_MILLIS = 30_000;
    private static final CredentialReference STORED = CredentialReference
            .secureStorage(BindPasswords.PROPOSED_ROOT + "/directory-ui-test");
    private static final CredentialReference NOT_STORED = CredentialReference
            .secureStorage(BindPasswords.PROPOSED_ROOT + "/directory-ui-test-missing");
    private static final String WRONG_PASSWORD = "wrong-Pa55word-for-the-ui-test";

    private DirectoryPreviewView view;
    private DeploymentEditor editor;

    @BeforeAll
    static void shortTimeoutsAndTheStoredPassword() throws Exception {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
        node.put(DirectorySettings.CONNECT_TIMEOUT, "5");
        node.put(DirectorySettings.RESPONSE_TIMEOUT, "5");
        node.put(DirectorySettings.TRUST_STORE, "");
        PasswordDialogs.store(STORED, SLAPD.server().data().servicePassword());
    }

    @AfterAll
    static void restore() throws Exception {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
        node.remove(DirectorySettings.CONNECT_TIMEOUT);
        node.remove(DirectorySettings.RESPONSE_TIMEOUT);
        node.remove(DirectorySettings.TRUST_STORE);
        BindPasswords passwords = BindPasswords.inDefaultStorage();
        passwords.remove(STORED);
        passwords.remove(NOT_STORED);
    }

    @BeforeEach
    void openTheView() throws Exception {
        view = DirectoryPreviewView.show(page());
        processEvents();
    }

    @AfterEach
    void closeEverything() throws Exception {
        view.stop();
        Job.getJobManager().join(PreviewJob.FAMILY, new NullProgressMonitor());
        processEvents();
        page().closeAllEditors(false);
        IViewReference reference = page().findViewReference(DirectoryPreviewView.ID);
        if (reference != null) {
            page().hideView(reference);
        }
        PasswordDialogs.store(STORED, SLAPD.server().data().servicePassword());
        processEvents();
    }

    @Test
    void theExamplesFirstPersonaExpandsToItsDirectoryValues() throws Exception {
        openModel(SLAPD.server().ldapPort(), "none", STORED);
        assertEquals(List.of("megan.bowen@contoso.com", "alex.wilber@fabrikam.com"),
                List.of(view.userField().getItems()), "the model's personas are offered");
        assertEquals("megan.bowen@contoso.com", view.userField().getText(), "the first persona is picked");
        Widgets.click(view.previewButton());
        PreviewOutcome outcome = awaitOutcome();

        assertNull(outcome.error());
        assertFalse(view.errorLabel().isVisible());
        assertFalse(outcome.preview().failsSso());
        assertTrue(view.summaryLabel().getText().startsWith("megan.bowen@contoso.com: 4 attributes, SSO would work"),
                view.summaryLabel().getText());
        TreeItem[] rows = view.viewer().getTree().getItems();
        assertEquals("User megan.bowen@contoso.com", rows[0].getText(0));
        assertTrue(rows[0].getText(1).equalsIgnoreCase(DirectoryData.MEGAN_DN), rows[0].getText(1));
        assertEquals(List.of("userPrincipalName|megan.bowen@contoso.com|${user.userprincipalname}",
                "sAMAccountName|mbowen|${user.samaccountname}", "displayName|Megan Bowen|${user.displayname}",
                "mail|megan.bowen@contoso.com|${user.mail}"),
                Arrays.stream(rows).skip(1).map(row -> row.getText(0) + "|" + row.getText(1) + "|" + row.getText(2))
                        .toList());
        TreeItem caseVariant = rows[1].getItem(0);
        assertTrue(caseVariant.getText(0).startsWith(ProblemKind.CASE_VARIANT.id() + " "), caseVariant.getText(0));
        assertEquals("Fix: " + ProblemKind.CASE_VARIANT.fix(), caseVariant.getText(1));
        assertEquals(image(ISharedImages.IMG_OBJS_INFO_TSK), caseVariant.getImage());
    }

    @Test
    void eachProblemOfTheTrickyUsersIsShownWithItsIconAndFix() throws Exception {
        openModel(SLAPD.server().ldapPort(), "none", STORED);
        expectProblem("alex.wilber@contoso.com", ProblemKind.UPN_MAIL_DIFFER, ISharedImages.IMG_OBJS_WARN_TSK);
        expectProblem("nwilke", ProblemKind.ATTRIBUTE_MISSING, ISharedImages.IMG_OBJS_ERROR_TSK);
        assertTrue(view.summaryLabel().getText().contains("SSO would fail"), view.summaryLabel().getText());
        expectProblem("lynne.robbins@contoso.com", ProblemKind.MULTI_VALUED, ISharedImages.IMG_OBJS_WARN_TSK);
        expectProblem("zoe.angstrom@contoso.com", ProblemKind.NON_ASCII, ISharedImages.IMG_OBJS_WARN_TSK);
        expectProblem("kwatanabe", ProblemKind.NON_ASCII, ISharedImages.IMG_OBJS_WARN_TSK);
        expectProblem("ilanger", ProblemKind.ATTRIBUTE_MISSING, ISharedImages.IMG_OBJS_ERROR_TSK);
        expectProblem("megan.bowen@contoso.com", ProblemKind.CASE_VARIANT, ISharedImages.IMG_OBJS_INFO_TSK);
        expectProblem("nobody@contoso.com", ProblemKind.USER_NOT_FOUND, ISharedImages.IMG_OBJS_ERROR_TSK);
        expectProblem("*)(mail=*", ProblemKind.USER_NOT_FOUND, ISharedImages.IMG_OBJS_ERROR_TSK);
    }

    @Test
    void aWrongPasswordIsAnErrorThatNeverShowsThePassword() throws Exception {
        PasswordDialogs.store(STORED, WRONG_PASSWORD);
        openModel(SLAPD.server().ldapPort(), "none", STORED);
        view.preview("megan.bowen@contoso.com");
        PreviewOutcome outcome = awaitOutcome();

        assertNull(outcome.preview());
        assertTrue(view.errorLabel().isVisible());
        String shown = view.errorLabel().getText();
        assertTrue(shown.contains("check the bind DN and the password"), shown);
        assertTrue(shown.startsWith("127.0.0.1:" + SLAPD.server().ldapPort() + ": "), shown);
        assertEquals(0, view.viewer().getTree().getItemCount());
        Widgets.runViewMenuAction(view, DirectoryPreviewView.COPY_PREVIEW_ACTION);
        String copied = Widgets.clipboard();
        for (String text : List.of(shown, view.summaryLabel().getText(), copied)) {
            assertFalse(text.contains(WRONG_PASSWORD), "the typed password is not shown: " + text);
            assertFalse(text.contains(SLAPD.server().data().servicePassword()), "nor the real one: " + text);
        }
    }

    @Test
    void aClosedPortAndAnUntrustedCertificateAreClearErrors() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        openModel(closed, "none", STORED);
        view.preview("megan.bowen@contoso.com");
        awaitOutcome();
        assertTrue(view.errorLabel().getText().contains("check host and port"), view.errorLabel().getText());

        page().closeAllEditors(false);
        openModel(SLAPD.server().ldapsPort(), "ldaps", STORED);
        view.preview("megan.bowen@contoso.com");
        awaitOutcome();
        assertTrue(view.errorLabel().getText().contains("choose a trust store"), view.errorLabel().getText());
    }

    @Test
    void stopEndsARunThatWaitsForASilentServer() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (Exception e) {
                    // closed at the end of the test
                }
            }, "silent LDAP listener");
            acceptor.setDaemon(true);
            acceptor.start();
            openModel(silent.getLocalPort(), "none", STORED);
            assertTrue(view.preview("megan.bowen@contoso.com"));
            processEvents();
            assertTrue(view.isRunning());
            assertFalse(view.previewButton().isEnabled(), "one run at a time");
            assertTrue(view.stopButton().isEnabled());

            Widgets.click(view.stopButton());
            assertFalse(view.isRunning(), "Stop does not wait for the network");
            assertTrue(view.outcome().cancelled());
            assertEquals("Cancelled: no preview for megan.bowen@contoso.com.", view.summaryLabel().getText());
            assertTrue(view.previewButton().isEnabled());
            assertFalse(view.stopButton().isEnabled());
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void aMissingPasswordIsAskedForAndCanBeSaved() throws Exception {
        BindPasswords.inDefaultStorage().remove(NOT_STORED);
        openModel(SLAPD.server().ldapPort(), "none", NOT_STORED);
        List<String> asked = new ArrayList<>();
        PasswordDialogs.answer(asked, SLAPD.server().data().servicePassword());
        assertTrue(view.preview("alex.wilber@contoso.com"));
        PreviewOutcome outcome = awaitOutcome();

        assertEquals(List.of("Set LDAP Bind Password"), asked);
        assertNull(outcome.error(), outcome.error());
        assertNotNull(outcome.preview().user());
        assertTrue(BindPasswords.inDefaultStorage().contains(NOT_STORED), "the password was saved");
    }

    @Test
    void copyingAndThePropertiesViewShowTheProblemsWithTheirFixes() throws Exception {
        openModel(SLAPD.server().ldapPort(), "none", STORED);
        view.preview("alex.wilber@contoso.com");
        PreviewOutcome outcome = awaitOutcome();

        Widgets.runViewMenuAction(view, DirectoryPreviewView.COPY_PREVIEW_ACTION);
        String all = Widgets.clipboard();
        assertEquals(PreviewText.of(outcome), all);
        assertTrue(all.startsWith(view.summaryLabel().getText() + "\n"), all);
        assertTrue(all.contains("  [warning] " + ProblemKind.UPN_MAIL_DIFFER.id() + " "), all);
        assertTrue(all.contains("    fix: " + ProblemKind.UPN_MAIL_DIFFER.fix() + "\n"), all);
        assertTrue(all.contains("[ok] mail = alex.wilber@fabrikam.com    (${user.mail})\n"), all);

        TreeItem problem = view.viewer().getTree().getItem(0).getItem(0);
        PreviewRow row = (PreviewRow) problem.getData();
        IPropertySource properties = row.getAdapter(IPropertySource.class);
        assertEquals(ProblemKind.UPN_MAIL_DIFFER.fix(), properties.getPropertyValue("Fix"));
        assertEquals("warning", properties.getPropertyValue("Severity"));
        assertEquals(ProblemKind.UPN_MAIL_DIFFER.id(), properties.getPropertyValue("Problem"));
    }

    @Test
    void theDeploymentMenuOffersPreviewAndImport() {
        Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
        MenuItem deployment = Arrays.stream(bar.getItems())
                .filter(item -> item.getText().replace("&", "").equals("Deployment")).findFirst().orElseThrow();
        deployment.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> entries = Arrays.stream(deployment.getMenu().getItems())
                .map(item -> item.getText().replace("&", "")).toList();
        deployment.getMenu().notifyListeners(SWT.Hide, new Event());
        assertTrue(entries.stream().anyMatch(entry -> entry.startsWith("Preview Directory Attributes...")),
                entries.toString());
        assertTrue(entries.stream().anyMatch(entry -> entry.startsWith("Import from Directory...")),
                entries.toString());
        assertTrue(Arrays.asList(page().getShowViewShortcuts()).contains(DirectoryPreviewView.ID));
    }

    @Test
    void importingAddsAndUpdatesWithoutDuplicatesAndUndoes() throws Exception {
        openModel(SLAPD.server().ldapPort(), "none", STORED);
        Deployment model = editor.deployment();
        Persona megan = model.getDirectory().getPersonas().get(0);
        megan.setDisplayName("M. Bowen");

        ImportDirectoryDialog dialog = openImportDialog();
        assertEquals("Mobile Mail", dialog.deliveryGroupField().getText(), "the delivery group with groups");
        dialog.groupField().setText("mail users");
        Widgets.click(dialog.findButton());
        ImportPlan plan = awaitPlan(dialog);
        assertTrue(plan.groupDn().equalsIgnoreCase(DirectoryData.MOBILE_MAIL_DN), "the one group found is read");
        assertEquals(1, plan.count(Kind.PERSONA, Action.UPDATE), "Megan's display name");
        assertEquals(5, plan.count(Kind.PERSONA, Action.ADD));
        assertEquals(1, plan.count(Kind.GROUP, Action.UNCHANGED));
        assertEquals(plan.changes().size(), dialog.planTable().getItemCount());
        assertTrue(dialog.statusLabel().getText().contains("8 users (2 nested groups)"),
                dialog.statusLabel().getText());
        Widgets.click(Widgets.button(dialog.getShell(), "Import"));
        processEvents();

        assertEquals(7, model.getDirectory().getPersonas().size());
        assertEquals("Megan Bowen", megan.getDisplayName());
        assertTrue(editor.isDirty());
        assertEquals("Undo Import Mobile Mail Users from Directory",
                "Undo " + editor.getCommandStack().getUndoCommand().getLabel());

        ImportDirectoryDialog again = openImportDialog();
        again.groupField().setText(plan.groupDn());
        Widgets.click(again.readButton());
        ImportPlan second = awaitPlan(again);
        assertFalse(second.changesModel(), second.changes().toString());
        assertFalse(Widgets.button(again.getShell(), "Import").isEnabled(), "nothing to import");
        again.close();

        editor.getCommandStack().undo();
        processEvents();
        assertEquals(2, model.getDirectory().getPersonas().size(), "undo removes the imported personas");
        assertEquals("M. Bowen", megan.getDisplayName(), "and restores the updated one");
    }

    private ImportDirectoryDialog openImportDialog() {
        ImportDirectoryDialog dialog = ImportFromDirectoryHandler.dialogFor(page().getWorkbenchWindow().getShell(),
                editor);
        assertNotNull(dialog);
        dialog.setBlockOnOpen(false);
        dialog.open();
        processEvents();
        return dialog;
    }

    private static ImportPlan awaitPlan(ImportDirectoryDialog dialog) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (dialog.plan() == null && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        assertNotNull(dialog.plan(), "a plan within " + PATIENCE_MILLIS + " ms; " + dialog.getErrorMessage());
        return dialog.plan();
    }

    private void expectProblem(String identity, ProblemKind kind, String icon) throws Exception {
        view.preview(identity);
        PreviewOutcome outcome = awaitOutcome();
        assertNull(outcome.error(), outcome.error());
        List<TreeItem> found = new ArrayList<>();
        for (TreeItem row : view.viewer().getTree().getItems()) {
            for (TreeItem problem : row.getItems()) {
                if (problem.getText(0).startsWith(kind.id() + " ")) {
                    found.add(problem);
                }
            }
        }
        assertFalse(found.isEmpty(), identity + " shows " + kind + ": " + PreviewText.of(outcome));
        assertEquals(image(icon), found.get(0).getImage(), kind + " has its severity's icon");
        assertEquals("Fix: " + kind.fix(), found.get(0).getText(1));
        if (kind.severity() == org.emworkbench.validation.RuleSeverity.ERROR) {
            assertTrue(outcome.preview().failsSso());
        }
    }

    /** Copies the example with its first LDAP server pointed at 127.0.0.1:port and opens it. */
    private void openModel(int port, String tlsMode, CredentialReference credential) throws Exception {
        String text = Files.readString(Examples.file("contoso/contoso.emw"), StandardCharsets.UTF_8);
        String server = "host=\"dc1.contoso.com\" port=\"636\" tlsMode=\"ldaps\"";
        assertTrue(text.contains(server));
        text = text.replace(server, "host=\"127.0.0.1\" port=\"" + port + "\" tlsMode=\"" + tlsMode + "\"")
                .replaceFirst("bindCredential=\"env:EMW_LDAP_PASSWORD\"", "bindCredential=\"" + credential + "\"");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("directory-ui-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("contoso-" + port + ".emw");
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        } else {
            file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        }
        editor = (DeploymentEditor) IDE.openEditor(page(), file, DeploymentEditor.ID, true);
        processEvents();
        Job.getJobManager().join(DeploymentEditor.LOAD_FAMILY, new NullProgressMonitor());
        processEvents();
        assertNotNull(editor.deployment(), "the model was read");
        page().activate(view);
        processEvents();
        assertTrue(view.modelLabel().getText().contains("127.0.0.1:" + port), view.modelLabel().getText());
    }

    private PreviewOutcome awaitOutcome() throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while ((view.isRunning() || view.outcome() == null) && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        processEvents();
        assertFalse(view.isRunning(), "the preview ended within " + PATIENCE_MILLIS + " ms");
        assertNotNull(view.outcome());
        return view.outcome();
    }


    private static org.eclipse.swt.graphics.Image image(String name) {
        return PlatformUI.getWorkbench().getSharedImages().getImage(name);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void processEvents() {
        Widgets.processEvents();
    }
}
