/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.preferences.NetworkPreferencePage;
import org.emworkbench.validation.settings.DnsServer;
import org.emworkbench.validation.settings.NetworkSettings;
import org.emworkbench.validation.settings.SettingsNode;
import org.emworkbench.ui.internal.reports.ErrorLine;
import org.emworkbench.ui.internal.reports.ReportTree;
import org.osgi.framework.FrameworkUtil;

/**
 * Autodiscovery: what a mail client and Secure Hub would discover for an
 * address or a domain, as a tree of what every provider asked, what it was
 * told, and what it found. The run is a {@link DiscoveryJob}; the UI thread
 * never waits on the network. When a deployment editor is active, its
 * model's expectations go into the run, so that live answers are compared
 * with the model, and its domains are offered under "From the Model". The
 * DNS servers and timeouts are the Network preferences'.
 */
public final class AutodiscoveryView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.emworkbench.ui.views.autodiscovery";

    /** Id of the action that copies the selected rows, with everything below them. */
    public static final String COPY_ACTION = "org.emworkbench.ui.autodiscovery.copy";

    /** Id of the view menu's action that copies the whole trace. */
    public static final String COPY_TRACE_ACTION = "org.emworkbench.ui.autodiscovery.copyTrace";

    private static final String SETTINGS_SECTION = "AutodiscoveryView";
    private static final String HTTPS_KEY = "httpsRequests";
    /** The data key under which the workbench's CSS engine looks for a control's id. */
    private static final String CSS_ID = "org.eclipse.e4.ui.css.id";
    private static final String READY = "Type an email address or a domain and press Discover.";

    private final IPartListener2 editorWatcher = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference partRef) {
            showModel();
        }

        @Override
        public void partClosed(IWorkbenchPartReference partRef) {
            showModel();
        }
    };

    private IDialogSettings settings;
    private AddressHistory history;
    private Combo address;
    private Button discover;
    private Button stop;
    private Button https;
    private boolean httpRequests;
    private Button fromModel;
    private Menu modelMenu;
    private Label modelLabel;
    private Link networkLink;
    private ErrorLine error;
    private Label summary;
    private TreeViewer viewer;
    private ReportTree tree;
    private IAction copyTrace;
    private DiscoveryJob running;
    private DiscoveryOutcome shown;

    /**
     * Opens the view, or brings it to the front.
     *
     * @param page the workbench page to show it in
     * @return the view
     * @throws PartInitException when the view cannot be opened
     */
    public static AutodiscoveryView show(IWorkbenchPage page) throws PartInitException {
        return (AutodiscoveryView) page.showView(ID);
    }

    @Override
    public void createPartControl(Composite parent) {
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(getClass()))
                .getDialogSettings();
        settings = all.getSection(SETTINGS_SECTION) != null ? all.getSection(SETTINGS_SECTION)
                : all.addNewSection(SETTINGS_SECTION);
        history = new AddressHistory(settings);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        createInput(parent);
        createOptions(parent);
        error = new ErrorLine(parent);
        summary = new Label(parent, SWT.WRAP);
        summary.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        summary.setText(READY);
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 4).applyTo(summary);
        Composite body = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        createTree(body);
        createActions();
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(editorWatcher);
        showModel();
        showNetwork();
    }

    private void createInput(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(row);
        new Label(row, SWT.NONE).setText("&Address or domain:");
        address = new Combo(row, SWT.DROP_DOWN | SWT.BORDER);
        address.setItems(history.entries().toArray(String[]::new));
        address.setToolTipText("An email address such as alice@contoso.com, or a mail domain such as contoso.com;"
                + " Enter discovers");
        address.addSelectionListener(SelectionListener.widgetDefaultSelectedAdapter(event -> discover()));
        address.addModifyListener(event -> showError(null));
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(address);
        discover = button(row, "&Discover", this::discover);
        stop = button(row, "S&top", this::stop);
        stop.setEnabled(false);
        fromModel = button(row, "From the &Model \u25BE", this::showModelMenu);
        fromModel.setToolTipText("The mail domains and AutoDiscovery domains of the model in the active editor");
    }

    private void createOptions(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(16, 0).applyTo(row);
        https = new Button(row, SWT.CHECK);
        https.setText("&HTTPS requests");
        // Named for css/emw.css, which gives the box the colour its check mark needs under the theme.
        https.setData(CSS_ID, "EmwAutodiscoveryHttps");
        https.setToolTipText("Let providers make HTTPS requests (Exchange Autodiscover), never with credentials;"
                + " off: DNS only");
        httpRequests = settings.get(HTTPS_KEY) == null || settings.getBoolean(HTTPS_KEY);
        https.setSelection(httpRequests);
        https.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
            httpRequests = https.getSelection();
            settings.put(HTTPS_KEY, httpRequests);
        }));
        modelLabel = new Label(row, SWT.NONE);
        modelLabel.setToolTipText("Live answers are compared with what the model in the active deployment editor"
                + " expects (AD-007), and its AutoDiscovery claim tokens are looked for (AD-010)");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(modelLabel);
        networkLink = new Link(row, SWT.NONE);
        networkLink.setToolTipText("The DNS servers and timeouts of the Network preferences; click to change them");
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(networkLink);
        networkLink.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
            PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), NetworkPreferencePage.ID, null, null)
                    .open();
            showNetwork();
        }));
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> action.run()));
        GridDataFactory.fillDefaults().applyTo(button);
        return button;
    }

    private void createTree(Composite parent) {
        tree = new ReportTree(parent);
        viewer = tree.viewer();
        tree.column("Step", new ColumnWeightData(60, 200), SWT.LEFT, TraceNode.class, TraceNode::label, true);
        tree.column("Outcome", new ColumnWeightData(40, 120), SWT.LEFT, TraceNode.class, TraceNode::outcome, false);
        tree.column("Time", new ColumnPixelData(64), SWT.RIGHT, TraceNode.class,
                node -> node.time() == null ? "" : Durations.format(node.time()), false);
        viewer.addDoubleClickListener(event -> {
            Object first = viewer.getStructuredSelection().getFirstElement();
            if (first instanceof TraceNode node && !node.children().isEmpty()) {
                viewer.setExpandedState(node, !viewer.getExpandedState(node));
            }
        });
    }

    private void createActions() {
        copyTrace = tree.installCopy(getViewSite(), address, TraceNode.class, TraceText::of,
                () -> shown == null ? null : TraceText.of(shown), List.of(COPY_ACTION, COPY_TRACE_ACTION),
                "Copy Trace as &Text");
    }

    /**
     * Discovers for an address or a domain, as if the user had typed it and pressed Discover.
     *
     * @param text an email address or a domain
     * @return whether a run started; when not, the view says why under the field
     */
    public boolean discover(String text) {
        address.setText(text);
        return discover();
    }

    /**
     * Discovers for what the field holds; a run still going is cancelled first.
     *
     * @return whether a run started; when not, the view says why under the field
     */
    public boolean discover() {
        DiscoveryTarget target;
        try {
            target = DiscoveryTarget.parse(address.getText());
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return false;
        }
        String typed = address.getText().strip();
        history.remember(typed);
        address.setItems(history.entries().toArray(String[]::new));
        address.setText(typed);
        showError(null);
        if (running != null) {
            running.cancel();
        }
        ModelDomains model = showModel();
        DiscoverySettings discoverySettings = DiscoverySettings.from(showNetwork()).withHttp(httpRequests);
        DiscoveryContext context = model == null ? new DiscoveryContext(discoverySettings)
                : new DiscoveryContext(discoverySettings, model.expectations());
        DiscoveryJob job = new DiscoveryJob(AutodiscoveryProviders.service(), target, context,
                model == null ? null : model.model());
        Display display = viewer.getTree().getDisplay();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!display.isDisposed()) {
                    display.asyncExec(() -> finished(job));
                }
            }
        });
        running = job;
        shown = null;
        copyTrace.setEnabled(false);
        viewer.setInput(List.of());
        summary.setText("Discovering for " + target + "\u2026");
        discover.setEnabled(false);
        stop.setEnabled(true);
        getSite().getService(IWorkbenchSiteProgressService.class).schedule(job, 0, true);
        return true;
    }

    /** Stops the running discovery; the providers' trace so far is shown, marked cancelled. */
    public void stop() {
        if (running != null) {
            running.cancel();
            summary.setText("Stopping the discovery for " + running.target() + "\u2026");
        }
    }

    private void finished(DiscoveryJob job) {
        if (job != running || viewer.getTree().isDisposed()) {
            return;
        }
        running = null;
        discover.setEnabled(true);
        stop.setEnabled(false);
        show(job.outcome());
    }

    private void show(DiscoveryOutcome outcome) {
        shown = outcome;
        viewer.setInput(TraceNode.of(outcome.report()));
        viewer.expandAll();
        summary.setText(TraceSummary.of(outcome));
        summary.getParent().layout(true, true);
        copyTrace.setEnabled(true);
    }

    /**
     * Shows a sentence under the field, or hides it.
     *
     * @param message what is wrong, or {@code null}
     */
    public void showError(String message) {
        if (error != null) {
            error.show(message);
        }
    }

    /** Shows which model a run would be compared with; the model is read again for every run. */
    private ModelDomains showModel() {
        if (modelLabel == null || modelLabel.isDisposed()) {
            return null;
        }
        IEditorPart editor = getSite().getPage().getActiveEditor();
        ModelDomains model = ModelDomains.of(editor);
        if (model != null) {
            modelLabel.setText("Model: " + model.model());
        } else if (editor instanceof DeploymentEditor) {
            modelLabel.setText("Model: none (" + editor.getTitle() + " is not read)");
        } else {
            modelLabel.setText("Model: none (no deployment editor)");
        }
        fromModel.setEnabled(model != null && !model.domains().isEmpty());
        modelLabel.getParent().layout(true);
        return model;
    }

    /** Shows where DNS queries go, and returns the settings the next run will use. */
    private NetworkSettings showNetwork() {
        NetworkSettings network = NetworkSettings.read(InstanceScope.INSTANCE.getNode(SettingsNode.QUALIFIER));
        String servers = network.usesSystemResolver() ? "the system's resolver"
                : DnsServer.format(network.dnsServers());
        networkLink.setText("DNS: <a>" + servers + ", " + network.dnsTimeout().toSeconds() + " s, "
                + network.dnsRetries() + (network.dnsRetries() == 1 ? " retry" : " retries") + "</a>");
        networkLink.getParent().layout(true);
        return network;
    }

    private void showModelMenu() {
        ModelDomains model = showModel();
        if (modelMenu != null && !modelMenu.isDisposed()) {
            modelMenu.dispose();
        }
        modelMenu = new Menu(fromModel);
        for (ModelDomains.Domain domain : model == null ? List.<ModelDomains.Domain>of() : model.domains()) {
            MenuItem item = new MenuItem(modelMenu, SWT.PUSH);
            item.setText(domain.label());
            item.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> discover(domain.name())));
        }
        modelMenu.setLocation(fromModel.toDisplay(0, fromModel.getSize().y));
        modelMenu.setVisible(true);
    }

    @Override
    public void setFocus() {
        address.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorWatcher);
        if (running != null) {
            running.cancel();
            running = null;
        }
        super.dispose();
    }

    /** @return the address or domain field */
    public Combo addressField() {
        return address;
    }

    /** @return the Discover button */
    public Button discoverButton() {
        return discover;
    }

    /** @return the Stop button */
    public Button stopButton() {
        return stop;
    }

    /** @return the HTTPS requests check box */
    public Button httpsButton() {
        return https;
    }

    /** @return the From the Model button */
    public Button fromModelButton() {
        return fromModel;
    }

    /** @return the menu the From the Model button opened last, or {@code null} */
    public Menu modelMenu() {
        return modelMenu;
    }

    /** @return the line saying which model runs are compared with */
    public Label modelLabel() {
        return modelLabel;
    }

    /** @return the line under the field saying what is wrong with it; hidden when nothing is */
    public Label errorLabel() {
        return error.label();
    }

    /** @return the summary line above the trace */
    public Label summaryLabel() {
        return summary;
    }

    /** @return the trace */
    public TreeViewer viewer() {
        return viewer;
    }

    /** @return the outcome shown, or {@code null} before the first run ends and while one runs */
    public DiscoveryOutcome outcome() {
        return shown;
    }

    /** @return whether a discovery is running */
    public boolean isRunning() {
        return running != null;
    }
}
