/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider over EMF.Edit item providers. (EMF's own
 * adapter, in org.eclipse.emf.edit.ui, is not published to Maven Central.)
 * The input is a {@link Resource}; its roots are the top-level elements.
 */
final class ItemProviderContentProvider implements ITreeContentProvider {

    private final AdapterFactory adapterFactory;

    ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        return children(input, IStructuredItemContentProvider.class);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return children(parent, ITreeItemContentProvider.class);
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree && tree.hasChildren(element);
    }

    private Object[] children(Object parent, Class<?> providerType) {
        Object provider = adapterFactory.adapt(parent, providerType);
        if (provider instanceof ITreeItemContentProvider tree) {
            return tree.getChildren(parent).toArray();
        }
        if (provider instanceof IStructuredItemContentProvider structured) {
            Collection<?> elements = structured.getElements(parent);
            return elements.toArray();
        }
        return new Object[0];
    }
}
