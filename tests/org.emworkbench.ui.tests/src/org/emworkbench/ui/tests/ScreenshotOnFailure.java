/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves a picture of the screen when a UI test fails, so that a failure on CI
 * can be looked at: {@code target/screenshots/<class>.<test>.png}.
 */
public final class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        Path folder = Path.of(System.getProperty("emw.screenshots", "target/screenshots"));
        Path file = folder.resolve(context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName() + ".png");
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(folder);
            loader.save(file.toString(), SWT.IMAGE_PNG);
            System.err.println("Screenshot of the failure: " + file.toAbsolutePath());
        } catch (Exception e) {
            System.err.println("No screenshot of the failure: " + e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
