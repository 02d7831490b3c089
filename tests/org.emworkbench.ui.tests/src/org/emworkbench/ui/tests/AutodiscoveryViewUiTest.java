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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.emworkbench.autodiscovery.AutodiscoveryService;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryReport;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.FindingKind;
import org.emworkbench.autodiscovery.ProviderDescriptor;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.Severity;
import org.emworkbench.autodiscovery.Transport;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.ui.internal.autodiscovery.AutodiscoveryProviders;
import org.emworkbench.ui.internal.autodiscovery.AutodiscoveryView;
import org.emworkbench.ui.internal.autodiscovery.DiscoverPathsHandler;
import org.emworkbench.ui.internal.autodiscovery.DiscoveryJob;
import org.emworkbench.ui.internal.autodiscovery.DiscoveryOutcome;
import org.emworkbench.ui.internal.autodiscovery.Mark;
import org.emworkbench.ui.internal.autodiscovery.TraceNode;
import org.emworkbench.ui.internal.autodiscovery.TraceSummary;
import org.emworkbench.ui.internal.autodiscovery.TraceText;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Autodiscovery view on the {@link UiTestProvider}: typing an address and
 * discovering, the trace tree and its summary, an invalid address, Stop, the
 * Deployment menu's command on the Contoso example, copying. The built-in
 * providers run too; the tests read only the test provider's rows. DNS goes
 * to a closed loopback port and HTTPS requests are off, so that no test sends
 * a packet beyond this machine whatever the built-in providers do.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AutodiscoveryViewUiTest {

    private static final long PATIENCE_MILLIS = 30_000;
    private static final String CLOSED_LOOPBACK_PORT = "127.0.0.1:9";
    private static Map<String, String> saved;

    private AutodiscoveryView view;

    @BeforeAll
    static void keepDnsOnLoopback() throws Exception {
        saved = DnsPreferences.save();
        DnsPreferences.use(CLOSED_LOOPBACK_PORT, 1, 0);
    }

    @AfterAll
    static void restoreNetworkSettings() throws Exception {
        DnsPreferences.restore(saved);
    }

    @BeforeEach
    void openTheViewWithoutHttps() throws Exception {
        view = AutodiscoveryView.show(page());
        Button https = view.httpsButton();
        https.setSelection(false);
        https.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    @AfterEach
    void closeEverything() throws Exception {
        view.stop();
        Job.getJobManager().join(DiscoveryJob.FAMILY, new NullProgressMonitor());
        processEvents();
        page().closeAllEditors(false);
        IViewReference reference = page().findViewReference(AutodiscoveryView.ID);
        if (reference != null) {
            page().hideView(reference);
        }
        processEvents();
    }

    @Test
    void typingAnAddressAndPressingDiscoverShowsTheProvidersStepsAndFindings() throws Exception {
        view.addressField().setText("alice@contoso.uitest");
        Widgets.click(view.discoverButton());
        DiscoveryOutcome outcome = awaitOutcome();

        assertEquals("alice@contoso.uitest", outcome.target().toString());
        assertFalse(outcome.cancelled());
        TreeItem provider = providerRow();
        assertEquals("1 error, 1 warning, 1 unknown, 1 value", provider.getText(1));
        assertTrue(provider.getExpanded(), "the trace is expanded after the run");
        List<String> below = texts(provider.getItems());
        assertEquals(List.of("AD-004 The SRV record names port 8443, not 443.",
                "AD-002 The SRV target is outside contoso.uitest.",
                "AD-011 The TXT query for contoso.uitest timed out.",
                "Discovered SRV",
                "SRV _autodiscover._tcp.contoso.uitest @ui-test"), below);

        TreeItem query = provider.getItem(4);
        assertTrue(query.getExpanded());
        assertEquals("NOERROR, 1 record", query.getText(1));
        assertTrue(query.getText(2).endsWith(" ms"), query.getText(2));
        List<String> inQuery = texts(query.getItems());
        assertEquals("_autodiscover._tcp.contoso.uitest. 300 IN SRV 0 0 8443 mail.hosting.uitest.", inQuery.get(0));
        assertTrue(inQuery.contains("DNS servers of the run: [" + CLOSED_LOOPBACK_PORT + "]"),
                "the Network preferences reach the providers: " + inQuery);
        assertTrue(inQuery.contains("HTTPS requests of the run: off"), "the check box reaches the providers");
        TreeItem child = query.getItem(query.getItemCount() - 1);
        assertEquals("A mail.hosting.uitest @ui-test", child.getText(0));
        assertEquals(List.of("mail.hosting.uitest. 300 IN A 192.0.2.10"), texts(child.getItems()));
        assertEquals("0 0 8443 mail.hosting.uitest.", provider.getItem(3).getText(1));

        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        Image error = shared.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        Image warning = shared.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        assertEquals(error, provider.getItem(0).getImage());
        assertEquals(warning, provider.getItem(1).getImage());
        Image unknown = provider.getItem(2).getImage();
        assertNotNull(unknown);
        for (String other : List.of(ISharedImages.IMG_OBJS_ERROR_TSK, ISharedImages.IMG_OBJS_WARN_TSK,
                ISharedImages.IMG_OBJS_INFO_TSK)) {
            assertNotEquals(shared.getImage(other), unknown, "unknown has an image of its own");
        }
        assertEquals(error, provider.getImage(), "the provider shows its worst finding");
    }

    @Test
    void theSummaryCountsTheFindingsAndQueriesOfTheRun() throws Exception {
        view.addressField().setText("contoso.uitest");
        view.addressField().notifyListeners(SWT.DefaultSelection, new Event());
        DiscoveryOutcome outcome = awaitOutcome();

        String summary = view.summaryLabel().getText();
        assertTrue(summary.startsWith("contoso.uitest: "), summary);
        DiscoveryReport report = outcome.report();
        assertCount(summary, "error", report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count());
        assertCount(summary, "warning",
                report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count());
        assertTrue(summary.matches(".* — \\d+ quer(y|ies) in \\d+(\\.\\d)? m?s.*"), summary);

        // The same counting on the test provider alone, whose trace is known: 2 DNS queries, one of each kind.
        AutodiscoveryService alone = new AutodiscoveryService(onlyTheTestProvider());
        DiscoveryReport known = alone.discover(DiscoveryTarget.parse("contoso.uitest"),
                new DiscoveryContext(DiscoverySettings.DEFAULTS), null);
        String line = TraceSummary.of(new DiscoveryOutcome(known, 1, Duration.ofMillis(1234), false, null));
        assertEquals("contoso.uitest: 1 error, 1 warning, 1 unknown — 2 queries in 1.2 s", line);
    }

    @Test
    void aProviderThatFailsIsShownAsStoppedWithTheReason() throws Exception {
        view.discover(UiTestProvider.BROKEN);
        awaitOutcome();

        TreeItem provider = providerRow();
        assertTrue(provider.getText(1).startsWith("stopped: the provider failed: "), provider.getText(1));
        assertTrue(provider.getText(1).endsWith(UiTestProvider.BREAKS), provider.getText(1));
        assertEquals(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_ELCL_STOP),
                provider.getImage());
        assertEquals(5, provider.getItemCount(), "what it recorded before it failed is shown");
        assertTrue(view.summaryLabel().getText().contains(" providers stopped")
                || view.summaryLabel().getText().contains(" provider stopped"), view.summaryLabel().getText());
        // Any other provider that stopped (the built-in ones before they are written) says why, the same way.
        for (TreeItem row : view.viewer().getTree().getItems()) {
            TraceNode node = (TraceNode) row.getData();
            if (node.mark() == Mark.STOPPED) {
                assertTrue(row.getText(1).startsWith("stopped: "), row.getText(0) + ": " + row.getText(1));
            }
        }
    }

    @Test
    void anInvalidAddressIsExplainedUnderTheFieldAndStartsNoJob() throws Exception {
        String expected = assertThrows(IllegalArgumentException.class, () -> DiscoveryTarget.parse("alice@"))
                .getMessage();
        view.addressField().setText("alice@");
        Widgets.click(view.discoverButton());

        assertTrue(view.errorLabel().isVisible(), "the error is shown");
        assertEquals(expected, view.errorLabel().getText());
        assertEquals(0, Job.getJobManager().find(DiscoveryJob.FAMILY).length, "no discovery job");
        assertFalse(view.isRunning());
        assertEquals(1, Arrays.stream(Display.getCurrent().getShells()).filter(Shell::isVisible).count(),
                "no dialog");

        view.addressField().setText("alice@contoso.uitest");
        processEvents();
        assertFalse(view.errorLabel().isVisible(), "typing clears the error");
    }

    @Test
    void stopCancelsTheRunAndShowsItsPartialTrace() throws Exception {
        view.addressField().setText("bob@" + UiTestProvider.SLOW);
        Widgets.click(view.discoverButton());
        assertTrue(UiTestProvider.awaitWaiting(PATIENCE_MILLIS), "the test provider waits for the cancellation");
        processEvents();
        assertTrue(view.isRunning());
        assertEquals("Discovering for bob@slow.uitest\u2026", view.summaryLabel().getText());
        assertTrue(view.stopButton().isEnabled());
        assertFalse(view.discoverButton().isEnabled(), "one run at a time");

        Widgets.click(view.stopButton());
        DiscoveryOutcome outcome = awaitOutcome();

        assertTrue(outcome.cancelled());
        assertTrue(view.summaryLabel().getText().startsWith("Cancelled, partial trace. bob@slow.uitest: "),
                view.summaryLabel().getText());
        TreeItem provider = providerRow();
        assertEquals("stopped: cancelled", provider.getText(1));
        TreeItem waiting = provider.getItem(provider.getItemCount() - 1);
        assertEquals("Waiting until the run is cancelled", waiting.getText(0));
        assertEquals("not finished", waiting.getText(1));
        assertEquals(1, outcome.report().traces().size(), "no provider runs after the cancellation");
        assertTrue(view.discoverButton().isEnabled());
        assertFalse(view.stopButton().isEnabled());
    }

    @Test
    void theDeploymentMenuCommandDiscoversForTheChosenMailDomainOfContoso() throws Exception {
        Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
        MenuItem deployment = Arrays.stream(bar.getItems())
                .filter(item -> item.getText().replace("&", "").equals("Deployment")).findFirst().orElseThrow();
        deployment.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> entries = Arrays.stream(deployment.getMenu().getItems())
                .map(item -> item.getText().replace("&", "")).toList();
        deployment.getMenu().notifyListeners(SWT.Hide, new Event());
        assertTrue(entries.stream().anyMatch(entry -> entry.startsWith("Discover Autodiscovery Paths...")),
                entries.toString());

        DeploymentEditor editor = openContoso();
        List<List<String>> offered = new ArrayList<>();
        answerTheDomainChooser(offered, "fabrikam.com");
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(DiscoverPathsHandler.COMMAND,
                null);
        processEvents();
        DiscoveryOutcome outcome = awaitOutcome();

        assertEquals(List.of(List.of("contoso.com", "fabrikam.com")), offered, "the model's mail domains were offered");
        assertEquals("fabrikam.com", view.addressField().getText());
        assertEquals("fabrikam.com", outcome.target().domain());
        assertEquals("contoso.emw", outcome.model());
        assertTrue(view.modelLabel().getText().contains("contoso.emw"), view.modelLabel().getText());
        assertEquals(editor, page().getActiveEditor());
        // The model's expectations reached the providers: the test provider lists them.
        TreeItem check = providerRow().getItem(0);
        assertEquals("Model expectations for fabrikam.com", check.getText(0));
        assertTrue(texts(check.getItems()).contains("claim token: ctxad-2a81d0c4"), texts(check.getItems()).toString());
    }

    @Test
    void fromTheModelOffersTheDomainsOfTheActiveEditor() throws Exception {
        openContoso();
        page().activate(view);
        processEvents();
        assertTrue(view.fromModelButton().isEnabled());

        Widgets.click(view.fromModelButton());
        Menu menu = view.modelMenu();
        List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
        assertEquals(List.of("contoso.com (mail domain, AutoDiscovery)", "fabrikam.com (mail domain, AutoDiscovery)"),
                items);
        menu.setVisible(false);
        menu.getItem(0).notifyListeners(SWT.Selection, new Event());
        DiscoveryOutcome outcome = awaitOutcome();
        assertEquals("contoso.com", outcome.target().toString());

        page().closeAllEditors(false);
        processEvents();
        assertFalse(view.fromModelButton().isEnabled(), "no model, nothing to offer");
        assertEquals("Model: none (no deployment editor)", view.modelLabel().getText());
    }

    @Test
    void copyingPutsTheTraceOnTheClipboardAsText() throws Exception {
        view.discover("carol@contoso.uitest");
        DiscoveryOutcome outcome = awaitOutcome();

        Widgets.runViewMenuAction(view, AutodiscoveryView.COPY_TRACE_ACTION);
        String all = Widgets.clipboard();
        assertEquals(TraceText.of(outcome), all);
        assertTrue(all.startsWith(view.summaryLabel().getText() + "\n"), all);
        for (String id : List.of("AD-004", "AD-002", "AD-011")) {
            assertTrue(all.contains(id), id + " in " + all);
        }
        assertTrue(all.contains("  [warning] AD-002 The SRV target is outside contoso.uitest. — mail.hosting.uitest.\n"
                + "    fix: " + FindingKind.AD_002.fix() + "\n"), all);

        TreeItem provider = providerRow();
        TreeItem warning = provider.getItem(1);
        view.viewer().getTree().setSelection(warning);
        view.viewer().getTree().notifyListeners(SWT.Selection, new Event());
        processEvents();
        copyWithTheKeyBinding();
        String selected = Widgets.clipboard();
        assertTrue(selected.startsWith("[warning] AD-002 "), selected);
        assertFalse(selected.contains("AD-004"), "only the selected row: " + selected);
        TraceNode node = (TraceNode) warning.getData();
        assertEquals("Fix: " + FindingKind.AD_002.fix(),
                ((CellLabelProvider) view.viewer().getLabelProvider(0)).getToolTipText(node));

        view.viewer().getTree().setSelection(provider);
        view.viewer().getTree().notifyListeners(SWT.Selection, new Event());
        processEvents();
        copyWithTheKeyBinding();
        String subtree = Widgets.clipboard();
        assertTrue(subtree.startsWith("[error] " + UiTestProvider.NAME + " — 1 error, 1 warning, 1 unknown, 1 value"),
                subtree);
        assertTrue(subtree.contains("\n    [ok] A mail.hosting.uitest @ui-test — NOERROR, 1 record ("), subtree);
    }

    @Test
    void thePropertiesViewShowsTheSelectedFindingWithItsFix() throws Exception {
        view.discover("dave@contoso.uitest");
        awaitOutcome();
        PropertySheet properties = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET, null,
                IWorkbenchPage.VIEW_VISIBLE);
        page().activate(view);
        TreeItem error = providerRow().getItem(0);
        view.viewer().getTree().setSelection(error);
        view.viewer().getTree().notifyListeners(SWT.Selection, new Event());

        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        Map<String, String> shown = Map.of();
        while (!FindingKind.AD_004.fix().equals(shown.get("Fix")) && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
            Tree tree = Widgets.all(properties.getCurrentPage().getControl(), Tree.class, candidate -> true).stream()
                    .findFirst().orElse(null);
            shown = new HashMap<>();
            for (TreeItem row : tree == null ? new TreeItem[0] : tree.getItems()) {
                shown.put(row.getText(0), row.getText(1));
            }
        }
        assertEquals(FindingKind.AD_004.fix(), shown.get("Fix"), "the Properties view shows " + shown);
        assertEquals("AD-004", shown.get("Finding"));
        assertEquals("error", shown.get("Severity"));
        assertEquals("_autodiscover._tcp.contoso.uitest", shown.get("Subject"));
    }

    @Test
    void theFieldRemembersTheLastTenAddresses() throws Exception {
        for (int i = 1; i <= 12; i++) {
            assertTrue(view.discover("user" + i + "@history.uitest"));
        }
        awaitOutcome();

        List<String> history = List.of(view.addressField().getItems());
        assertEquals(10, history.size(), history.toString());
        assertEquals("user12@history.uitest", history.get(0));
        assertEquals("user3@history.uitest", history.get(9));
        assertEquals("user12@history.uitest", view.outcome().target().toString(), "the last run is shown");
    }

    @Test
    void theViewIsOfferedInTheDeploymentPerspective() {
        assertTrue(Arrays.asList(page().getShowViewShortcuts()).contains(AutodiscoveryView.ID));
        assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find(AutodiscoveryView.ID));
        assertTrue(AutodiscoveryProviders.service().registry().providers().stream()
                .anyMatch(provider -> provider.id().equals(UiTestProvider.ID)), "the test provider is registered");
        assertTrue(AutodiscoveryProviders.service().registry().contributionProblems().isEmpty(),
                AutodiscoveryProviders.service().registry().contributionProblems().toString());
    }

    private static ProviderRegistry onlyTheTestProvider() {
        ProviderDescriptor provider = new ProviderDescriptor(UiTestProvider.ID, UiTestProvider.NAME, "",
                Transport.DNS, 50, "org.emworkbench.ui.tests", UiTestProvider::new);
        return new ProviderRegistry() {
            @Override
            public List<ProviderDescriptor> providers() {
                return List.of(provider);
            }

            @Override
            public List<String> contributionProblems() {
                return List.of();
            }
        };
    }

    private static void assertCount(String summary, String word, long expected) {
        Matcher matcher = Pattern.compile("(\\d+) " + word + "s?\\b").matcher(summary);
        long shown = matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        assertEquals(expected, shown, word + "s in " + summary);
        assertTrue(expected >= 1, "the test provider reports at least one " + word);
    }

    /** Waits until the view shows the outcome of its last run. */
    private DiscoveryOutcome awaitOutcome() throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while ((view.isRunning() || view.outcome() == null) && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(20);
        }
        processEvents();
        assertFalse(view.isRunning(), "the discovery ended within " + PATIENCE_MILLIS + " ms");
        assertNotNull(view.outcome());
        return view.outcome();
    }

    /** The test provider's row; rows of other providers are left alone. */
    private TreeItem providerRow() {
        return Arrays.stream(view.viewer().getTree().getItems())
                .filter(item -> item.getText(0).equals(UiTestProvider.NAME)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of the test provider in "
                        + texts(view.viewer().getTree().getItems())));
    }

    private static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(item -> item.getText(0)).toList();
    }

    private static DeploymentEditor openContoso() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("autodiscovery-ui-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("contoso.emw");
        if (!file.exists()) {
            try (InputStream content = Files.newInputStream(Examples.file("contoso/contoso.emw"))) {
                file.create(content, IResource.FORCE, null);
            }
        }
        DeploymentEditor editor = (DeploymentEditor) IDE.openEditor(page(), file, DeploymentEditor.ID, true);
        processEvents();
        Job.getJobManager().join(DeploymentEditor.LOAD_FAMILY, new NullProgressMonitor());
        processEvents();
        assertNotNull(editor.deployment(), "the example was read");
        return editor;
    }

    /**
     * When the dialog that asks for the domain opens, notes what it offers,
     * selects the domain and presses OK, as the user does.
     */
    private static void answerTheDomainChooser(List<List<String>> offered, String domain) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells())
                    .filter(shell -> shell.isVisible() && DiscoverPathsHandler.CHOOSER_TITLE.equals(shell.getText()))
                    .findFirst().orElse(null);
            if (dialog == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, poll[0]);
                }
                return;
            }
            Table table = Widgets.all(dialog, Table.class, candidate -> true).get(0);
            offered.add(Arrays.stream(table.getItems()).map(TableItem::getText).toList());
            TableItem item = Arrays.stream(table.getItems()).filter(row -> row.getText().equals(domain)).findFirst()
                    .orElseThrow();
            table.setSelection(item);
            table.notifyListeners(SWT.Selection, new Event());
            Widgets.click(Widgets.button(dialog, "OK"));
        };
        display.timerExec(100, poll[0]);
    }

    /** Ctrl+C with the trace focused: the workbench's Copy command, handled by the view. */
    private void copyWithTheKeyBinding() throws Exception {
        List<String> keys = Arrays.stream(PlatformUI.getWorkbench().getService(IBindingService.class)
                .getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_COPY)).map(Object::toString).toList();
        assertTrue(keys.contains("CTRL+C"), "Copy is bound to Ctrl+C: " + keys);
        page().activate(view);
        view.viewer().getTree().setFocus();
        processEvents();
        view.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_COPY, null);
        processEvents();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void processEvents() {
        Widgets.processEvents();
    }
}
