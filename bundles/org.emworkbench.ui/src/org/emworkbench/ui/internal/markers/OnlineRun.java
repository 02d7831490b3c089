/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.markers;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;

/**
 * What the last online validation of a model did: how many online checks
 * ran, how many of them could not be made, how many problems they found. It
 * is kept with the file for the session, next to the online markers it
 * describes, so that the editor can show it when it opens later.
 *
 * @param model      the model file's name
 * @param finished   when the run ended, the workbench's local time
 * @param rules      how many online rules ran
 * @param checks     how many (rule, object) checks the online rules were asked to make
 * @param notChecked how many of them could not be made (a server did not answer)
 * @param problems   how many problems the online rules found in the model
 * @param cancelled  whether the user cancelled the run; then the counts are zero
 *                   and the markers of the run before are still there
 */
public record OnlineRun(String model, LocalTime finished, int rules, int checks, int notChecked, int problems,
        boolean cancelled) {

    private static final QualifiedName KEY = new QualifiedName("org.emworkbench.ui", "onlineRun");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param model the model file's name
     * @return a run the user cancelled
     */
    public static OnlineRun cancelled(String model) {
        return new OnlineRun(model, LocalTime.now(), 0, 0, 0, 0, true);
    }

    /** @return the time of the run as the markers' locations show it, e.g. {@code 14:02} */
    public String time() {
        return TIME.format(finished);
    }

    /** @return one sentence for the status line, the Progress view and the editor's Overview */
    public String text() {
        if (cancelled) {
            return "Online validation of " + model + " was cancelled; the online results of the run before are kept.";
        }
        if (rules == 0) {
            return "Online validation of " + model + ": no online rule is switched on"
                    + " (Window > Preferences > EMW > Validation).";
        }
        return "Online validation of " + model + " at " + time() + ": " + plural(checks, "online check") + " ran, "
                + notChecked + " could not be checked, " + plural(problems, "problem") + " found.";
    }

    /**
     * Keeps the run with the file until the workbench ends.
     *
     * @param file the model file
     * @throws CoreException when the file does not exist
     */
    public void attachTo(IFile file) throws CoreException {
        file.setSessionProperty(KEY, this);
    }

    /**
     * @param file a model file
     * @return the last finished (not cancelled) online run of the file in this session, or {@code null}
     */
    public static OnlineRun of(IFile file) {
        try {
            return file.exists() && file.getSessionProperty(KEY) instanceof OnlineRun run ? run : null;
        } catch (CoreException e) {
            return null;
        }
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
