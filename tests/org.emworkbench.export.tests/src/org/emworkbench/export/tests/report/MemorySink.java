/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.report;

import java.util.Map;
import java.util.TreeMap;

import org.emworkbench.export.ExportException;
import org.emworkbench.export.ExportSink;

/**
 * Collects an export's files in memory, sorted by path, and refuses what the
 * {@link ExportSink} contract refuses: absolute paths, paths that leave the
 * folder, backslashes, and the same path twice.
 */
final class MemorySink implements ExportSink {

    private final Map<String, String> files = new TreeMap<>();

    @Override
    public void text(String relativePath, CharSequence text) throws ExportException {
        if (relativePath.startsWith("/") || relativePath.contains("\\") || relativePath.isEmpty()) {
            throw new ExportException("not a relative path: " + relativePath);
        }
        for (String segment : relativePath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new ExportException("path leaves the folder or has an empty segment: " + relativePath);
            }
        }
        if (files.putIfAbsent(relativePath, text.toString()) != null) {
            throw new ExportException("given twice: " + relativePath);
        }
    }

    /** @return the files by path */
    Map<String, String> files() {
        return files;
    }

    /**
     * @param path a path
     * @return the file's text
     */
    String file(String path) {
        String text = files.get(path);
        if (text == null) {
            throw new AssertionError("no file " + path + " among " + files.keySet());
        }
        return text;
    }
}
