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

    private final String ruleId;
    private final String objectPath;

    /**
     * @param severity   a {@link org.eclipse.emf.common.util.Diagnostic} severity
     * @param code       {@link #FINDING} or {@link #RULE_FAILURE}
     * @param ruleId     the id of the rule
     * @param object     the object the finding is about
     * @param objectPath the object's path, see {@link ObjectPaths}
     * @param message    the message, without rule id or path
     */
    public RuleDiagnostic(int severity, int code, String ruleId, EObject object, String objectPath, String message) {
        super(severity, SOURCE, code, message, new Object[] { object });
        this.ruleId = ruleId;
        this.objectPath = objectPath;
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
}
