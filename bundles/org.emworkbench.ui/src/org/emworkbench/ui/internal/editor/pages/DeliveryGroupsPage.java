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
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage.Literals;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.ResourceAssignment;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/**
 * The delivery groups (master) and, for the selected group, who is in it and
 * which apps, device policies and smart actions it delivers (details).
 */
public final class DeliveryGroupsPage extends DeploymentFormPage {

    /** The page id. */
    public static final String ID = "deliveryGroups";

    private ObjectTable groups;

    /** @param editor the editor */
    public DeliveryGroupsPage(DeploymentEditor editor) {
        super(editor, ID, "Delivery Groups");
    }

    @Override
    public boolean covers(String objectPath) {
        return objectPath.startsWith("/deliveryGroups");
    }

    @Override
    protected void createContent(FormToolkit toolkit, Composite body) {
        columns(body, 2);
        Composite master = section(toolkit, body, "Delivery Groups",
                "Which users receive which apps. AllUsers is built in: it can be disabled, not deleted.", 1);
        groups = track(new ObjectTable(editor, toolkit, master, OwnerSource.of(editor::deployment),
                Literals.DEPLOYMENT__DELIVERY_GROUPS, false, List.of(
                        ObjectTable.Column.of("Name", Literals.DELIVERY_GROUP__NAME, 170),
                        ObjectTable.Column.of("Enabled", Literals.DELIVERY_GROUP__ENABLED, 70),
                        ObjectTable.Column.of("Built in", Literals.DELIVERY_GROUP__BUILT_IN, 70).readOnly())))
                .adding(this::newGroup);

        Composite details = section(toolkit, body, "Group Details", null, 2);
        OwnerSource selected = OwnerSource.of(groups::selected);
        track(new AttributeField(editor, toolkit, details, "Name:", Literals.DELIVERY_GROUP__NAME, selected));
        track(new AttributeField(editor, toolkit, details, "Description:", Literals.DELIVERY_GROUP__DESCRIPTION,
                selected));
        track(new AttributeField(editor, toolkit, details, "Enabled:", Literals.DELIVERY_GROUP__ENABLED, selected));
        track(new AttributeField(editor, toolkit, details, "Membership rules:",
                Literals.DELIVERY_GROUP__MEMBERSHIP_RULES, selected, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));

        label(toolkit, details, "Apps (required apps install without asking; lower priority numbers deploy first):");
        track(new ObjectTable(editor, toolkit, area(toolkit, details), selected, Literals.DELIVERY_GROUP__APPLICATIONS,
                true, List.of(
                        ObjectTable.Column.of("App", Literals.APP_ASSIGNMENT__APPLICATION, 190)
                                .withChoices(row -> List.copyOf(editor.deployment().getApplications())),
                        ObjectTable.Column.of("Required", Literals.APP_ASSIGNMENT__REQUIRED, 70),
                        ObjectTable.Column.of("Priority", Literals.APP_ASSIGNMENT__PRIORITY, 60))))
                .adding(this::newAssignment);
        label(toolkit, details, "Users:");
        track(principals(toolkit, details, selected, Literals.DELIVERY_GROUP__USERS));
        label(toolkit, details, "Directory groups:");
        track(principals(toolkit, details, selected, Literals.DELIVERY_GROUP__GROUPS));
        label(toolkit, details, "Device policies:");
        track(resources(toolkit, details, selected, Literals.DELIVERY_GROUP__DEVICE_POLICIES, "New Policy"));
        label(toolkit, details, "Smart actions:");
        track(resources(toolkit, details, selected, Literals.DELIVERY_GROUP__SMART_ACTIONS, "New Action"));
        groups.onSelection(group -> refresh());
    }

    private static void label(FormToolkit toolkit, Composite details, String text) {
        toolkit.createLabel(details, text).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    private static Composite area(FormToolkit toolkit, Composite details) {
        Composite area = toolkit.createComposite(details);
        GridLayout layout = new GridLayout();
        layout.marginHeight = 0;
        area.setLayout(layout);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        return area;
    }

    private ObjectTable principals(FormToolkit toolkit, Composite details, OwnerSource group,
            EReference reference) {
        ObjectTable table = new ObjectTable(editor, toolkit, area(toolkit, details), group, reference, false, List.of(
                ObjectTable.Column.of("Domain", Literals.DIRECTORY_PRINCIPAL__DOMAIN_NAME, 110),
                ObjectTable.Column.of("Unique id", Literals.DIRECTORY_PRINCIPAL__UNIQUE_ID, 150),
                ObjectTable.Column.of("Name", Literals.DIRECTORY_PRINCIPAL__NAME, 150)));
        return table.adding(() -> {
            DirectoryPrincipal principal = DeploymentFactory.eINSTANCE.createDirectoryPrincipal();
            DeliveryGroup owner = (DeliveryGroup) group.find();
            List<?> existing = (List<?>) owner.eGet(reference);
            principal.setUniqueId(Names.unique("new", existing.stream()
                    .map(each -> ((DirectoryPrincipal) each).getUniqueId()).toList()));
            return principal;
        });
    }

    private ObjectTable resources(FormToolkit toolkit, Composite details, OwnerSource group,
            EReference reference, String base) {
        return new ObjectTable(editor, toolkit, area(toolkit, details), group, reference, true, List.of(
                ObjectTable.Column.of("Name", Literals.RESOURCE_ASSIGNMENT__NAME, 220),
                ObjectTable.Column.of("Priority", Literals.RESOURCE_ASSIGNMENT__PRIORITY, 60))).adding(() -> {
                    ResourceAssignment resource = DeploymentFactory.eINSTANCE.createResourceAssignment();
                    List<?> existing = (List<?>) group.find().eGet(reference);
                    resource.setName(Names.unique(base, existing.stream()
                            .map(each -> ((ResourceAssignment) each).getName()).toList()));
                    return resource;
                });
    }

    private EObject newGroup() {
        DeliveryGroup group = DeploymentFactory.eINSTANCE.createDeliveryGroup();
        group.setName(Names.unique("New Group", editor.deployment().getDeliveryGroups().stream()
                .map(DeliveryGroup::getName).toList()));
        return group;
    }

    private EObject newAssignment() {
        AppAssignment assignment = DeploymentFactory.eINSTANCE.createAppAssignment();
        DeliveryGroup group = (DeliveryGroup) groups.selected();
        List<MdxApplication> assigned = group.getApplications().stream().map(AppAssignment::getApplication).toList();
        editor.deployment().getApplications().stream().filter(app -> !assigned.contains(app)).findFirst()
                .ifPresent(assignment::setApplication);
        return assignment;
    }

    @Override
    public void reveal(EObject object) {
        EObject group = enclosing(object, DeliveryGroup.class);
        if (group != null) {
            groups.select(group);
        }
    }
}
