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
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage.Literals;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/**
 * The MDX apps (master) and, for the selected app, its details and its
 * policies against the app's catalogue (details). "Import .mdx..." reads an
 * app's catalogue from its .mdx file.
 */
public final class AppsPage extends DeploymentFormPage {

    /** The page id. */
    public static final String ID = "apps";

    private ObjectTable apps;
    private PolicyTable policies;

    /** @param editor the editor */
    public AppsPage(DeploymentEditor editor) {
        super(editor, ID, "Apps & Policies");
    }

    @Override
    public boolean covers(String objectPath) {
        return objectPath.startsWith("/applications");
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

    /** @return the table of apps */
    public ObjectTable getApps() {
        return apps;
    }
}
