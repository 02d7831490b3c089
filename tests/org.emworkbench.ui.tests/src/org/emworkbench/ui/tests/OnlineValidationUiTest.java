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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.emworkbench.directory.tests.servers.SlapdExtension;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.autodiscovery.tests.servers.FaultyDnsResponder;
import org.emworkbench.autodiscovery.tests.servers.NamedServer;
import org.emworkbench.autodiscovery.tests.servers.Zone;
import org.emworkbench.model.deployment.DeploymentPackage.Literals;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.ui.internal.credentials.BindPasswords;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.OpenDeploymentEditors;
import org.emworkbench.ui.internal.editor.pages.OverviewPage;
import org.emworkbench.ui.internal.handlers.ValidateOnlineHandler;
import org.emworkbench.ui.internal.markers.OnlineRun;
import org.emworkbench.ui.internal.markers.OnlineValidationJob;
import org.emworkbench.ui.internal.markers.ProblemMarkers;
import org.emworkbench.ui.internal.markers.ValidationJob;
import org.emworkbench.ui.internal.preferences.ValidationPreferences;
import org.emworkbench.validation.settings.SettingsNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deployment > Validate Online on copies of the Contoso example, against
 * Debian's named on loopback serving the example's two mail domains as the
 * example expects them, and against a DNS server that never answers. The
 * Network preferences point at one of them in every test, so no query leaves
 * the machine. The directory's rule SSO-019 runs against slapd, its bind
 * password in the tests' secure storage or typed into the password dialog.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OnlineValidationUiTest {

    @RegisterExtension
    static final SlapdExtension SLAPD = new SlapdExtension();

    private static final long PATIENCE_MILLIS = 30_000;
    private static final String CONTOSO_DOMAIN = "/exchange/mailDomains[contoso.com]";
    private static final String FABRIKAM_DOMAIN = "/exchange/mailDomains[fabrikam.com]";
    private static final String EXPECTED_RECORD = "<expectedSrvRecords target=\"mail.contoso.com.\"/>";
    /** A record DNS does not have, in place of the one it has. */
    private static final String MOVED_RECORD = "<expectedSrvRecords target=\"exchange.contoso.com.\"/>";
    private static final String MEGAN = "/directory/personas[megan.bowen@contoso.com]";
    private static final String ALEX = "/directory/personas[alex.wilber@fabrikam.com]";
    private static final String LDAP_SERVER = "host=\"dc1.contoso.com\" port=\"636\" tlsMode=\"ldaps\"";
    private static final CredentialReference STORED = CredentialReference
            .secureStorage(BindPasswords.PROPOSED_ROOT + "/online-validation-ui-test");
    private static final CredentialReference NOT_STORED = CredentialReference
            .secureStorage(BindPasswords.PROPOSED_ROOT + "/online-validation-ui-test-missing");
    private static final String WRONG_PASSWORD = "wrong-Pa55word-for-online-validation";
    private static final List<Zone> EXAMPLE_ZONES = List.of(
            new Zone("contoso.com", """
                    _autodiscover._tcp SRV 0 0 443 mail.contoso.com.
                    mail A 127.0.0.1
                    """),
            new Zone("fabrikam.com", """
                    _autodiscover._tcp SRV 0 0 443 mail.fabrikam.com.
                    mail A 127.0.0.1
                    """));
    private static Map<String, String> saved;
    private static NamedServer named;
    private static IProject project;
    private static String savedDisabledRules;

    @BeforeAll
    static void startNamedAndCreateTheProject() throws Exception {
        saved = DnsPreferences.save();
        // Most tests are about SSO-018; those about SSO-019 (the directory's online rule) switch the rules round.
        IEclipsePreferences settings = InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
        savedDisabledRules = settings.get(ValidationPreferences.DISABLED_RULES, null);
        settings.put(ValidationPreferences.DISABLED_RULES, "SSO-019");
        named = NamedServer.start(EXAMPLE_ZONES);
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("online-validation-ui-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterAll
    static void stopNamedAndRestoreTheNetworkSettings() throws Exception {
        if (named != null) {
            named.close();
        }
        BindPasswords passwords = BindPasswords.inDefaultStorage();
        passwords.remove(STORED);
        passwords.remove(NOT_STORED);
        DnsPreferences.restore(saved);
        IEclipsePreferences settings = InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
        if (savedDisabledRules == null) {
            settings.remove(ValidationPreferences.DISABLED_RULES);
        } else {
            settings.put(ValidationPreferences.DISABLED_RULES, savedDisabledRules);
        }
    }

    @AfterEach
    void cancelRunsAndCloseEditors() throws Exception {
        Job.getJobManager().cancel(OnlineValidationJob.FAMILY);
        awaitValidations();
        page().closeAllEditors(false);
        Widgets.processEvents();
        InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER).put(ValidationPreferences.DISABLED_RULES, "SSO-019");
    }

    @Test
    void theDeploymentMenuOffersValidateOnlineRightAfterValidate() {
        Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
        MenuItem deployment = Arrays.stream(bar.getItems())
                .filter(item -> item.getText().replace("&", "").equals("Deployment")).findFirst().orElseThrow();
        deployment.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> entries = Arrays.stream(deployment.getMenu().getItems())
                .map(item -> item.getText().replace("&", "").split("\t")[0]).toList();
        deployment.getMenu().notifyListeners(SWT.Hide, new Event());

        int validate = entries.indexOf("Validate");
        assertTrue(validate >= 0, entries.toString());
        assertEquals("Validate Online", entries.get(validate + 1), entries.toString());
    }

    @Test
    void validateOnlineHasItsOwnKeyBesideValidates() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        List<String> online = Arrays.stream(bindings.getActiveBindingsFor(ValidateOnlineHandler.COMMAND))
                .map(TriggerSequence::format).toList();
        List<String> offline = Arrays.stream(bindings.getActiveBindingsFor("org.emworkbench.ui.validate"))
                .map(TriggerSequence::format).toList();

        assertEquals(1, online.size(), online.toString());
        assertTrue(online.get(0).endsWith("V"), online.toString());
        assertFalse(offline.contains(online.get(0)), "Validate and Validate Online must not share a key");
    }

    @Test
    void aModelWhoseRecordsAreInDnsGetsNoOnlineProblemAndTheSummarySaysTheChecksRan() throws Exception {
        OnlineValidationJob job = validateAgainstNamed("matching.emw", EXPECTED_RECORD);
        IFile file = job.file();
        DeploymentEditor editor = OpenDeploymentEditors.find(file);

        assertEquals(0, file.findMarkers(ProblemMarkers.ONLINE_TYPE, true, IResource.DEPTH_ZERO).length,
                () -> describe(file));
        OnlineRun run = job.run();
        assertEquals(1, run.rules());
        assertEquals(2, run.checks(), "SSO-018 on both mail domains");
        assertEquals(0, run.notChecked());
        assertEquals(0, run.problems());
        String summary = "Online validation of matching.emw at " + run.time()
                + ": 2 online checks ran, 0 could not be checked, 0 problems found.";
        assertEquals(summary, run.text());
        assertEquals(summary, job.getResult().getMessage(), "the Progress view shows the summary");
        await(() -> overview(editor).problemListText().contains(summary), "the Overview shows " + summary);
        Shell window = page().getWorkbenchWindow().getShell();
        await(() -> !Widgets.all(window, CLabel.class, label -> summary.equals(label.getText())).isEmpty(),
                "the status line shows " + summary);
    }

    @Test
    void aModelWhoseRecordDiffersFromDnsGetsAnOnlineSso018Problem() throws Exception {
        OnlineValidationJob job = validateAgainstNamed("moved.emw", MOVED_RECORD);
        IFile file = job.file();
        DeploymentEditor editor = OpenDeploymentEditors.find(file);

        // DNS lacks the record the model expects, and has one the model does not name: AD-007 for each.
        IMarker[] online = file.findMarkers(ProblemMarkers.ONLINE_TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(2, online.length, () -> describe(file));
        List<String> messages = Arrays.stream(online).map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).sorted()
                .toList();
        assertTrue(messages.get(0).startsWith("SSO-018: AD-007 _autodiscover._tcp.contoso.com: The model's record"
                + " 0 0 443 exchange.contoso.com. is not published."), messages.toString());
        assertTrue(messages.get(1).startsWith("SSO-018: AD-007 _autodiscover._tcp.contoso.com: The published record"
                + " 0 0 443 mail.contoso.com. is not in the model."), messages.toString());
        for (IMarker problem : online) {
            assertEquals("SSO-018", problem.getAttribute(ProblemMarkers.RULE_ID));
            assertEquals(CONTOSO_DOMAIN, problem.getAttribute(ProblemMarkers.OBJECT_PATH));
            assertEquals(IMarker.SEVERITY_ERROR, problem.getAttribute(IMarker.SEVERITY, -1));
            assertEquals(CONTOSO_DOMAIN + " (online, " + job.run().time() + ")",
                    problem.getAttribute(IMarker.LOCATION));
            assertTrue(problem.isSubtypeOf(ProblemMarkers.TYPE), "an EMW problem like any other");
        }
        assertEquals(0, file.findMarkers(ProblemMarkers.NOT_CHECKED_TYPE, false, IResource.DEPTH_ZERO).length);
        assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length,
                "offline, the model is fine");
        assertEquals(2, job.run().problems());
        assertTrue(job.run().text().endsWith(": 2 online checks ran, 0 could not be checked, 2 problems found."),
                job.run().text());
        assertEquals(2, editor.getProblems().count(IMarker.SEVERITY_ERROR, path -> path.equals(CONTOSO_DOMAIN)),
                "the editor counts them on the mail domain");
    }

    @Test
    void aDnsServerThatNeverAnswersMeansCouldNotBeCheckedNotAProblemOfTheModel() throws Exception {
        try (FaultyDnsResponder silent = FaultyDnsResponder.start()) {
            silent.behaveByDefault(FaultyDnsResponder.Behaviour.SILENCE);
            DnsPreferences.use(silent.dnsServer(), 1, 0);
            IFile file = copyOfContoso("silent.emw", EXPECTED_RECORD);
            DeploymentEditor editor = open(file);

            OnlineValidationJob job = validateOnline(editor);

            assertTrue(silent.received().stream().anyMatch(query -> query.type().equals("SRV")),
                    "the preferences' server was asked: " + silent.received());
            IMarker[] notChecked = file.findMarkers(ProblemMarkers.NOT_CHECKED_TYPE, false, IResource.DEPTH_ZERO);
            assertEquals(List.of(CONTOSO_DOMAIN, FABRIKAM_DOMAIN), Arrays.stream(notChecked)
                    .map(marker -> marker.getAttribute(ProblemMarkers.OBJECT_PATH, "")).sorted().toList());
            for (IMarker marker : notChecked) {
                assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith("SSO-018: could not be checked: "),
                        marker.getAttribute(IMarker.MESSAGE, ""));
                assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1),
                        "never an error of the model");
                assertTrue(ProblemMarkers.isNotChecked(marker));
            }
            assertEquals(2, file.findMarkers(ProblemMarkers.ONLINE_TYPE, true, IResource.DEPTH_ZERO).length,
                    "nothing but the checks not made");
            assertEquals(0, editor.getProblems().count(IMarker.SEVERITY_ERROR, path -> true), () -> describe(file));
            assertEquals(0, editor.getProblems().count(IMarker.SEVERITY_WARNING, path -> true));
            assertEquals(2, editor.getProblems().countNotChecked(path -> true));
            assertEquals(2, job.run().notChecked());
            assertEquals(0, job.run().problems());
            assertTrue(job.run().text().endsWith(": 2 online checks ran, 2 could not be checked, 0 problems found."),
                    job.run().text());
            await(() -> overview(editor).problemListText().contains("2 online checks not made"),
                    "the Overview counts the checks not made");
        }
    }

    @Test
    void offlineValidationKeepsTheOnlineResultsUntilTheNextOnlineRun() throws Exception {
        DeploymentEditor editor = validatedOnlineWithAMovedRecord("kept.emw");
        IFile file = editor.getWorkspaceFile();
        List<IMarker> online = onlineMarkers(file);

        runCommand("org.emworkbench.ui.validate");
        awaitValidations();
        assertTrue(online.stream().allMatch(IMarker::exists), "Validate leaves the online results alone");

        // The user corrects the expected record: live validation runs; the online result stays, with its time.
        MailDomain contoso = (MailDomain) editor.find(CONTOSO_DOMAIN);
        editor.execute(SetCommand.create(editor.getEditingDomain(), contoso.getExpectedSrvRecords().get(0),
                Literals.SRV_RECORD__TARGET, "mail.contoso.com."));
        editor.getLiveValidation().validateNow();
        awaitValidations();
        assertTrue(online.stream().allMatch(IMarker::exists), "live validation leaves the online results alone");

        validateOnline(editor);
        assertTrue(online.stream().noneMatch(IMarker::exists), "the next online run replaces them");
        assertEquals(0, file.findMarkers(ProblemMarkers.ONLINE_TYPE, true, IResource.DEPTH_ZERO).length,
                () -> describe(file));
    }

    @Test
    void cancellingEndsTheRunAtOnceAndKeepsTheResultsOfTheRunBefore() throws Exception {
        IFile file = validatedOnlineWithAMovedRecord("cancelled.emw").getWorkspaceFile();
        List<IMarker> before = onlineMarkers(file);

        try (FaultyDnsResponder silent = FaultyDnsResponder.start()) {
            silent.behaveByDefault(FaultyDnsResponder.Behaviour.SILENCE);
            // Long enough that only a cancellation ends the run within the test's patience.
            DnsPreferences.use(silent.dnsServer(), 60, 0);
            OnlineValidationJob job = validateOnlineNow().get(0);
            await(() -> !silent.received().isEmpty(), "the run asks the silent server");

            long cancelled = System.nanoTime();
            job.cancel();
            awaitValidations();
            long tookMillis = (System.nanoTime() - cancelled) / 1_000_000;

            assertTrue(tookMillis < 10_000, "the run ended " + tookMillis + " ms after the cancellation");
            assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
            assertTrue(job.run().cancelled());
            assertTrue(before.stream().allMatch(IMarker::exists), "the online results of the run before are kept");
            assertEquals(2, file.findMarkers(ProblemMarkers.ONLINE_TYPE, true, IResource.DEPTH_ZERO).length,
                    () -> describe(file));
            assertTrue(job.run().text().contains("was cancelled"), job.run().text());
        }
    }

    @Test
    void theDirectorysRuleBindsWithThePasswordInSecureStorageAndReportsOnThePersona() throws Exception {
        PasswordDialogs.store(STORED, SLAPD.server().data().servicePassword());
        OnlineValidationJob job = validateTheDirectory("stored.emw", STORED);
        IFile file = job.file();

        IMarker[] online = file.findMarkers(ProblemMarkers.ONLINE_TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, online.length, () -> describe(file));
        assertEquals("SSO-019", online[0].getAttribute(ProblemMarkers.RULE_ID));
        assertEquals(ALEX, online[0].getAttribute(ProblemMarkers.OBJECT_PATH));
        assertTrue(online[0].getAttribute(IMarker.MESSAGE, "").startsWith("SSO-019: DIR-005: Secure Mail logs on"
                + " with the userPrincipalName"), online[0].getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_WARNING, online[0].getAttribute(IMarker.SEVERITY, -1));
        assertEquals(0, file.findMarkers(ProblemMarkers.NOT_CHECKED_TYPE, false, IResource.DEPTH_ZERO).length,
                () -> describe(file));
        assertEquals(2, job.run().checks(), "SSO-019 on both personas");
        assertEquals(1, job.run().problems());
    }

    @Test
    void aBindPasswordMissingFromSecureStorageIsAskedForBeforeTheRun() throws Exception {
        BindPasswords.inDefaultStorage().remove(NOT_STORED);
        List<String> asked = new ArrayList<>();
        PasswordDialogs.answer(asked, SLAPD.server().data().servicePassword());
        OnlineValidationJob job = validateTheDirectory("asked.emw", NOT_STORED);

        assertEquals(List.of("Set LDAP Bind Password"), asked);
        assertEquals(0, job.run().notChecked(), () -> describe(job.file()));
        assertEquals(List.of(ALEX), Arrays.stream(job.file().findMarkers(ProblemMarkers.ONLINE_TYPE, false,
                IResource.DEPTH_ZERO)).map(marker -> marker.getAttribute(ProblemMarkers.OBJECT_PATH, "")).toList());
        assertTrue(BindPasswords.inDefaultStorage().contains(NOT_STORED), "the password was saved as asked");
    }

    @Test
    void aRefusedBindMeansTheDirectoryCouldNotBeCheckedAndNeverShowsThePassword() throws Exception {
        PasswordDialogs.store(STORED, WRONG_PASSWORD);
        OnlineValidationJob job = validateTheDirectory("refused.emw", STORED);
        IFile file = job.file();

        IMarker[] notChecked = file.findMarkers(ProblemMarkers.NOT_CHECKED_TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(List.of(ALEX, MEGAN), Arrays.stream(notChecked)
                .map(marker -> marker.getAttribute(ProblemMarkers.OBJECT_PATH, "")).sorted().toList());
        for (IMarker marker : notChecked) {
            String message = marker.getAttribute(IMarker.MESSAGE, "");
            assertTrue(message.startsWith("SSO-019: could not be checked: 127.0.0.1:" + SLAPD.server().ldapPort()),
                    message);
            assertTrue(message.contains("check the bind DN and the password"), message);
            assertFalse(message.contains(WRONG_PASSWORD), "never the password: " + message);
        }
        assertEquals(0, job.run().problems(), () -> describe(file));
        assertFalse(job.run().text().contains(WRONG_PASSWORD));
    }

    /**
     * Runs the directory's rule alone (SSO-018 off) on a copy of the example whose first LDAP server is slapd, in
     * plain LDAP, with the bind credential reference given.
     */
    private static OnlineValidationJob validateTheDirectory(String name, CredentialReference credential)
            throws Exception {
        InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER).put(ValidationPreferences.DISABLED_RULES, "SSO-018");
        String text = Files.readString(Examples.file("contoso/contoso.emw"), StandardCharsets.UTF_8);
        assertTrue(text.contains(LDAP_SERVER), "the example's first LDAP server is " + LDAP_SERVER);
        text = text.replace(LDAP_SERVER, "host=\"127.0.0.1\" port=\"" + SLAPD.server().ldapPort()
                + "\" tlsMode=\"none\"").replaceFirst("bindCredential=\"env:EMW_LDAP_PASSWORD\"",
                        "bindCredential=\"" + credential + "\"");
        IFile file = project.getFile(name);
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        OnlineValidationJob job = validateOnline(open(file));
        assertEquals(1, job.run().rules(), "SSO-019 alone");
        return job;
    }


    /** Opens a copy of the example whose contoso.com expects the record given, and validates it online against named. */
    private static OnlineValidationJob validateAgainstNamed(String name, String expectedRecord) throws Exception {
        DnsPreferences.use(named.dnsServer(), 2, 1);
        return validateOnline(open(copyOfContoso(name, expectedRecord)));
    }

    /** @return the editor of a copy of the example with {@link #MOVED_RECORD}, validated online against named */
    private static DeploymentEditor validatedOnlineWithAMovedRecord(String name) throws Exception {
        return OpenDeploymentEditors.find(validateAgainstNamed(name, MOVED_RECORD).file());
    }

    /** @return the file's online problems (not the checks not made); two for {@link #MOVED_RECORD} */
    private static List<IMarker> onlineMarkers(IFile file) throws CoreException {
        List<IMarker> online = List.of(file.findMarkers(ProblemMarkers.ONLINE_TYPE, false, IResource.DEPTH_ZERO));
        assertEquals(2, online.size(), () -> describe(file));
        return online;
    }

    /** A copy of the Contoso example whose contoso.com expects the SRV record given. */
    private static IFile copyOfContoso(String name, String expectedRecord) throws Exception {
        String text = Files.readString(Examples.file("contoso/contoso.emw"), StandardCharsets.UTF_8);
        assertTrue(text.contains(EXPECTED_RECORD), "the example expects " + EXPECTED_RECORD);
        byte[] content = text.replace(EXPECTED_RECORD, expectedRecord).getBytes(StandardCharsets.UTF_8);
        IFile file = project.getFile(name);
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new ByteArrayInputStream(content), IResource.FORCE, null);
        return file;
    }

    private static DeploymentEditor open(IFile file) throws Exception {
        DeploymentEditor editor = (DeploymentEditor) IDE.openEditor(page(), file, DeploymentEditor.ID, true);
        Widgets.processEvents();
        Job.getJobManager().join(DeploymentEditor.LOAD_FAMILY, null);
        awaitValidations();
        assertNotNull(editor.deployment(), "the model was read");
        return editor;
    }

    /** Runs Deployment > Validate Online on the active editor and waits until it has run and been reported. */
    private static OnlineValidationJob validateOnline(DeploymentEditor editor) throws Exception {
        page().activate(editor);
        List<OnlineValidationJob> started = validateOnlineNow();
        assertEquals(1, started.size(), "one online run for the active editor");
        OnlineValidationJob job = started.get(0);
        awaitValidations();
        assertEquals(editor.getWorkspaceFile(), job.file());
        assertNotNull(job.run(), "the run ended: " + job.getResult());
        assertFalse(job.run().cancelled());
        return job;
    }

    /** @return the online runs the command started, caught as they are scheduled, however fast they end */
    private static List<OnlineValidationJob> validateOnlineNow() throws Exception {
        List<OnlineValidationJob> started = new CopyOnWriteArrayList<>();
        IJobChangeListener catcher = new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob() instanceof OnlineValidationJob job) {
                    started.add(job);
                }
            }
        };
        Job.getJobManager().addJobChangeListener(catcher);
        try {
            runCommand(ValidateOnlineHandler.COMMAND);
        } finally {
            Job.getJobManager().removeJobChangeListener(catcher);
        }
        return started;
    }

    private static void runCommand(String commandId) throws Exception {
        Widgets.processEvents();
        page().getActiveEditor().getSite().getService(IHandlerService.class).executeCommand(commandId, null);
        Widgets.processEvents();
    }

    /** Waits until no validation, offline or online, is running, and their reports have reached the UI. */
    private static void awaitValidations() throws InterruptedException {
        await(() -> Job.getJobManager().find(OnlineValidationJob.FAMILY).length == 0
                && Job.getJobManager().find(ValidationJob.FAMILY).length == 0, "the validations end");
        Widgets.processEvents();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Widgets.processEvents();
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), what + " within " + PATIENCE_MILLIS + " ms");
    }

    private static OverviewPage overview(DeploymentEditor editor) {
        Widgets.processEvents();
        return (OverviewPage) editor.findPage(OverviewPage.ID);
    }

    private static String describe(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
                    .map(marker -> marker.getAttribute(IMarker.MESSAGE, "") + " @ "
                            + marker.getAttribute(IMarker.LOCATION, ""))
                    .toList().toString();
        } catch (CoreException e) {
            return e.toString();
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
