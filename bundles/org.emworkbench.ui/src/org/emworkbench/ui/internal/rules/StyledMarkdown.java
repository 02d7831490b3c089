/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only {@link StyledText} that shows a {@link MarkdownText}: headings in
 * the banner and header fonts, code and tables in the text (monospace) font,
 * links in the hyperlink colour, followed when clicked.
 */
final class StyledMarkdown {

    private final StyledText widget;
    private final Consumer<String> linkHandler;
    private MarkdownText shown = MarkdownText.parse("");

    /**
     * @param parent      the parent
     * @param linkHandler called with a link's target, as written, when the user clicks it
     */
    StyledMarkdown(Composite parent, Consumer<String> linkHandler) {
        this.linkHandler = linkHandler;
        widget = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        widget.setMargins(12, 8, 12, 8);
        widget.setCaret(null);
        widget.addListener(SWT.MouseUp, event -> {
            MarkdownText.Span link = event.button == 1 && widget.getSelectionCount() == 0
                    ? linkAt(event.x, event.y) : null;
            if (link != null) {
                this.linkHandler.accept(link.target());
            }
        });
        Cursor hand = widget.getDisplay().getSystemCursor(SWT.CURSOR_HAND);
        widget.addListener(SWT.MouseMove, event -> widget.setCursor(linkAt(event.x, event.y) == null ? null : hand));
    }

    /** @return the widget */
    StyledText widget() {
        return widget;
    }

    /** @return the page shown */
    MarkdownText shown() {
        return shown;
    }

    /**
     * Shows a page from its top.
     *
     * @param page the page
     */
    void show(MarkdownText page) {
        shown = page;
        widget.setText(page.text());
        widget.setStyleRanges(styleRanges(page));
        widget.setTopIndex(0);
    }

    /**
     * Scrolls so that a section is at the top.
     *
     * @param anchor the section's anchor
     */
    void reveal(String anchor) {
        int offset = shown.offsetOf(anchor);
        if (offset >= 0) {
            widget.setTopIndex(widget.getLineAtOffset(offset));
        }
    }

    private MarkdownText.Span linkAt(int x, int y) {
        int offset = widget.getOffsetAtPoint(new Point(x, y));
        return offset < 0 ? null : shown.linkAt(offset);
    }

    /** Cuts the nested spans into ranges that do not overlap, each with every style covering it. */
    private StyleRange[] styleRanges(MarkdownText page) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (MarkdownText.Span span : page.spans()) {
            cuts.add(span.start());
            cuts.add(span.end());
        }
        List<StyleRange> ranges = new ArrayList<>();
        Integer from = cuts.isEmpty() ? null : cuts.first();
        for (Integer to = from == null ? null : cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            Set<MarkdownText.Style> styles = EnumSet.noneOf(MarkdownText.Style.class);
            for (MarkdownText.Span span : page.spans()) {
                if (span.start() <= from && to <= span.end()) {
                    styles.add(span.style());
                }
            }
            if (!styles.isEmpty()) {
                ranges.add(range(from, to - from, styles));
            }
        }
        return ranges.toArray(StyleRange[]::new);
    }

    private StyleRange range(int start, int length, Set<MarkdownText.Style> styles) {
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = length;
        Font font = null;
        if (styles.contains(MarkdownText.Style.TITLE)) {
            font = JFaceResources.getHeaderFont();
        } else if (styles.contains(MarkdownText.Style.HEADING)) {
            font = JFaceResources.getBannerFont();
        } else if (styles.contains(MarkdownText.Style.CODE) || styles.contains(MarkdownText.Style.TABLE)) {
            font = JFaceResources.getTextFont();
        }
        range.font = font;
        if (font == null) {
            range.fontStyle = (styles.contains(MarkdownText.Style.BOLD) ? SWT.BOLD : SWT.NORMAL)
                    | (styles.contains(MarkdownText.Style.ITALIC) ? SWT.ITALIC : SWT.NORMAL);
        }
        if (styles.contains(MarkdownText.Style.LINK)) {
            Color link = JFaceResources.getColorRegistry().get(JFacePreferences.HYPERLINK_COLOR);
            range.foreground = link != null ? link : widget.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
            range.underline = true;
            range.underlineStyle = SWT.UNDERLINE_SINGLE;
        }
        return range;
    }
}
