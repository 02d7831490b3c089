/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * What a rule found about one object: a message and, where they help, the
 * expected and the actual value and a hint how to fix it. Reported through
 * {@link RuleContext#report(Finding)}.
 * <p>
 * A finding has the severity its rule declares, unless it sets a lower one
 * with {@link #severity(RuleSeverity)}: a rule whose checks differ in weight
 * (a syntax error is an error, a stray blank only a warning) declares its
 * most severe finding and lowers the others.
 * </p>
 *
 * <pre>
 * context.report(Finding.on(property, "ENABLE_PASSCODE_AUTH is \"false\" but must be \"true\"")
 *         .expected("true").actual("false").fix("set the client property's value to true"));
 * </pre>
 *
 * @since 0.1
 */
public final class Finding {

    private final EObject object;
    private final String message;
    private String expected;
    private String actual;
    private String fixHint;
    private QuickFix quickFix;
    private RuleSeverity severity;

    private Finding(EObject object, String message) {
        this.object = Objects.requireNonNull(object, "object");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * @param object  the object the finding is about: the target or an object it
     *                contains; the user is taken there
     * @param message what is wrong, in one sentence without the rule id
     * @return a finding to complete and report
     */
    public static Finding on(EObject object, String message) {
        return new Finding(object, message);
    }

    /**
     * @param value the value the rule expects, as the user would type it
     * @return this finding
     */
    public Finding expected(String value) {
        this.expected = value;
        return this;
    }

    /**
     * @param value the value found, or {@code null} when it is missing
     * @return this finding
     */
    public Finding actual(String value) {
        this.actual = value;
        return this;
    }

    /**
     * @param hint what to do, e.g. "set the client property's value to true"
     * @return this finding
     */
    public Finding fix(String hint) {
        this.fixHint = hint;
        return this;
    }

    /**
     * Offers a mechanical fix, which {@code emw fix} and the workbench can apply.
     *
     * @param description what the fix does, e.g. "set ENABLE_PASSCODE_AUTH to true"
     * @param change      the change; idempotent, touching only this finding's object
     *                    or what it contains
     * @return this finding
     */
    public Finding quickFix(String description, Runnable change) {
        this.quickFix = new QuickFix(description, change);
        return this;
    }

    /**
     * Overrides the rule's declared severity for this finding. The declared
     * severity is the most a rule reports: the engine lowers a more severe
     * override to it, so that rule lists never understate a rule.
     *
     * @param value the severity of this finding, or {@code null} for the
     *              rule's declared severity
     * @return this finding
     * @since 0.1
     */
    public Finding severity(RuleSeverity value) {
        this.severity = value;
        return this;
    }

    /** @return the object the finding is about */
    public EObject object() {
        return object;
    }

    /** @return what is wrong */
    public String message() {
        return message;
    }

    /** @return the expected value, or {@code null} */
    public String expected() {
        return expected;
    }

    /** @return the actual value, or {@code null} */
    public String actual() {
        return actual;
    }

    /** @return how to fix it, or {@code null} */
    public String fixHint() {
        return fixHint;
    }

    /** @return the mechanical fix offered, or {@code null} */
    public QuickFix quickFix() {
        return quickFix;
    }

    /**
     * @return the severity this finding overrides the rule's with, or
     *         {@code null} for the rule's declared severity
     * @since 0.1
     */
    public RuleSeverity severity() {
        return severity;
    }
}
