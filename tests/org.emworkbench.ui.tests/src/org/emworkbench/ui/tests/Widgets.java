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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;

/** Finds and works the widgets of a dialog as a user would. */
final class Widgets {

    private Widgets() {
    }

    /** @return every visible control of the type below the root that matches, in tree order */
    static <T extends Control> List<T> all(Control root, Class<T> type, Predicate<T> matching) {
        List<T> found = new ArrayList<>();
        collect(root, type, matching, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> matching,
            List<T> found) {
        if (type.isInstance(control) && control.isVisible() && matching.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, matching, found);
            }
        }
    }

    /** @return the one button whose text, without mnemonics, starts with the label */
    static Button button(Control root, String label) {
        List<Button> buttons = all(root, Button.class, b -> b.getText().replace("&", "").startsWith(label));
        if (buttons.size() != 1) {
            throw new AssertionError("expected one button '" + label + "', found " + buttons.size());
        }
        return buttons.get(0);
    }

    /** @return the text field right after the label with this text (without mnemonics) */
    static Text fieldAfter(Control root, String label) {
        for (Label candidate : all(root, Label.class, l -> l.getText().replace("&", "").equals(label))) {
            Control[] siblings = candidate.getParent().getChildren();
            for (int i = 0; i < siblings.length - 1; i++) {
                if (siblings[i] == candidate && siblings[i + 1] instanceof Text text) {
                    return text;
                }
            }
        }
        throw new AssertionError("no text field after the label '" + label + "'");
    }

    /** Clicks a push button, or selects a radio button or check box. */
    static void click(Button button) {
        if ((button.getStyle() & SWT.RADIO) != 0) {
            // A click on a radio button clears its siblings; setSelection does not.
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
                    other.setSelection(false);
                }
            }
        }
        if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
            button.setSelection(true);
        }
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        processEvents();
    }

    /** Replaces a field's text and lets go of a key, as typing does. */
    static void type(Text field, String text) {
        field.setText(text);
        field.notifyListeners(SWT.KeyUp, new org.eclipse.swt.widgets.Event());
        processEvents();
    }

    /** @return the text on the clipboard; fails when there is none */
    static String clipboard() {
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            Object text = clipboard.getContents(TextTransfer.getInstance());
            if (text == null) {
                throw new AssertionError("no text on the clipboard");
            }
            return (String) text;
        } finally {
            clipboard.dispose();
        }
    }

    /** Runs the action of a view's menu, which must be there and enabled. */
    static void runViewMenuAction(IViewPart view, String id) {
        IContributionItem item = view.getViewSite().getActionBars().getMenuManager().find(id);
        if (!(item instanceof ActionContributionItem action) || !action.getAction().isEnabled()) {
            throw new AssertionError("the view menu has no enabled action " + id + ": " + item);
        }
        action.getAction().run();
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the event queue
        }
    }

    /**
     * Saves a picture of a shell into the screenshots folder of the build
     * ({@code emw.screenshots}), for the documentation.
     */
    static void picture(Shell shell, String name) throws Exception {
        // GTK paints on its own clock: give it time to show the latest state.
        long until = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < until) {
            processEvents();
            Thread.sleep(20);
        }
        Path folder = Path.of(System.getProperty("emw.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
