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
import java.util.StringJoiner;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.emworkbench.ui.internal.editor.DeploymentEditor;
import org.emworkbench.ui.internal.editor.FeatureValues;

/**
 * A label and a control for one single-valued attribute: a text for typed
 * values, a check box for booleans, a list for enumerations. A text commits
 * when the user presses Enter, leaves the field, or stops typing for
 * {@value #COMMIT_DELAY_MILLIS} ms, so that validation follows the typing;
 * text the attribute's type cannot hold is marked on the field and not
 * committed. The tool tip is the attribute's documentation from the model.
 */
public final class AttributeField implements Refreshable {

    /** How long typing pauses before the text is committed. */
    public static final int COMMIT_DELAY_MILLIS = 700;

    private final DeploymentEditor editor;
    private final EAttribute attribute;
    private final OwnerSource owner;
    private final Control control;
    private final ControlDecoration decoration;
    private final Runnable delayedCommit = this::commitText;
    private boolean showing;
    private String shownText;

    /**
     * Creates the label and the control in a two-column grid.
     *
     * @param editor    the editor changes go through
     * @param toolkit   the form's toolkit
     * @param parent    a composite with a two-column grid layout
     * @param label     the label, e.g. "FQDN:"
     * @param attribute the attribute edited
     * @param owner     the object whose attribute it is
     */
    public AttributeField(DeploymentEditor editor, FormToolkit toolkit, Composite parent, String label,
            EAttribute attribute, OwnerSource owner) {
        this(editor, toolkit, parent, label, attribute, owner, SWT.SINGLE);
    }

    /**
     * Creates the label and the control in a two-column grid; a multi-valued
     * text attribute is edited as its values separated by {@value ObjectTable#LIST_SEPARATOR}.
     *
     * @param editor    the editor changes go through
     * @param toolkit   the form's toolkit
     * @param parent    a composite with a two-column grid layout
     * @param label     the label, e.g. "FQDN:"
     * @param attribute the attribute edited
     * @param owner     the object whose attribute it is
     * @param textStyle {@link SWT#SINGLE}, or {@link SWT#MULTI} with {@link SWT#WRAP} for long text
     */
    public AttributeField(DeploymentEditor editor, FormToolkit toolkit, Composite parent, String label,
            EAttribute attribute, OwnerSource owner, int textStyle) {
        this.editor = editor;
        this.attribute = attribute;
        this.owner = owner;
        String help = Objects.requireNonNullElse(EcoreUtil.getDocumentation(attribute), "");
        Label caption = toolkit.createLabel(parent, label);
        caption.setToolTipText(help);
        caption.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        if (FeatureValues.isBoolean(attribute) && !attribute.isMany()) {
            Button check = toolkit.createButton(parent, "", SWT.CHECK);
            check.addListener(SWT.Selection, event -> commit(check.getSelection()));
            control = check;
        } else if (!FeatureValues.isTyped(attribute) && !attribute.isMany()) {
            Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            toolkit.adapt(combo, true, false);
            combo.add("");
            FeatureValues.choices(attribute).forEach(choice -> combo.add(FeatureValues.toText(attribute, choice)));
            combo.addListener(SWT.Selection, event -> {
                int index = combo.getSelectionIndex();
                commit(index <= 0 ? null : FeatureValues.choices(attribute).get(index - 1));
            });
            control = combo;
        } else {
            Text text = toolkit.createText(parent, "", textStyle);
            text.addListener(SWT.Modify, event -> textModified());
            text.addListener(SWT.DefaultSelection, event -> commitText());
            if ((textStyle & SWT.MULTI) != 0) {
                // Tab moves on instead of typing a tab character.
                text.addListener(SWT.Traverse, event -> {
                    if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                        event.doit = true;
                    }
                });
            }
            text.addListener(SWT.FocusOut, event -> commitText());
            control = text;
        }
        control.setToolTipText(help);
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        if ((textStyle & SWT.MULTI) != 0 && control instanceof Text) {
            layout.heightHint = 60;
            layout.widthHint = 100;
            layout.verticalAlignment = SWT.FILL;
        }
        control.setLayoutData(layout);
        control.setData(AttributeField.class.getName(), attribute.getName());
        control.addListener(SWT.FocusIn, event -> {
            EObject current = owner.find();
            if (current != null) {
                editor.selectionChanged(new StructuredSelection(current));
            }
        });
        decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault()
                .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        decoration.hide();
    }

    /** @return the control that edits the value */
    public Control getControl() {
        return control;
    }

    @Override
    public void refresh() {
        EObject current = owner.find();
        Object value = current == null ? null : current.eGet(attribute);
        showing = true;
        try {
            if (control instanceof Button check) {
                check.setSelection(Boolean.TRUE.equals(value));
            } else if (control instanceof Combo combo) {
                boolean set = current != null && (!attribute.isUnsettable() || current.eIsSet(attribute));
                combo.select(set ? FeatureValues.choices(attribute).indexOf(value) + 1 : 0);
            } else if (control instanceof Text text) {
                String newText = textOf(value);
                // A text being typed into keeps what the user typed until it is committed.
                if (!(text.isFocusControl() && !text.getText().equals(shownText)) && !text.getText().equals(newText)) {
                    text.setText(newText);
                }
                shownText = newText;
            }
        } finally {
            showing = false;
        }
        control.setEnabled(current != null || owner.canCreate());
    }

    private String textOf(Object value) {
        if (!attribute.isMany()) {
            return FeatureValues.toText(attribute, value);
        }
        StringJoiner joined = new StringJoiner(ObjectTable.LIST_SEPARATOR);
        for (Object each : value == null ? List.of() : (List<?>) value) {
            joined.add(FeatureValues.toText(attribute, each));
        }
        return joined.toString();
    }

    private Object valueOf(String text) {
        if (!attribute.isMany()) {
            return FeatureValues.fromText(attribute, text);
        }
        List<Object> values = new ArrayList<>();
        for (String part : text.split(ObjectTable.LIST_SEPARATOR.strip())) {
            if (!part.isBlank()) {
                values.add(FeatureValues.fromText(attribute, part.strip()));
            }
        }
        return values;
    }

    private void textModified() {
        if (showing) {
            return;
        }
        validate(((Text) control).getText());
        control.getDisplay().timerExec(-1, delayedCommit);
        control.getDisplay().timerExec(COMMIT_DELAY_MILLIS, delayedCommit);
    }

    private boolean validate(String text) {
        try {
            valueOf(text);
            decoration.hide();
            return true;
        } catch (IllegalArgumentException e) {
            decoration.setDescriptionText(e.getMessage());
            decoration.show();
            return false;
        }
    }

    private void commitText() {
        if (control.isDisposed()) {
            return;
        }
        control.getDisplay().timerExec(-1, delayedCommit);
        String text = ((Text) control).getText();
        if (text.equals(shownText) || !validate(text)) {
            return;
        }
        shownText = text;
        commit(valueOf(text));
    }

    private void commit(Object value) {
        if (showing) {
            return;
        }
        CompoundCommand command = new CompoundCommand("Set " + attribute.getName());
        EObject current = owner.find();
        if (current == null) {
            current = owner.create(editor.getEditingDomain(), command);
            if (current == null) {
                return;
            }
        } else if (attribute.isMany() ? current.eGet(attribute).equals(value) : Objects.equals(current.eGet(attribute), value)
                && (!attribute.isUnsettable() || current.eIsSet(attribute) == (value != null))) {
            return;
        }
        boolean unset = value == null && (attribute.isUnsettable() || attribute.getDefaultValueLiteral() != null);
        command.append(SetCommand.create(editor.getEditingDomain(), current, attribute,
                unset ? SetCommand.UNSET_VALUE : value));
        editor.execute(command.unwrap());
    }
}
