/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export;

/**
 * One kind of hand-over an export writes: policy files in the REST API's
 * shapes, zone file lines, a report.
 * <p>
 * Contract for implementors:
 * <ul>
 * <li><b>Deterministic.</b> The same input gives the same file names and the
 * same bytes, whatever the platform, locale, time zone or clock. Nothing that
 * changes between runs (dates, host names, hash order) goes into a file.</li>
 * <li><b>Stable names.</b> File names are derived from stable keys of the model
 * (a property key, a group name), never from positions or object identities,
 * and are safe on every file system.</li>
 * <li><b>No secrets.</b> A bind password, a claim token or any other secret is
 * never written; where a value is a reference to a secret (an {@code env:}
 * credential reference), at most the reference is.</li>
 * <li>Files are handed to the {@link ExportSink}; a format never writes to the
 * file system itself, so that the whole export can be staged and made visible
 * at once.</li>
 * </ul>
 */
public interface ExportFormat {

    /**
     * @return the identifier used on the command line ({@code --format rest-json}): lower case letters,
     *         digits and hyphens
     */
    String id();

    /** @return a short description for help texts, e.g. "REST API JSON, one file per object kind" */
    String description();

    /**
     * Writes this format's files.
     *
     * @param input what to export
     * @param sink  receives the files
     * @throws ExportException when the deployment cannot be exported in this format; the message names the
     *                         object and says what to change
     */
    void export(ExportInput input, ExportSink sink) throws ExportException;
}
