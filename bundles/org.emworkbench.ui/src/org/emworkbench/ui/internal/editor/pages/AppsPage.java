/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage.Literals;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyValueBinding;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/**
 * The MDX apps (master) and, for the selected app, its details and its
 * policies against the app's catalogue (details). "Import .mdx..." reads an
 * app's catalogue from its .mdx file. Under them, the policy bindings that
 * tell the rules which policy means what.
 */
public final class AppsPage extends DeploymentFormPage {

    /** The page id. */
    public static final String ID = "apps";

    private ObjectTable apps;
    private ObjectTable bindings;
    private PolicyTable policies;

    /** @param editor the editor */
    public AppsPage(DeploymentEditor editor) {
        super(editor, ID, "Apps & Policies");
    }

    @Override
    public boolean covers(String objectPath) {
        return objectPath.startsWith("/applications") || objectPath.startsWith("/policyBindings");
    }

    @Override
    protected void createContent(FormToolkit toolkit, Composite body) {
        columns(body, 2);
        Composite master = section(toolkit, body, "MDX Apps",
                "The apps uploaded to the server. Import an app's .mdx file to get its policy catalogue.", 1);
        apps = track(new ObjectTable(editor, toolkit, master, OwnerSource.of(editor::deployment),
                Literals.DEPLOYMENT__APPLICATIONS, false, List.of(
                        ObjectTable.Column.of("Name", Literals.MDX_APPLICATION__NAME, 150),
                        ObjectTable.Column.of("Platform", Literals.MDX_APPLICATION__PLATFORM, 70),
                        ObjectTable.Column.of("Role", Literals.MDX_APPLICATION__ROLE, 90),
                        ObjectTable.Column.of("Version", Literals.MDX_APPLICATION__VERSION, 70))))
                .adding(this::newApp);
        apps.addButton(toolkit, "Import .mdx...", () -> new MdxImport(editor, this::select).run());

        Composite details = section(toolkit, body, "App Details",
                "The selected app. Its role tells EMW's rules which app is Secure Mail and which is Secure Hub.", 2);
        OwnerSource selected = OwnerSource.of(apps::selected);
        track(new AttributeField(editor, toolkit, details, "Name:", Literals.MDX_APPLICATION__NAME, selected));
        track(new AttributeField(editor, toolkit, details, "Platform:", Literals.MDX_APPLICATION__PLATFORM, selected));
        track(new AttributeField(editor, toolkit, details, "Role:", Literals.MDX_APPLICATION__ROLE, selected));
        track(new AttributeField(editor, toolkit, details, "Package id:", Literals.MDX_APPLICATION__PACKAGE_ID,
                selected));
        track(new AttributeField(editor, toolkit, details, "Version:", Literals.MDX_APPLICATION__VERSION, selected));
        track(new AttributeField(editor, toolkit, details, "Imported from:", Literals.MDX_APPLICATION__SOURCE_FILE,
                selected));
        toolkit.createLabel(details, "Policies (empty value: the app's default applies):")
                .setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Composite policyArea = toolkit.createComposite(details);
        policyArea.setLayout(new GridLayout());
        policyArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        policies = track(new PolicyTable(editor, toolkit, policyArea,
                () -> apps.selected() instanceof MdxApplication app ? app : null));
        apps.onSelection(app -> refresh());
        createBindings(toolkit, body);
    }

    /**
     * Which policy of which kind of app means what to the rules: the internal
     * policy names of Citrix apps are not public, so the consultant binds the
     * names the imported catalogue declares.
     */
    private void createBindings(FormToolkit toolkit, Composite body) {
        Composite bindingsClient = section(toolkit, body, "Policy Bindings",
                "What EMW's rules look for in an app's policies. Bind the policy names the imported .mdx "
                        + "declares (Ctrl+Space lists them), and the values that mean a user's email address, "
                        + "userPrincipalName or sAMAccountName.", 2);
        bindingsClient.getParent().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Composite left = toolkit.createComposite(bindingsClient);
        left.setLayout(new GridLayout());
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        bindings = track(new ObjectTable(editor, toolkit, left, OwnerSource.of(editor::deployment),
                Literals.DEPLOYMENT__POLICY_BINDINGS, false, List.of(
                        ObjectTable.Column.of("App", Literals.POLICY_BINDING__APP_ROLE, 90),
                        ObjectTable.Column.of("Policy name", Literals.POLICY_BINDING__POLICY_NAME, 200)
                                .withProposals(new BindingProposals(editor::deployment,
                                        () -> bindings.selected() instanceof PolicyBinding binding
                                                ? binding.getAppRole() : null)),
                        ObjectTable.Column.of("Meaning", Literals.POLICY_BINDING__MEANING, 200))))
                .adding(this::newBinding);
        Composite right = toolkit.createComposite(bindingsClient);
        right.setLayout(new GridLayout());
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        toolkit.createLabel(right, "Values of the selected binding:");
        track(new ObjectTable(editor, toolkit, right, OwnerSource.of(bindings::selected),
                Literals.POLICY_BINDING__VALUE_BINDINGS, false, List.of(
                        ObjectTable.Column.of("Value", Literals.POLICY_VALUE_BINDING__VALUE, 160),
                        ObjectTable.Column.of("Meaning", Literals.POLICY_VALUE_BINDING__MEANING, 160))))
                .adding(() -> {
                    PolicyValueBinding value = DeploymentFactory.eINSTANCE.createPolicyValueBinding();
                    value.setValue(Names.unique("value", ((PolicyBinding) bindings.selected()).getValueBindings()
                            .stream().map(PolicyValueBinding::getValue).toList()));
                    return value;
                });
        bindings.onSelection(binding -> refresh());
    }

    private EObject newBinding() {
        PolicyBinding binding = DeploymentFactory.eINSTANCE.createPolicyBinding();
        binding.setAppRole(AppRole.SECURE_MAIL);
        binding.setPolicyName(Names.unique("PolicyName", editor.deployment().getPolicyBindings().stream()
                .filter(existing -> existing.getAppRole() == AppRole.SECURE_MAIL).map(PolicyBinding::getPolicyName)
                .toList()));
        return binding;
    }

    private EObject newApp() {
        MdxApplication app = DeploymentFactory.eINSTANCE.createMdxApplication();
        app.setPlatform(Platform.IOS);
        app.setName(Names.unique("New App", editor.deployment().getApplications().stream()
                .filter(existing -> existing.getPlatform() == Platform.IOS).map(MdxApplication::getName).toList()));
        return app;
    }

    private void select(MdxApplication app) {
        apps.refresh();
        apps.select(app);
    }

    @Override
    public void reveal(EObject object) {
        if (enclosing(object, PolicyBinding.class) instanceof PolicyBinding binding) {
            bindings.select(binding);
            return;
        }
        if (enclosing(object, MdxApplication.class) instanceof MdxApplication app) {
            apps.select(app);
            if (object != app) {
                policies.getViewer().getTable().setFocus();
                for (PolicyRow row : PolicyRow.of(app)) {
                    if (row.value() == object || row.definition() == object || row.definition() != null
                            && object.eContainer() == row.definition()) {
                        policies.getViewer().setSelection(new StructuredSelection(row), true);
                    }
                }
            }
        }
    }

    /** @return the table of policy bindings */
    public ObjectTable getBindings() {
        return bindings;
    }

    /** @return the table of apps */
    public ObjectTable getApps() {
        return apps;
    }
}
