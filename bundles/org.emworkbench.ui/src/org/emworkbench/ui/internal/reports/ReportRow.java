/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.reports;

import java.util.List;

import org.emworkbench.ui.internal.autodiscovery.Mark;

/** A row of a {@link ReportTree}: its icon, its tool tip and the rows below it. */
public interface ReportRow {

    /** @return the rows below, in order */
    List<? extends ReportRow> children();

    /** @return the row above, or {@code null} for a top row */
    ReportRow parent();

    /** @return what the icon says */
    Mark mark();

    /** @return the tool tip, or {@code null} */
    String toolTip();
}
