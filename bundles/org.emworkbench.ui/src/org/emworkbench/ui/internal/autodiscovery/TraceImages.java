/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The icon of each {@link Mark}: the workbench's own error, warning and
 * information images, as the Problems view shows them, and EMW's for the
 * rest ({@code icons/autodiscovery/*.png}, rendered from the SVG beside each
 * with {@code rsvg-convert} at 16 and 32 pixels). Unknown is a question mark
 * of its own colour, so it is never taken for an error or for absent. The
 * images live as long as the control they are made for.
 */
public final class TraceImages {

    private static final String BUNDLE = "org.emworkbench.ui";

    private final Map<Mark, Image> images = new EnumMap<>(Mark.class);

    /** @param owner the control whose disposal disposes EMW's images */
    public TraceImages(Control owner) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), owner);
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        images.put(Mark.ERROR, shared.getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
        images.put(Mark.WARNING, shared.getImage(ISharedImages.IMG_OBJS_WARN_TSK));
        images.put(Mark.INFO, shared.getImage(ISharedImages.IMG_OBJS_INFO_TSK));
        images.put(Mark.STOPPED, shared.getImage(ISharedImages.IMG_ELCL_STOP));
        images.put(Mark.UNKNOWN, resources.create(descriptor("unknown16.png")));
        images.put(Mark.OK, resources.create(descriptor("ok16.png")));
        images.put(Mark.ABSENT, resources.create(descriptor("absent16.png")));
        images.put(Mark.SKIPPED, resources.create(descriptor("skipped16.png")));
        images.put(Mark.VALUE, resources.create(descriptor("value16.png")));
    }

    /**
     * @param mark a row's mark
     * @return its icon, or {@code null} for {@link Mark#NONE}
     */
    public Image get(Mark mark) {
        return images.get(mark);
    }

    private static ImageDescriptor descriptor(String file) {
        return ResourceLocator.imageDescriptorFromBundle(BUNDLE, "icons/autodiscovery/" + file)
                .orElseThrow(() -> new IllegalStateException("plug-in " + BUNDLE + " has no icons/autodiscovery/"
                        + file));
    }
}
