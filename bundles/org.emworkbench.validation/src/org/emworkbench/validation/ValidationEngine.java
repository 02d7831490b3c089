/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Runs rules over a model and collects their findings as EMF diagnostics.
 * <p>
 * Every object of the model is offered to every rule whose target class it is
 * an instance of. A rule that cannot be created or that throws is reported as
 * one {@link RuleDiagnostic#RULE_FAILURE} error naming the rule and its plug-in;
 * the other rules still run. The engine is immutable and may be shared.
 * </p>
 *
 * @since 0.1
 */
public final class ValidationEngine {

    private final List<RuleDescriptor> rules;

    /** @param rules the rules to run, in the order their findings should appear */
    public ValidationEngine(List<RuleDescriptor> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @return the rules this engine runs */
    public List<RuleDescriptor> rules() {
        return rules;
    }

    /**
     * Runs the offline rules over every root of the resource.
     *
     * @param resource a loaded model
     * @return a diagnostic whose children are the {@link RuleDiagnostic}s found
     */
    public Diagnostic validate(Resource resource) {
        return validate(resource, EnumSet.of(RuleMode.OFFLINE));
    }

    /**
     * Runs the rules of the given modes over every root of the resource.
     *
     * @param resource a loaded model
     * @param modes    which rules to run
     * @return a diagnostic whose children are the {@link RuleDiagnostic}s found,
     *         ordered by object (document order), then by rule
     */
    public Diagnostic validate(Resource resource, Set<RuleMode> modes) {
        BasicDiagnostic result = new BasicDiagnostic(RuleDiagnostic.SOURCE, 0,
                "Validation of " + resource.getURI(), new Object[] { resource });
        Run run = new Run(modes, result);
        for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            run.check(contents.next());
        }
        return result;
    }

    /** The state of one validation: which rules failed to load, which apply to which class. */
    private final class Run {
        private final Set<RuleMode> modes;
        private final BasicDiagnostic result;
        private final Map<EClass, List<RuleDescriptor>> rulesByClass = new HashMap<>();
        private final Map<RuleDescriptor, ValidationRule> instances = new HashMap<>();
        private final Set<RuleDescriptor> broken = new HashSet<>();

        Run(Set<RuleMode> modes, BasicDiagnostic result) {
            this.modes = modes;
            this.result = result;
        }

        void check(EObject object) {
            for (RuleDescriptor descriptor : rulesFor(object.eClass())) {
                ValidationRule rule = instance(descriptor, object);
                if (rule == null) {
                    continue;
                }
                try {
                    rule.check(object, (subject, message) -> result.add(new RuleDiagnostic(
                            descriptor.severity().diagnosticSeverity(), RuleDiagnostic.FINDING, descriptor.id(),
                            subject, ObjectPaths.of(subject), message)));
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    result.add(failure(descriptor, object, "failed on this object", e));
                }
            }
        }

        private List<RuleDescriptor> rulesFor(EClass eClass) {
            return rulesByClass.computeIfAbsent(eClass, key -> {
                List<RuleDescriptor> applicable = new ArrayList<>();
                for (RuleDescriptor rule : rules) {
                    if (modes.contains(rule.mode()) && rule.appliesTo(key)) {
                        applicable.add(rule);
                    }
                }
                return applicable;
            });
        }

        private ValidationRule instance(RuleDescriptor descriptor, EObject firstTarget) {
            if (broken.contains(descriptor)) {
                return null;
            }
            ValidationRule rule = instances.get(descriptor);
            if (rule != null) {
                return rule;
            }
            try {
                rule = descriptor.rule().get();
                if (rule == null) {
                    throw new IllegalStateException("the rule supplier returned null");
                }
                instances.put(descriptor, rule);
                return rule;
            } catch (RuntimeException | LinkageError e) {
                broken.add(descriptor);
                result.add(failure(descriptor, firstTarget, "could not be created", e));
                return null;
            }
        }

        private RuleDiagnostic failure(RuleDescriptor descriptor, EObject object, String what, Throwable cause) {
            String message = "rule " + descriptor.id() + " from plug-in " + descriptor.contributor() + " " + what
                    + ": " + describe(cause) + "; report this to the plug-in's authors";
            return new RuleDiagnostic(Diagnostic.ERROR, RuleDiagnostic.RULE_FAILURE, descriptor.id(), object,
                    ObjectPaths.of(object), message);
        }
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
