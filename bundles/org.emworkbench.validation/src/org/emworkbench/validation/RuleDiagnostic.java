/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * One finding of one rule. As EMF expects, the first data element is the
 * object the finding is about.
 *
 * @since 0.1
 */
public final class RuleDiagnostic extends BasicDiagnostic {

    /** The diagnostic source of every finding. */
    public static final String SOURCE = "org.emworkbench.validation";

    /** The code of a finding that a rule reported. */
    public static final int FINDING = 1;

    /** The code of a finding that says a rule itself failed. */
    public static final int RULE_FAILURE = 2;

    /**
     * The code of a diagnostic that says an online rule could not check an
     * object because a server could not be reached
     * ({@link OnlineCheckUnavailableException}).
     */
    public static final int ENVIRONMENT_FAILURE = 3;

    private final String ruleId;
    private final String objectPath;
    private final String expected;
    private final String actual;
    private final String fixHint;
    private final QuickFix quickFix;

    /**
     * @param severity   a {@link org.eclipse.emf.common.util.Diagnostic} severity
     * @param code       {@link #FINDING}, {@link #RULE_FAILURE} or {@link #ENVIRONMENT_FAILURE}
     * @param ruleId     the id of the rule
     * @param object     the object the finding is about
     * @param objectPath the object's path, see {@link ObjectPaths}
     * @param message    the message, without rule id or path
     */
    public RuleDiagnostic(int severity, int code, String ruleId, EObject object, String objectPath, String message) {
        this(severity, code, ruleId, objectPath, Finding.on(object, message));
    }

    /**
     * @param severity   a {@link org.eclipse.emf.common.util.Diagnostic} severity
     * @param code       {@link #FINDING}, {@link #RULE_FAILURE} or {@link #ENVIRONMENT_FAILURE}
     * @param ruleId     the id of the rule
     * @param objectPath the path of the finding's object, see {@link ObjectPaths}
     * @param finding    what the rule found
     */
    public RuleDiagnostic(int severity, int code, String ruleId, String objectPath, Finding finding) {
        super(severity, SOURCE, code, finding.message(), new Object[] { finding.object() });
        this.ruleId = ruleId;
        this.objectPath = objectPath;
        this.expected = finding.expected();
        this.actual = finding.actual();
        this.fixHint = finding.fixHint();
        this.quickFix = finding.quickFix();
    }

    /** @return the id of the rule that reported this finding */
    public String getRuleId() {
        return ruleId;
    }

    /** @return the object the finding is about */
    public EObject getObject() {
        List<?> data = getData();
        return (EObject) data.get(0);
    }

    /** @return the path of the object, as it was when the finding was reported */
    public String getObjectPath() {
        return objectPath;
    }

    /** @return the value the rule expects, or {@code null} */
    public String getExpected() {
        return expected;
    }

    /** @return the value found, or {@code null} when missing or not told */
    public String getActual() {
        return actual;
    }

    /** @return how to fix the problem, or {@code null} */
    public String getFixHint() {
        return fixHint;
    }

    /**
     * @return the mechanical fix the rule offers, or {@code null}; it applies to
     *         the model this finding was reported on
     */
    public QuickFix getQuickFix() {
        return quickFix;
    }
}
