/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.emworkbench.cli.internal.report.JsonDocuments;
import org.emworkbench.export.internal.json.JsonWriter;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.RuleSeverity;

/**
 * The JSON document of {@code emw fix --format json}: the fixes applied, whether
 * the model was saved, and the findings no fix settled. Every key is always
 * present; keys may be added, none renamed or removed without raising
 * {@value #SHAPE_VERSION}.
 */
final class FixJson {

    /** The version of the document shape; raised only for incompatible changes. */
    static final int SHAPE_VERSION = 1;

    private FixJson() {
    }

    /**
     * @param model     the model file as the user named it
     * @param fixed     the findings whose fixes were applied, in order
     * @param remaining the findings after the fixes
     * @param saved     whether the model was written
     * @param version   the tool's version
     * @param exitCode  the command's exit code, repeated for scripts
     * @return an indented JSON document with its final line break
     */
    static String document(String model, List<RuleDiagnostic> fixed, List<Diagnostic> remaining, boolean saved,
            String version, int exitCode) {
        JsonWriter json = JsonDocuments.begin(SHAPE_VERSION, version);
        json.member("model", model).member("saved", saved);
        json.name("backup");
        if (saved) {
            json.value(model + DeploymentFiles.BACKUP_SUFFIX);
        } else {
            json.nullValue();
        }
        json.name("fixed").beginArray();
        for (RuleDiagnostic finding : fixed) {
            json.beginObject().member("ruleId", finding.getRuleId()).member("object", finding.getObjectPath())
                    .member("fix", finding.getQuickFix().description()).endObject();
        }
        json.endArray();
        json.name("remaining").beginArray();
        long errors = 0;
        for (Diagnostic finding : remaining) {
            errors += finding.getSeverity() >= Diagnostic.ERROR ? 1 : 0;
            json.beginObject().member("ruleId", FixCommand.ruleOf(finding))
                    .member("severity", RuleSeverity.labelOf(finding.getSeverity()))
                    .member("object", FixCommand.pathOf(finding)).member("message", finding.getMessage()).endObject();
        }
        json.endArray();
        json.name("summary").beginObject().member("fixed", fixed.size()).member("errorsLeft", errors)
                .member("exitCode", exitCode).endObject();
        return json.endObject().toJson();
    }
}
