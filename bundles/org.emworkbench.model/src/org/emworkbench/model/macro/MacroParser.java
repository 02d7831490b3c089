/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.macro;

import java.util.ArrayList;
import java.util.List;

import org.emworkbench.model.macro.MacroText.Literal;
import org.emworkbench.model.macro.MacroText.Macro;
import org.emworkbench.model.macro.MacroText.Segment;

/**
 * Reads Endpoint Management macro text, as the server documents it:
 * {@code ${type.PROPERTYNAME ['DEFAULT VALUE'] [ | FUNCTION [(ARGUMENT1, ARGUMENT2)]]}}
 * and function calls such as {@code ${firstnotnull(device.TEL_NUMBER,device.serialNumber)}}.
 * <p>
 * The parser never fails: it reads as much as it can, keeps every position,
 * and lists each syntax error with its offset, so that tools can point at it.
 * Blanks are tolerated wherever they can occur, and the positions of those
 * that the canonical form leaves out (after {@code ${}, before {@code }}, around
 * dots and commas) are reported, because the documentation never says how the
 * server treats them.
 * </p>
 *
 * @since 0.1
 */
public final class MacroParser {

    private final String text;
    private final List<MacroSyntaxError> errors = new ArrayList<>();
    private List<Integer> blanks;
    private boolean macroHasError;
    private int pos;

    private MacroParser(String text) {
        this.text = text;
    }

    /**
     * @param text a property value; {@code null} reads as empty
     * @return the text's literal parts and macros, with syntax errors
     */
    public static MacroText parse(String text) {
        return new MacroParser(text == null ? "" : text).parseText();
    }

    private MacroText parseText() {
        List<Segment> segments = new ArrayList<>();
        List<Integer> bareDollars = new ArrayList<>();
        int literalStart = 0;
        while (pos < text.length()) {
            if (text.startsWith("${", pos)) {
                addLiteral(segments, literalStart, pos);
                segments.add(parseMacro());
                literalStart = pos;
            } else {
                if (text.charAt(pos) == '$' && pos + 1 < text.length() && isNameStart(text.charAt(pos + 1))) {
                    bareDollars.add(pos);
                }
                pos++;
            }
        }
        addLiteral(segments, literalStart, pos);
        return new MacroText(text, segments, errors, bareDollars);
    }

    private void addLiteral(List<Segment> segments, int start, int end) {
        if (end > start) {
            segments.add(new Literal(start, end, text.substring(start, end)));
        }
    }

    private Macro parseMacro() {
        int start = pos;
        pos += 2;
        blanks = new ArrayList<>();
        macroHasError = false;
        skipBlanks(true);
        Expression expression;
        if (atEnd() || peek() == '}') {
            expression = new Expression.Missing(pos);
            error(pos, atEnd() ? "unterminated macro: '${' has no closing '}'"
                    : "empty macro: write a property inside the braces, e.g. ${user.mail}");
        } else {
            expression = parseExpression();
            skipBlanks(true);
        }
        if (macroHasError) {
            // One error per macro: what follows the first is rarely meaningful.
            skipToClosingBrace();
        } else if (!atEnd() && peek() == '}') {
            pos++;
        } else if (atEnd()) {
            error(start, "unterminated macro: '${' has no closing '}'");
        } else {
            error(pos, "unexpected '" + peek() + "'; '}' expected");
            skipToClosingBrace();
        }
        return new Macro(start, pos, text.substring(start, pos), expression, blanks);
    }

    private Expression parseExpression() {
        int start = pos;
        String first = name();
        if (first == null) {
            error(pos, atEnd() ? "property or function name expected" : "unexpected '" + peek() + "'; a property such as user.mail expected");
            return new Expression.Missing(start);
        }
        skipBlanks(true);
        if (!atEnd() && peek() == '(') {
            return functionArguments(start, first);
        }
        return propertyReference(start, first, false);
    }

    private PropertyReference propertyReference(int start, String first, boolean inArguments) {
        String prefix = null;
        String name = first;
        int nameStart = start;
        if (!atEnd() && peek() == '.') {
            pos++;
            skipBlanks(true);
            prefix = first;
            nameStart = pos;
            name = name();
            if (name == null) {
                error(pos, "property name expected after '" + prefix + ".'");
                name = "";
            }
        }
        int end = pos;
        skipBlanks(inArguments);
        String defaultValue = null;
        if (!atEnd() && peek() == '\'' && !inArguments) {
            defaultValue = quoted("default value");
            end = pos;
            skipBlanks(false);
        }
        List<FunctionCall> functions = new ArrayList<>();
        while (!inArguments && !atEnd() && peek() == '|') {
            pos++;
            skipBlanks(false);
            int functionStart = pos;
            String function = name();
            if (function == null) {
                error(pos, "function name expected after '|'");
                break;
            }
            skipBlanks(false);
            FunctionCall call = !atEnd() && peek() == '(' ? functionArguments(functionStart, function)
                    : new FunctionCall(functionStart, functionStart + function.length(), function, List.of());
            functions.add(call);
            end = pos;
            skipBlanks(false);
        }
        if (!functions.isEmpty()) {
            end = functions.get(functions.size() - 1).end();
        }
        return new PropertyReference(start, end, prefix, name, nameStart, defaultValue, functions);
    }

    private FunctionCall functionArguments(int start, String function) {
        pos++;
        List<Object> arguments = new ArrayList<>();
        skipBlanks(true);
        while (!atEnd() && peek() != ')') {
            if (peek() == '\'') {
                arguments.add(new FunctionCall.Literal(quoted("argument"), true));
            } else if (Character.isDigit(peek()) || peek() == '-') {
                int numberStart = pos++;
                while (!atEnd() && Character.isDigit(peek())) {
                    pos++;
                }
                arguments.add(new FunctionCall.Literal(text.substring(numberStart, pos), false));
            } else {
                int argumentStart = pos;
                String first = name();
                if (first == null) {
                    error(pos, "unexpected '" + peek() + "'; an argument (a property or a quoted text) expected");
                    break;
                }
                arguments.add(propertyReference(argumentStart, first, true));
            }
            skipBlanks(true);
            if (!atEnd() && peek() == ',') {
                pos++;
                skipBlanks(true);
            } else {
                break;
            }
        }
        if (!atEnd() && peek() == ')') {
            pos++;
        } else {
            error(pos, "')' expected to close the arguments of " + function);
        }
        return new FunctionCall(start, pos, function, arguments);
    }

    private String quoted(String what) {
        int start = pos;
        int close = text.indexOf('\'', pos + 1);
        int brace = text.indexOf('}', pos + 1);
        if (close < 0 || (brace >= 0 && brace < close && text.indexOf('\'', brace) < 0)) {
            error(start, "unterminated " + what + ": the quote has no closing quote");
            pos = brace >= 0 ? brace : text.length();
            return text.substring(start + 1, pos);
        }
        pos = close + 1;
        return text.substring(start + 1, close);
    }

    private String name() {
        if (atEnd() || !isNameStart(peek())) {
            return null;
        }
        int start = pos;
        while (!atEnd() && isNamePart(peek())) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipBlanks(boolean report) {
        while (!atEnd() && Character.isWhitespace(peek())) {
            if (report) {
                blanks.add(pos);
            }
            pos++;
        }
    }

    private void skipToClosingBrace() {
        int close = text.indexOf('}', pos);
        pos = close < 0 ? text.length() : close + 1;
    }

    private void error(int offset, String message) {
        if (!macroHasError) {
            errors.add(new MacroSyntaxError(offset, message));
            macroHasError = true;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
