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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.ui.internal.credentials.BindPasswords;
import org.emworkbench.ui.internal.markers.ProblemMarkers;
import org.emworkbench.ui.internal.markers.ValidationJob;
import org.emworkbench.ui.internal.preferences.DirectoryPreferencePage;
import org.emworkbench.ui.internal.preferences.EmwPreferencePage;
import org.emworkbench.ui.internal.preferences.NetworkPreferencePage;
import org.emworkbench.ui.internal.preferences.ValidationPreferencePage;
import org.emworkbench.ui.internal.preferences.ValidationPreferences;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSeverity;
import org.emworkbench.validation.settings.DnsServer;
import org.emworkbench.validation.settings.NetworkSettings;
import org.emworkbench.validation.settings.SettingsNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EMW preference pages in the workbench, and what the rule settings do to problem markers. */
@ExtendWith(ScreenshotOnFailure.class)
class PreferencesUiTest {

    private static IProject project;

    private PreferenceDialog dialog;

    @BeforeAll
    static void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("preferences-ui-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void restoreDefaults() throws Exception {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
        node.clear();
        node.flush();
        waitForValidation();
    }

    @Test
    void thePagesAreUnderEmw() {
        var preferences = PlatformUI.getWorkbench().getPreferenceManager();

        assertNotNull(preferences.find(EmwPreferencePage.ID));
        for (String child : new String[] { ValidationPreferencePage.ID, NetworkPreferencePage.ID,
                DirectoryPreferencePage.ID }) {
            assertNotNull(preferences.find(EmwPreferencePage.ID + "/" + child), child);
        }
    }

    @Test
    void storedRuleSettingsApplyToTheMarkersOfAValidation() throws Exception {
        store(new ValidationPreferences(Set.of(), Map.of("SSO-002", RuleSeverity.WARNING)));
        IFile overridden = copyOfBrokenExample("overridden.emw");
        new ValidationJob(overridden).schedule();
        waitForValidation();

        IMarker[] markers = overridden.findMarkers(ProblemMarkers.TYPE, true, 0);
        assertEquals(1, markers.length);
        assertEquals("SSO-002", markers[0].getAttribute(ProblemMarkers.RULE_ID));
        assertEquals(IMarker.SEVERITY_WARNING, markers[0].getAttribute(IMarker.SEVERITY, -1));

        store(new ValidationPreferences(Set.of("SSO-002"), Map.of()));
        IFile switchedOff = copyOfBrokenExample("switched-off.emw");
        new ValidationJob(switchedOff).schedule();
        waitForValidation();

        assertEquals(0, switchedOff.findMarkers(ProblemMarkers.TYPE, true, 0).length);
    }

    @Test
    void changingTheRuleSettingsRevalidatesEveryModelOfTheWorkspace() throws Exception {
        IFile first = copyOfBrokenExample("revalidated-a.emw");
        IFile second = copyOfBrokenExample("revalidated-b.emw");
        new ValidationJob(first).schedule();
        new ValidationJob(second).schedule();
        waitForValidation();
        assertEquals(IMarker.SEVERITY_ERROR, onlyMarker(first).getAttribute(IMarker.SEVERITY, -1));

        // No validation is started here: the change itself must start them.
        store(new ValidationPreferences(Set.of(), Map.of("SSO-002", RuleSeverity.INFO)));
        waitForValidation();

        assertEquals(IMarker.SEVERITY_INFO, onlyMarker(first).getAttribute(IMarker.SEVERITY, -1));
        assertEquals(IMarker.SEVERITY_INFO, onlyMarker(second).getAttribute(IMarker.SEVERITY, -1));

        store(new ValidationPreferences(Set.of("SSO-002"), Map.of()));
        waitForValidation();

        assertEquals(0, first.findMarkers(ProblemMarkers.TYPE, true, 0).length);
        assertEquals(0, second.findMarkers(ProblemMarkers.TYPE, true, 0).length);
    }

    @Test
    void theValidationPageShowsTheStoredSettings() throws Exception {
        store(new ValidationPreferences(Set.of("SSO-003"), Map.of("SSO-005", RuleSeverity.WARNING)));
        open(ValidationPreferencePage.ID);
        Table table = Widgets.all(dialog.getShell(), Table.class, t -> t.getColumnCount() == 6).get(0);

        for (var item : table.getItems()) {
            String id = item.getText(0);
            assertEquals(!id.equals("SSO-003"), item.getChecked(), id);
            assertEquals(id.equals("SSO-005") ? "warning" : "default", item.getText(5), id);
        }
        Widgets.picture(dialog.getShell(), "preferences-validation");
    }

    @Test
    void theValidationPageListsEveryRuleAndStoresWhatIsSwitchedOff() throws Exception {
        open(ValidationPreferencePage.ID);
        Table table = Widgets.all(dialog.getShell(), Table.class, t -> t.getColumnCount() == 6).get(0);
        List<String> installed = RuleRegistry.fromPlatform().rules().stream().map(rule -> rule.id()).toList();

        assertEquals(installed.size(), table.getItemCount());
        assertEquals("SSO-001", table.getItem(0).getText(0));
        assertEquals("default", table.getItem(0).getText(5));
        assertTrue(Arrays.stream(table.getItems()).allMatch(item -> item.getChecked()), "every rule is on");
        assertTrue(Widgets.all(dialog.getShell(), org.eclipse.swt.widgets.Label.class,
                label -> label.getText().contains("Rule suppressions inside a model")).size() == 1,
                "the page says that a model's suppressions are separate");

        Widgets.click(Widgets.button(dialog.getShell(), "Deselect All"));
        pressOk();

        assertEquals(Set.copyOf(installed), ValidationPreferences.current().disabledRules());
    }

    @Test
    void theNetworkPageRefusesAMalformedServerListAndKeepsAGoodOne() throws Exception {
        open(NetworkPreferencePage.ID);
        PreferencePage page = (PreferencePage) dialog.getSelectedPage();
        Shell shell = dialog.getShell();
        Text servers = Widgets.fieldAfter(shell, "DNS servers:");
        assertFalse(servers.isEnabled(), "the list waits until the listed servers are chosen");

        Widgets.click(Widgets.button(shell, "These servers"));
        assertTrue(servers.isEnabled());
        assertFalse(page.isValid(), "an empty list is refused when the servers are chosen");

        Widgets.type(servers, "192.0.2.53, dns_1.contoso.com:53");
        assertFalse(page.isValid());
        assertTrue(page.getErrorMessage().contains("dns_1.contoso.com:53"), page.getErrorMessage());
        assertFalse(okButton().isEnabled(), "OK is disabled while the input is refused");

        Widgets.type(servers, "192.0.2.53, [2001:db8::53]:5353");
        assertTrue(page.isValid(), page.getErrorMessage());
        assertNull(page.getErrorMessage());

        Text retries = Widgets.fieldAfter(shell, "DNS retries:");
        Widgets.type(retries, "11");
        assertFalse(page.isValid(), "eleven retries are too many");
        Widgets.type(retries, "3");
        assertTrue(page.isValid(), page.getErrorMessage());
        Widgets.picture(shell, "preferences-network");
        pressOk();

        NetworkSettings stored = NetworkSettings.read(InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER));
        assertEquals(DnsServer.parseList("192.0.2.53, [2001:db8::53]:5353"), stored.dnsServers());
        assertEquals(3, stored.dnsRetries());
    }

    @Test
    void theDirectoryPageListsStoredPasswordsByReferenceOnly() throws Exception {
        assertTrue(Arrays.asList(Platform.getApplicationArgs()).contains("-eclipse.keyring"),
                "the tests must run on a secure storage of their own (-eclipse.keyring), never the user's");
        BindPasswords passwords = BindPasswords.inDefaultStorage();
        CredentialReference reference = BindPasswords.proposeFor("dc01.contoso.com", 636);
        passwords.store(reference, "never-shown-anywhere".toCharArray());
        try {
            open(DirectoryPreferencePage.ID);
            org.eclipse.swt.widgets.List listed = Widgets.all(dialog.getShell(), org.eclipse.swt.widgets.List.class,
                    list -> true).get(0);

            assertTrue(Arrays.asList(listed.getItems()).contains(reference.toString()),
                    Arrays.toString(listed.getItems()));
            assertTrue(Widgets.all(dialog.getShell(), Text.class, text -> text.getText().contains("never-shown"))
                    .isEmpty(), "no field shows the password");
            assertTrue(Arrays.stream(listed.getItems()).noneMatch(item -> item.contains("never-shown")));
            Widgets.picture(dialog.getShell(), "preferences-directory");
        } finally {
            passwords.remove(reference);
        }
    }

    private void open(String pageId) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        dialog = PreferencesUtil.createPreferenceDialogOn(shell, pageId, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Widgets.processEvents();
    }

    private Button okButton() {
        return Widgets.all(dialog.getShell(), Button.class,
                button -> Integer.valueOf(IDialogConstants.OK_ID).equals(button.getData())).get(0);
    }

    private void pressOk() {
        Widgets.click(okButton());
        assertTrue(dialog.getShell() == null, "the dialog closed");
    }

    private static void store(ValidationPreferences settings) throws Exception {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER);
        settings.writeTo(node);
        node.flush();
    }

    private static IFile copyOfBrokenExample(String name) throws Exception {
        IFile file = project.getFile(name);
        if (!file.exists()) {
            try (InputStream content = Files.newInputStream(Examples.file("contoso/broken-passcode-auth.emw"))) {
                file.create(content, IResource.FORCE, null);
            }
        }
        return file;
    }

    private static IMarker onlyMarker(IFile file) throws Exception {
        IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, true, 0);
        assertEquals(1, markers.length, Arrays.toString(markers));
        return markers[0];
    }

    private static void waitForValidation() throws Exception {
        Widgets.processEvents();
        Job.getJobManager().join(ValidationJob.FAMILY, new NullProgressMonitor());
        Widgets.processEvents();
    }
}
