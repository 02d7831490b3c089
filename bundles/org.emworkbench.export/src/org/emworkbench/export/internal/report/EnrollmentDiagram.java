/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.List;

import org.emworkbench.export.internal.report.EnrollmentPath.Stage;
import org.emworkbench.export.internal.report.EnrollmentPath.State;
import org.emworkbench.export.internal.report.EnrollmentPath.Step;

/**
 * Draws the enrollment path as an SVG picture: one box per step from top to
 * bottom, joined by arrows, each box with what the model says and a badge
 * saying whether validation found a problem there. Coordinates are whole
 * numbers computed from the number of lines only, texts are escaped and cut
 * to fit, so the same steps always give the same bytes. No fonts, images or
 * styles are fetched: the picture is complete in itself.
 */
final class EnrollmentDiagram {

    private static final int WIDTH = 760;
    private static final int MARGIN = 20;
    private static final int BOX_WIDTH = WIDTH - 2 * MARGIN;
    private static final int TITLE_HEIGHT = 48;
    private static final int HEADER_HEIGHT = 36;
    private static final int LINE_HEIGHT = 18;
    private static final int BOX_PADDING = 10;
    private static final int GAP = 34;
    private static final int BADGE_WIDTH = 170;
    /** Longer detail lines are cut: 13 px text of about 7 px a character fills the box (bold text: 8 fewer). */
    static final int MAX_LINE = 92;
    private static final String FONT = "font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\"";

    /** What each arrow carries, from the step above it to the one below. */
    private static final List<String> ARROWS = List.of("types the email address into Secure Hub",
            "Secure Hub looks the domain up", "gives the server address", "enrolls; client properties",
            "apps of the user's groups", "delivers", "user's email address from Secure Hub", "SRV target over HTTPS");

    private EnrollmentDiagram() {
    }

    /**
     * @param title what the picture is of, e.g. the deployment's name
     * @param steps the steps, in order
     * @return a complete SVG document, without an XML declaration, with {@code \n} line ends
     */
    static String svg(String title, List<Step> steps) {
        int height = TITLE_HEIGHT;
        for (Step step : steps) {
            height += boxHeight(step) + GAP;
        }
        height = height - GAP + MARGIN;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"enrollment-path-title enrollment-path-desc\">\n");
        out.append("  <title id=\"enrollment-path-title\">").append(Xml.escape("Enrollment path: " + title))
                .append("</title>\n");
        out.append("  <desc id=\"enrollment-path-desc\">").append(Xml.escape(description(steps))).append("</desc>\n");
        out.append("  <rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        out.append("  <text x=\"").append(MARGIN).append("\" y=\"30\" ").append(FONT)
                .append(" font-size=\"17\" font-weight=\"bold\" fill=\"#1a1a1a\">")
                .append(Xml.escape(cut("Enrollment path: " + title, 70))).append("</text>\n");
        int y = TITLE_HEIGHT;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            box(out, i + 1, step, y);
            y += boxHeight(step);
            if (i + 1 < steps.size()) {
                arrow(out, y, i < ARROWS.size() ? ARROWS.get(i) : "");
                y += GAP;
            }
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static int boxHeight(Step step) {
        return HEADER_HEIGHT + LINE_HEIGHT * (step.details().size() + step.problems().size()) + BOX_PADDING;
    }

    private static void box(StringBuilder out, int number, Step step, int y) {
        Colours colours = Colours.of(step.state());
        int height = boxHeight(step);
        out.append("  <g id=\"").append(groupId(step.stage())).append("\">\n");
        out.append("    <rect x=\"").append(MARGIN).append("\" y=\"").append(y).append("\" width=\"").append(BOX_WIDTH)
                .append("\" height=\"").append(height).append("\" rx=\"8\" fill=\"").append(colours.fill())
                .append("\" stroke=\"").append(colours.stroke()).append("\" stroke-width=\"2\"/>\n");
        out.append("    <text x=\"").append(MARGIN + 14).append("\" y=\"").append(y + 24).append("\" ").append(FONT)
                .append(" font-size=\"15\" font-weight=\"bold\" fill=\"#1a1a1a\">")
                .append(Xml.escape(number + ". " + step.stage().title())).append("</text>\n");
        int badgeX = MARGIN + BOX_WIDTH - 12 - BADGE_WIDTH;
        out.append("    <rect x=\"").append(badgeX).append("\" y=\"").append(y + 8).append("\" width=\"")
                .append(BADGE_WIDTH).append("\" height=\"22\" rx=\"11\" fill=\"").append(colours.stroke())
                .append("\"/>\n");
        out.append("    <text x=\"").append(badgeX + BADGE_WIDTH / 2).append("\" y=\"").append(y + 24)
                .append("\" text-anchor=\"middle\" ").append(FONT)
                .append(" font-size=\"13\" font-weight=\"bold\" fill=\"#ffffff\">")
                .append(Xml.escape(colours.mark() + " " + step.statusLabel())).append("</text>\n");
        int lineY = y + HEADER_HEIGHT + 12;
        for (String line : step.details()) {
            out.append("    <text x=\"").append(MARGIN + 14).append("\" y=\"").append(lineY).append("\" ").append(FONT)
                    .append(" font-size=\"13\" fill=\"#333333\">").append(Xml.escape(cut(line, MAX_LINE)))
                    .append("</text>\n");
            lineY += LINE_HEIGHT;
        }
        for (String problem : step.problems()) {
            out.append("    <text x=\"").append(MARGIN + 14).append("\" y=\"").append(lineY).append("\" ").append(FONT)
                    .append(" font-size=\"13\" font-weight=\"bold\" fill=\"").append(colours.stroke()).append("\">")
                    .append(Xml.escape(cut(problem, MAX_LINE - 8))).append("</text>\n");
            lineY += LINE_HEIGHT;
        }
        out.append("  </g>\n");
    }

    private static void arrow(StringBuilder out, int top, String label) {
        int x = MARGIN + 60;
        int bottom = top + GAP;
        out.append("  <line x1=\"").append(x).append("\" y1=\"").append(top + 2).append("\" x2=\"").append(x)
                .append("\" y2=\"").append(bottom - 9).append("\" stroke=\"#555555\" stroke-width=\"2\"/>\n");
        out.append("  <polygon points=\"").append(x - 6).append(',').append(bottom - 10).append(' ').append(x + 6)
                .append(',').append(bottom - 10).append(' ').append(x).append(',').append(bottom - 2)
                .append("\" fill=\"#555555\"/>\n");
        if (!label.isEmpty()) {
            out.append("  <text x=\"").append(x + 14).append("\" y=\"").append(top + GAP / 2 + 5).append("\" ")
                    .append(FONT).append(" font-size=\"12\" font-style=\"italic\" fill=\"#555555\">")
                    .append(Xml.escape(label)).append("</text>\n");
        }
    }

    /** A sentence per step, for readers who cannot see the picture. */
    private static String description(List<Step> steps) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (i > 0) {
                text.append(' ');
            }
            text.append(i + 1).append(". ").append(step.stage().title()).append(" (").append(step.statusLabel())
                    .append("): ").append(String.join("; ", step.details())).append('.');
            if (!step.problems().isEmpty()) {
                text.append(" Problems: ").append(String.join("; ", step.problems())).append('.');
            }
        }
        return text.toString();
    }

    /**
     * @param text a line
     * @param max  the most characters (code points) to keep
     * @return the line, cut with an ellipsis when it is longer
     */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** The colours of a state, and a mark so that the state does not rest on colour alone. */
    private record Colours(String fill, String stroke, String mark) {
        static Colours of(State state) {
            return switch (state) {
            case NOT_VALIDATED -> new Colours("#f4f4f4", "#6b6b6b", "?");
            case OK -> new Colours("#eaf6ec", "#2e7d32", "✓");
            case WARNING -> new Colours("#fff6e0", "#9a5b00", "!");
            case ERROR -> new Colours("#fdecea", "#c62828", "✗");
            };
        }
    }

    /** @return the stage a box's group id names, for tests: {@code step-secure-mail} */
    static String groupId(Stage stage) {
        return "step-" + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
