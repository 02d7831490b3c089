/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage.Literals;
import org.emworkbench.model.deployment.RuleSuppression;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.markers.OnlineRun;
import org.emworkbench.ui.internal.markers.ProblemMarkers;

/**
 * The first page: the deployment's name, its server and how users enroll,
 * the validation state with a link to each problem and its rule, and links
 * to the other pages.
 */
public final class OverviewPage extends DeploymentFormPage {

    /** The page id. */
    public static final String ID = "overview";

    /** How many problems the page lists before it refers to the Problems view. */
    static final int PROBLEMS_LISTED = 25;

    private FormText problemList;
    private List<IMarker> listedProblems = List.of();
    private String problemMarkup = "";

    /** @param editor the editor */
    public OverviewPage(DeploymentEditor editor) {
        super(editor, ID, "Overview");
    }

    @Override
    public boolean covers(String objectPath) {
        return objectPath.equals("/") || objectPath.equals("/server") || objectPath.startsWith("/enrollment")
                || objectPath.startsWith("/ruleSuppressions");
    }

    @Override
    protected void createContent(FormToolkit toolkit, Composite body) {
        columns(body, 2);
        Composite left = column(toolkit, body);
        Composite right = column(toolkit, body);

        Composite general = section(toolkit, left, "General Information",
                "The customer's deployment, as reports and exports name it.", 2);
        track(new AttributeField(editor, toolkit, general, "Name:", Literals.DEPLOYMENT__NAME,
                OwnerSource.of(editor::deployment)));
        track(new AttributeField(editor, toolkit, general, "Notes:", Literals.DEPLOYMENT__DESCRIPTION,
                OwnerSource.of(editor::deployment), SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));

        OwnerSource server = OwnerSource.path(editor::deployment, Literals.DEPLOYMENT__SERVER);
        Composite serverClient = section(toolkit, left, "Endpoint Management Server",
                "The server users enroll against and its version (Settings in the console).", 2);
        track(new AttributeField(editor, toolkit, serverClient, "FQDN:",
                Literals.ENDPOINT_MANAGEMENT_SERVER__FQDN, server));
        track(new AttributeField(editor, toolkit, serverClient, "Version:",
                Literals.ENDPOINT_MANAGEMENT_SERVER__VERSION, server));
        track(new AttributeField(editor, toolkit, serverClient, "Instance name:",
                Literals.ENDPOINT_MANAGEMENT_SERVER__INSTANCE_NAME, server));
        track(new AttributeField(editor, toolkit, serverClient, "HTTPS port:",
                Literals.ENDPOINT_MANAGEMENT_SERVER__HTTPS_PORT, server));
        track(new AttributeField(editor, toolkit, serverClient, "Console port:",
                Literals.ENDPOINT_MANAGEMENT_SERVER__CONSOLE_PORT, server));

        Composite contents = section(toolkit, left, "Deployment Content",
                "The rest of the deployment is edited on these pages:", 1);
        FormText links = toolkit.createFormText(contents, true);
        links.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        links.setText("<form>"
                + "<li><a href=\"" + PropertiesPage.ID + "\">Properties</a>: client and server properties.</li>"
                + "<li><a href=\"" + AppsPage.ID + "\">Apps &amp; Policies</a>: MDX apps, their policy catalogues and the values set.</li>"
                + "<li><a href=\"" + DeliveryGroupsPage.ID + "\">Delivery Groups</a>: who gets which apps.</li>"
                + "<li><a href=\"" + ExchangePage.ID + "\">Exchange &amp; DNS</a>: mail domains, Exchange sign-in, SRV records.</li>"
                + "<li><a href=\"" + DirectoryPage.ID + "\">Directory &amp; Personas</a>: LDAP servers and test users.</li>"
                + "</form>", true, false);
        links.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                editor.setActivePage((String) event.getHref());
            }
        });

        OwnerSource enrollment = OwnerSource.path(editor::deployment, Literals.DEPLOYMENT__ENROLLMENT);
        Composite enrollmentClient = section(toolkit, right, "Enrollment",
                "How users enroll in Secure Hub.", 2);
        track(new EnumSetField(editor, toolkit, enrollmentClient,
                List.of("Email address, with AutoDiscovery", "Server address, typed by the user",
                        "Server address, passed on by Secure Hub"),
                Literals.ENROLLMENT__METHODS, enrollment));
        toolkit.createLabel(enrollmentClient, "AutoDiscovery registrations (one per email domain):")
                .setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Composite registrations = toolkit.createComposite(enrollmentClient);
        registrations.setLayout(new GridLayout());
        registrations.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        track(new ObjectTable(editor, toolkit, registrations, enrollment,
                Literals.ENROLLMENT__AUTO_DISCOVERY_REGISTRATIONS, false, List.of(
                        ObjectTable.Column.of("Email domain", Literals.AUTO_DISCOVERY_REGISTRATION__DOMAIN, 130),
                        ObjectTable.Column.of("Server FQDN", Literals.AUTO_DISCOVERY_REGISTRATION__SERVER_FQDN, 150),
                        ObjectTable.Column.of("Instance", Literals.AUTO_DISCOVERY_REGISTRATION__INSTANCE_NAME, 70),
                        ObjectTable.Column.of("User id", Literals.AUTO_DISCOVERY_REGISTRATION__USER_ID_TYPE, 70))))
                .adding(this::newRegistration);

        Composite validation = section(toolkit, right, "Validation",
                "The offline rules run as you type. Click a problem to go to its object, or its rule to read why.", 1);
        problemList = toolkit.createFormText(validation, true);
        problemList.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ISharedImages images = editor.getSite().getWorkbenchWindow().getWorkbench().getSharedImages();
        problemList.setImage("error", images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
        problemList.setImage("warning", images.getImage(ISharedImages.IMG_OBJS_WARN_TSK));
        problemList.setImage("info", images.getImage(ISharedImages.IMG_OBJS_INFO_TSK));
        problemList.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                problemLinkActivated((String) event.getHref());
            }
        });
        track(this::showProblems);

        Composite suppressions = section(toolkit, right, "Rule Suppressions",
                "Rules switched off for this model only, each with the reason (an empty object path: everywhere).",
                1);
        track(new ObjectTable(editor, toolkit, suppressions, OwnerSource.of(editor::deployment),
                Literals.DEPLOYMENT__RULE_SUPPRESSIONS, false, List.of(
                        ObjectTable.Column.of("Rule", Literals.RULE_SUPPRESSION__RULE_ID, 80),
                        ObjectTable.Column.of("Object path", Literals.RULE_SUPPRESSION__OBJECT_PATH, 160),
                        ObjectTable.Column.of("Reason", Literals.RULE_SUPPRESSION__REASON, 200))))
                .adding(() -> {
                    RuleSuppression suppression = DeploymentFactory.eINSTANCE.createRuleSuppression();
                    suppression.setRuleId("SSO-");
                    suppression.setReason("Why the rule does not apply to this deployment");
                    return suppression;
                });
    }

    private static Composite column(FormToolkit toolkit, Composite body) {
        Composite column = toolkit.createComposite(body);
        GridLayout layout = new GridLayout();
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 12;
        column.setLayout(layout);
        column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return column;
    }

    private EObject newRegistration() {
        AutoDiscoveryRegistration registration = DeploymentFactory.eINSTANCE.createAutoDiscoveryRegistration();
        List<String> taken = editor.deployment().getEnrollment() == null ? List.of()
                : editor.deployment().getEnrollment().getAutoDiscoveryRegistrations().stream()
                        .map(AutoDiscoveryRegistration::getDomain).toList();
        registration.setDomain(Names.unique("example.com", taken));
        if (editor.deployment().getServer() != null) {
            registration.setServerFqdn(editor.deployment().getServer().getFqdn());
        }
        return registration;
    }

    private void showProblems() {
        IFile file = editor.getWorkspaceFile();
        List<IMarker> markers = new ArrayList<>();
        if (file != null && file.exists()) {
            try {
                markers.addAll(Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO)));
            } catch (CoreException e) {
                // The file went away: nothing to list.
            }
        }
        markers.sort(Comparator.comparingInt((IMarker marker) -> -marker.getAttribute(IMarker.SEVERITY, 0))
                .thenComparing(marker -> marker.getAttribute(ProblemMarkers.RULE_ID, ""))
                .thenComparing(marker -> marker.getAttribute(ProblemMarkers.OBJECT_PATH, "")));
        listedProblems = markers.subList(0, Math.min(PROBLEMS_LISTED, markers.size()));
        long notChecked = markers.stream().filter(ProblemMarkers::isNotChecked).count();
        long errors = markers.stream()
                .filter(marker -> !ProblemMarkers.isNotChecked(marker) && severity(marker) == IMarker.SEVERITY_ERROR)
                .count();
        long warnings = markers.stream()
                .filter(marker -> !ProblemMarkers.isNotChecked(marker) && severity(marker) == IMarker.SEVERITY_WARNING)
                .count();
        StringBuilder text = new StringBuilder("<form>");
        if (file == null) {
            text.append("<p>Problems are shown for models in the workspace.</p>");
        } else if (markers.isEmpty()) {
            text.append("<p>No problems: every offline rule holds.</p>");
        } else {
            text.append("<p><b>").append(errors).append(errors == 1 ? " error" : " errors").append(", ")
                    .append(warnings).append(warnings == 1 ? " warning" : " warnings")
                    .append(notChecked == 0 ? "" : ", " + notChecked + " online check" + (notChecked == 1 ? "" : "s")
                            + " not made")
                    .append("</b></p>");
        }
        for (int index = 0; index < listedProblems.size(); index++) {
            IMarker marker = listedProblems.get(index);
            String rule = marker.getAttribute(ProblemMarkers.RULE_ID, "");
            text.append("<li style=\"image\" value=\"").append(imageKey(severity(marker))).append("\">")
                    .append("<a href=\"rule:").append(escape(rule)).append("\">").append(escape(rule)).append("</a> ")
                    .append("<a href=\"problem:").append(index).append("\">")
                    .append(escape(message(marker, rule))).append("</a></li>");
        }
        if (markers.size() > listedProblems.size()) {
            text.append("<p>").append(markers.size() - listedProblems.size())
                    .append(" more in the Problems view.</p>");
        }
        if (file != null) {
            // Passing online checks leave no marker: only the run's summary says that they ran.
            OnlineRun online = OnlineRun.of(file);
            text.append("<p>").append(escape(online != null ? online.text()
                    : "Online rules have not run on this model in this session: Deployment > Validate Online."))
                    .append("</p>");
        }
        text.append("</form>");
        problemMarkup = text.toString();
        problemList.setText(problemMarkup, true, false);
    }

    private static int severity(IMarker marker) {
        return marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
    }

    private static String imageKey(int severity) {
        return switch (severity) {
            case IMarker.SEVERITY_ERROR -> "error";
            case IMarker.SEVERITY_WARNING -> "warning";
            default -> "info";
        };
    }

    private static String message(IMarker marker, String rule) {
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        return message.startsWith(rule + ": ") ? message.substring(rule.length() + 2) : message;
    }

    private void problemLinkActivated(String href) {
        if (href.startsWith("rule:")) {
            RuleLinks.show(editor, href.substring("rule:".length()));
        } else if (href.startsWith("problem:")) {
            int index = Integer.parseInt(href.substring("problem:".length()));
            if (index < listedProblems.size()) {
                EObject object = editor.find(listedProblems.get(index).getAttribute(ProblemMarkers.OBJECT_PATH, null));
                if (object != null) {
                    editor.reveal(object);
                }
            }
        }
    }

    /** @return the markup of the problem list: the summary and a link per problem */
    public String problemListText() {
        return problemMarkup;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
