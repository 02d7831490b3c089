/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows a model object's properties in the Properties view, read-only, from
 * its EMF.Edit property descriptors (EMF's own adapter, in
 * org.eclipse.emf.edit.ui, is not published to Maven Central). Editing comes
 * with the form editor.
 */
final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    private ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    /**
     * @param adapterFactory the item providers to read properties from
     * @return a provider for the Properties view
     */
    static IPropertySourceProvider provider(AdapterFactory adapterFactory) {
        return object -> adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source
                ? new ItemPropertySource(object, source)
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
            PropertyDescriptor descriptor = new PropertyDescriptor(item.getId(object), item.getDisplayName(object));
            descriptor.setCategory(item.getCategory(object));
            descriptor.setDescription(item.getDescription(object));
            descriptors.add(descriptor);
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        if (item == null) {
            return null;
        }
        Object value = item.getPropertyValue(object);
        // EMF.Edit wraps values so that nested objects can have properties of their own.
        Object shown = value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
        IItemLabelProvider labels = item.getLabelProvider(object);
        return labels.getText(shown);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        return item != null && item.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // Read-only.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // Read-only.
    }
}
