/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows and edits a model object's properties in the Properties view, from
 * its EMF.Edit property descriptors (EMF's own adapter, in
 * org.eclipse.emf.edit.ui, is not published to Maven Central). Text-typed
 * attributes get a text cell that refuses what the type cannot hold;
 * enumerations, booleans and references get a list of their choices. Every
 * change is a command on the editor's command stack. Multi-valued features
 * are shown, not edited here: the form pages edit them.
 */
final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;
    private final EditingDomain domain;

    private ItemPropertySource(Object object, IItemPropertySource source, EditingDomain domain) {
        this.object = object;
        this.source = source;
        this.domain = domain;
    }

    /**
     * @param adapterFactory the item providers to read properties from
     * @param domain         the editing domain changes go through
     * @return a provider for the Properties view
     */
    static IPropertySourceProvider provider(AdapterFactory adapterFactory, EditingDomain domain) {
        return object -> adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source
                ? new ItemPropertySource(object, source, domain)
                : null;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (IItemPropertyDescriptor item : source.getPropertyDescriptors(object)) {
            descriptors.add(new EditablePropertyDescriptor(item));
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        if (item == null) {
            return null;
        }
        Object value = unwrapped(item.getPropertyValue(object));
        EStructuralFeature feature = featureOf(item);
        if (isEditableAsText(item, feature)) {
            return FeatureValues.toText(feature, value);
        }
        if (isEditableAsChoice(item, feature)) {
            return value;
        }
        return item.getLabelProvider(object).getText(value);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        return item != null && item.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        if (item != null && featureOf(item) instanceof EStructuralFeature feature && object instanceof EObject owner) {
            execute(SetCommand.create(domain, owner, feature, SetCommand.UNSET_VALUE));
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        EStructuralFeature feature = item == null ? null : featureOf(item);
        if (feature == null || !(object instanceof EObject owner)) {
            return;
        }
        Object newValue = value;
        if (isEditableAsText(item, feature)) {
            try {
                newValue = FeatureValues.fromText((EAttribute) feature, (String) value);
            } catch (IllegalArgumentException e) {
                // The cell's validator already refused it; nothing to change.
                return;
            }
        }
        Object current = owner.eGet(feature);
        if (newValue == null ? current == null : newValue.equals(current)) {
            return;
        }
        execute(SetCommand.create(domain, owner, feature, newValue));
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private EStructuralFeature featureOf(IItemPropertyDescriptor item) {
        return item.getFeature(object) instanceof EStructuralFeature feature ? feature : null;
    }

    private boolean isEditableAsText(IItemPropertyDescriptor item, EStructuralFeature feature) {
        return feature instanceof EAttribute attribute && !attribute.isMany() && item.canSetProperty(object)
                && FeatureValues.isTyped(attribute);
    }

    private boolean isEditableAsChoice(IItemPropertyDescriptor item, EStructuralFeature feature) {
        return feature != null && !feature.isMany() && item.canSetProperty(object)
                && !isEditableAsText(item, feature);
    }

    private Object unwrapped(Object value) {
        // EMF.Edit wraps values so that nested objects can have properties of their own.
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    /** An EMF.Edit property descriptor as the Properties view wants it, with a cell editor where it can be edited. */
    private final class EditablePropertyDescriptor extends PropertyDescriptor {

        private final IItemPropertyDescriptor item;
        private final EStructuralFeature feature;

        EditablePropertyDescriptor(IItemPropertyDescriptor item) {
            super(item.getId(object), item.getDisplayName(object));
            this.item = item;
            this.feature = featureOf(item);
            setCategory(item.getCategory(object));
            setDescription(item.getDescription(object));
            IItemLabelProvider labels = item.getLabelProvider(object);
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return element instanceof String text ? text : labels.getText(unwrapped(element));
                }
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (isEditableAsText(item, feature)) {
                TextCellEditor editor = new TextCellEditor(parent);
                editor.setValidator(FeatureValues.validator((EAttribute) feature));
                return editor;
            }
            if (isEditableAsChoice(item, feature)) {
                ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(parent, SWT.READ_ONLY);
                editor.setContentProvider(ArrayContentProvider.getInstance());
                IItemLabelProvider labels = item.getLabelProvider(object);
                editor.setLabelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return element == null ? "" : labels.getText(element);
                    }
                });
                Collection<?> choices = item.getChoiceOfValues(object);
                if (choices != null) {
                    editor.setInput(choices);
                } else {
                    editor.setInput(feature instanceof EAttribute attribute ? FeatureValues.choices(attribute) : List.of());
                }
                return editor;
            }
            return null;
        }
    }
}
