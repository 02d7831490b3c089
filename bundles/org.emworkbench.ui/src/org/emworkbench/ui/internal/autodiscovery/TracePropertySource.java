/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** A row in the Properties view (of a trace, or of the Directory Preview): its properties by name, read-only. */
public final class TracePropertySource implements IPropertySource {

    private final Map<String, String> properties;

    /** @param properties the row's properties */
    public TracePropertySource(Map<String, String> properties) {
        this.properties = properties;
    }

    @Override
    public Object getEditableValue() {
        return null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return properties.keySet().stream().map(name -> new PropertyDescriptor(name, name))
                .toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return properties.get(id);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // Read-only: a row records what happened.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // Read-only: a row records what happened.
    }
}
