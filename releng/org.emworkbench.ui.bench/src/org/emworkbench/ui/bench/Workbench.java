/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * What the benchmark and the screenshots do with the running workbench: its
 * window at a fixed size, the event queue drained, jobs waited for, widgets
 * found, pictures taken. UI thread only.
 */
final class Workbench {

    /** The deployment editor's id, as plugin.xml declares it. */
    static final String EDITOR_ID = "org.emworkbench.ui.editor.deployment";

    /** The marker type of EMW's problems, as plugin.xml declares it. */
    static final String PROBLEM_MARKER = "org.emworkbench.ui.problem";

    /** The size of the window in every measurement and picture. */
    static final Rectangle WINDOW = new Rectangle(0, 0, 1280, 800);

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static Shell shell() {
        return page().getWorkbenchWindow().getShell();
    }

    /** Puts the workbench window at the top left corner of the screen, at {@link #WINDOW}'s size. */
    static void fixWindowSize() {
        Shell shell = shell();
        shell.setMaximized(false);
        shell.setBounds(WINDOW);
        settle();
    }

    /**
     * Runs everything waiting in the event queue, including what the events
     * queue in turn, and then the paints SWT still owes (an {@code update()} of
     * every shell), until the queue stays empty.
     */
    static void settle() {
        Display display = Display.getCurrent();
        do {
            while (display.readAndDispatch()) {
                // drain
            }
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible()) {
                    shell.update();
                }
            }
        } while (display.readAndDispatch());
    }

    /**
     * Keeps the event loop running until the editor has read its model in the
     * background and shows its first page, then {@link #settle settles}.
     *
     * @param editor an editor just opened
     */
    static void settleUntilRead(FormEditor editor) throws InterruptedException {
        settle();
        while (editor.getActivePageInstance() == null || "message".equals(editor.getActivePageInstance().getId())) {
            Thread.sleep(1);
            settle();
        }
        settle();
    }

    /**
     * Keeps the event loop running until no job is running or waiting, or the
     * time is up, so that validation and its markers are done.
     *
     * @param millis how long to wait at most
     */
    static void waitForJobs(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        settle();
        while (!Job.getJobManager().isIdle() && System.currentTimeMillis() < until) {
            settle();
            Thread.sleep(20);
        }
        settle();
    }

    /** Keeps the event loop running for a while, e.g. for a debounce timer to fire. */
    static void pause(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            settle();
            Thread.sleep(20);
        }
    }

    /** @return the project, created and opened when it is not there */
    static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }

    /** Copies a file into the project, replacing an older copy. */
    static IFile copy(Path source, IProject project, String name) throws IOException, CoreException {
        IFile file = project.getFile(name);
        try (InputStream content = Files.newInputStream(source)) {
            if (file.exists()) {
                file.setContents(content, IResource.FORCE, null);
            } else {
                file.create(content, IResource.FORCE, null);
            }
        }
        return file;
    }

    /** @return the first control below {@code control} (itself included) of the type that passes the test, or {@code null} */
    static <T extends Control> T find(Control control, Class<T> type, Predicate<T> test) {
        if (type.isInstance(control) && test.test(type.cast(control))) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** @return every control below {@code control} (itself included) of the type that passes the test, in tree order */
    static <T extends Control> List<T> findAll(Control control, Class<T> type, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        find(control, type, candidate -> {
            if (test.test(candidate)) {
                found.add(candidate);
            }
            return false;
        });
        return found;
    }

    /**
     * Saves what the screen shows inside the workbench window as a PNG: the
     * window and every dialog or pop-up above it.
     */
    static void capture(Path file) throws IOException {
        settle();
        Display display = Display.getCurrent();
        Shell shell = shell();
        // Without a window manager the shell has no title bar, and its last rows stay unpainted: the
        // picture ends where the client area does.
        Rectangle bounds = shell.getBounds();
        Rectangle client = display.map(shell, null, shell.getClientArea());
        Rectangle area = new Rectangle(bounds.x, bounds.y, bounds.width,
                Math.min(bounds.height, client.y + client.height - bounds.y));
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
