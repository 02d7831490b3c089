/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/**
 * A check box per literal of a multi-valued enumeration attribute, such as
 * the enrollment methods a deployment offers. Checking adds the literal,
 * unchecking removes it; each is one command.
 */
public final class EnumSetField implements Refreshable {

    private final DeploymentEditor editor;
    private final EAttribute attribute;
    private final OwnerSource owner;
    private final List<Button> checks = new ArrayList<>();
    private final List<Enumerator> literals = new ArrayList<>();

    /**
     * @param editor    the editor changes go through
     * @param toolkit   the form's toolkit
     * @param parent    where the check boxes go (they span two grid columns)
     * @param labels    the text of each literal's check box, in the order of the literals
     * @param attribute a multi-valued enumeration attribute
     * @param owner     the object whose attribute it is
     */
    public EnumSetField(DeploymentEditor editor, FormToolkit toolkit, Composite parent, List<String> labels,
            EAttribute attribute, OwnerSource owner) {
        this.editor = editor;
        this.attribute = attribute;
        this.owner = owner;
        Composite boxes = toolkit.createComposite(parent);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        boxes.setLayout(layout);
        boxes.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        List<EEnumLiteral> enumLiterals = ((EEnum) attribute.getEAttributeType()).getELiterals();
        for (int index = 0; index < enumLiterals.size(); index++) {
            Enumerator literal = enumLiterals.get(index).getInstance();
            Button check = toolkit.createButton(boxes, index < labels.size() ? labels.get(index) : literal.getLiteral(),
                    SWT.CHECK);
            check.setToolTipText(Objects.requireNonNullElse(EcoreUtil.getDocumentation(attribute), ""));
            check.addListener(SWT.Selection, event -> toggle(literal, check.getSelection()));
            checks.add(check);
            literals.add(literal);
        }
    }

    @Override
    public void refresh() {
        EObject current = owner.find();
        List<?> values = current == null ? List.of() : (List<?>) current.eGet(attribute);
        for (int index = 0; index < checks.size(); index++) {
            checks.get(index).setSelection(values.contains(literals.get(index)));
            checks.get(index).setEnabled(current != null || owner.canCreate());
        }
    }

    private void toggle(Enumerator literal, boolean checked) {
        CompoundCommand command = new CompoundCommand((checked ? "Add " : "Remove ") + literal.getLiteral());
        EObject current = owner.find();
        if (current == null) {
            current = owner.create(editor.getEditingDomain(), command);
        }
        if (current == null) {
            return;
        }
        List<?> values = (List<?>) current.eGet(attribute);
        if (checked && !values.contains(literal)) {
            command.append(AddCommand.create(editor.getEditingDomain(), current, attribute, literal));
        } else if (!checked && values.contains(literal)) {
            command.append(RemoveCommand.create(editor.getEditingDomain(), current, attribute, literal));
        }
        if (!editor.execute(command.unwrap())) {
            refresh();
        }
    }
}
