/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.emworkbench.ui.internal.markers.ProblemMarkers;

/**
 * The worst problem severity per model object, read from a file's markers, so
 * that the tree can show where the problems are: on the object itself and on
 * every object that contains it.
 */
public final class ProblemSeverities {

    /** No problem at this object or below. */
    public static final int NONE = -1;

    /** The worst severity at or below each object that has a problem itself or in an object it contains. */
    private Map<String, Integer> worstAtOrBelowByPath = Map.of();
    private List<Integer> severities = List.of();
    private List<String> paths = List.of();
    /** Per marker: whether it says that an online check could not be made, which is no problem of the model. */
    private List<Boolean> notChecked = List.of();

    /** Reads the markers of the file anew. */
    void read(IFile file) {
        Map<String, Integer> worst = new HashMap<>();
        List<Integer> allSeverities = new ArrayList<>();
        List<String> allPaths = new ArrayList<>();
        List<Boolean> allNotChecked = new ArrayList<>();
        try {
            if (file.exists()) {
                for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO)) {
                    String path = marker.getAttribute(ProblemMarkers.OBJECT_PATH, null);
                    int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                    allSeverities.add(severity);
                    allPaths.add(path == null ? "/" : path);
                    allNotChecked.add(ProblemMarkers.isNotChecked(marker));
                    if (path != null) {
                        mergeAtAndAbove(worst, path, severity);
                    }
                }
            }
        } catch (CoreException e) {
            // The file went away while being read: no markers to show.
        }
        worstAtOrBelowByPath = Map.copyOf(worst);
        severities = List.copyOf(allSeverities);
        paths = List.copyOf(allPaths);
        notChecked = List.copyOf(allNotChecked);
    }

    /**
     * @param severity an {@link IMarker} severity
     * @param where    which object paths to count
     * @return how many problems of that severity there are at those paths;
     *         online checks that could not be made are not problems and not counted
     */
    public int count(int severity, Predicate<String> where) {
        int count = 0;
        for (int index = 0; index < severities.size(); index++) {
            if (!notChecked.get(index) && severities.get(index) == severity && where.test(paths.get(index))) {
                count++;
            }
        }
        return count;
    }

    /**
     * @param where which object paths to count
     * @return how many online checks at those paths could not be made
     */
    public int countNotChecked(Predicate<String> where) {
        int count = 0;
        for (int index = 0; index < paths.size(); index++) {
            if (notChecked.get(index) && where.test(paths.get(index))) {
                count++;
            }
        }
        return count;
    }

    /**
     * @param path an object's path, see {@link org.emworkbench.validation.ObjectPaths}
     * @return the worst {@link IMarker} severity at that object or any object it
     *         contains, or {@link #NONE}
     */
    public int worstAtOrBelow(String path) {
        return worstAtOrBelowByPath.getOrDefault(path, NONE);
    }

    /**
     * Counts a problem at its object and at every object containing it, so
     * that tables and trees, which ask for every row on every refresh, look
     * the answer up instead of scanning all problems per row.
     */
    private static void mergeAtAndAbove(Map<String, Integer> worst, String path, int severity) {
        worst.merge(path, severity, Math::max);
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            worst.merge(path.substring(0, slash), severity, Math::max);
        }
        if (path.startsWith("/")) {
            worst.merge("/", severity, Math::max);
        }
    }
}
