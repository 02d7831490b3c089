/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.net.URL;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.emworkbench.validation.ObjectPaths;

/**
 * A JFace label provider over EMF.Edit item providers: their text, and their
 * icon when it is a URL (as generated item providers return it), with an error
 * or warning overlay where validation found a problem at or below the object.
 */
final class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ProblemSeverities problems;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    ItemProviderLabelProvider(AdapterFactory adapterFactory, ProblemSeverities problems) {
        this.adapterFactory = adapterFactory;
        this.problems = problems;
    }

    @Override
    public String getText(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider labels) {
            return labels.getText(element);
        }
        return String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (!(provider instanceof IItemLabelProvider labels && labels.getImage(element) instanceof URL url)) {
            return null;
        }
        ImageDescriptor icon = ImageDescriptor.createFromURL(url);
        String overlay = element instanceof EObject object ? overlayFor(ObjectPaths.of(object)) : null;
        if (overlay != null) {
            ImageDescriptor decoration = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(overlay);
            icon = new DecorationOverlayIcon(icon, decoration, IDecoration.BOTTOM_LEFT);
        }
        return images.create(icon);
    }

    private String overlayFor(String path) {
        int severity = problems.worstAtOrBelow(path);
        if (severity == IMarker.SEVERITY_ERROR) {
            return ISharedImages.IMG_DEC_FIELD_ERROR;
        }
        return severity == IMarker.SEVERITY_WARNING ? ISharedImages.IMG_DEC_FIELD_WARNING : null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
