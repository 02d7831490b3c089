/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.emworkbench.export.ExportException;

/**
 * The rules every exported path obeys, so that an export can be copied to any
 * file system (Linux, macOS, Windows, a zip file) without a file changing its
 * name or overwriting another: relative, {@code /} as the separator, each part
 * made of the portable file name characters {@code A-Z a-z 0-9 . _ -}, starting
 * with a letter or digit (no hidden files, nothing that reads as an option),
 * not ending with a dot, no Windows device name, and no two paths that differ
 * only in case or where one is the folder of the other.
 */
public final class ExportPaths {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final int MAX_PART = 255;

    /** Each path accepted so far, lower case, mapped to how it was written. */
    private final Map<String, String> files = new HashMap<>();
    /** Each folder of an accepted path, lower case, mapped to the path that needs it. */
    private final Map<String, String> folders = new HashMap<>();

    /**
     * Accepts a path if it obeys the rules and fits with the paths accepted before.
     *
     * @param format the format that wants the path, named in messages
     * @param path   the path
     * @throws ExportException when it does not; the message says why
     */
    public void accept(String format, String path) throws ExportException {
        check(format, path);
        String key = path.toLowerCase(Locale.ROOT);
        String earlier = files.get(key);
        if (earlier != null) {
            throw new ExportException(format + ": the file " + path + " is written twice"
                    + (earlier.equals(path) ? "" : " (as " + earlier + ", which differs only in case)")
                    + "; two objects of the model have keys that give the same file name");
        }
        String user = folders.get(key);
        if (user != null) {
            throw new ExportException(format + ": " + path + " is both a file and the folder of " + user);
        }
        int slash = key.indexOf('/');
        while (slash >= 0) {
            String folder = key.substring(0, slash);
            if (files.containsKey(folder)) {
                throw new ExportException(format + ": " + path + " needs " + files.get(folder)
                        + " as a folder, but it is a file");
            }
            folders.putIfAbsent(folder, path);
            slash = key.indexOf('/', slash + 1);
        }
        files.put(key, path);
    }

    private static void check(String format, String path) throws ExportException {
        if (path.isEmpty()) {
            throw new ExportException(format + ": a file without a name");
        }
        if (path.startsWith("/") || path.contains("\\")) {
            throw new ExportException(format + ": the path " + path
                    + " must be relative with / as the separator; it may not leave the export folder");
        }
        for (String part : path.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                throw new ExportException(format + ": the path " + path + " may not contain '" + part + "'");
            }
            if (part.isEmpty() || part.length() > MAX_PART || !PART.matcher(part).matches() || part.endsWith(".")) {
                throw new ExportException(format + ": '" + part + "' in " + path + " is not a portable file name:"
                        + " use letters, digits, '.', '_' and '-', start with a letter or digit, do not end with '.'"
                        + " and stay within " + MAX_PART + " characters");
            }
            if (DEVICE.matcher(part.toLowerCase(Locale.ROOT)).matches()) {
                throw new ExportException(format + ": '" + part + "' in " + path
                        + " is a device name on Windows and cannot be a file there");
            }
        }
    }
}
