/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Runs rules over a model and collects their findings as EMF diagnostics.
 * <p>
 * Every object of the model is offered to every rule whose target class it is
 * an instance of. Each rule runs over the whole model on a worker thread of its
 * own, with a time limit ({@link ValidationOptions#timeoutFor}); a rule that
 * cannot be created, throws or runs out of time is reported as a
 * {@link RuleDiagnostic#RULE_FAILURE} error naming the rule and its plug-in,
 * and the other rules still run. Rules run one after the other, so a rule never
 * sees the model at the same time as another. Findings are ordered by object
 * (document order), then by rule. A finding has its rule's severity unless it
 * sets a lower one ({@link Finding#severity(RuleSeverity)}); a higher one is
 * lowered to the rule's. Rules and objects the model switches off
 * ({@link RuleSuppressions}) are left out.
 * </p>
 * <p>
 * The options can switch rules off for every model
 * ({@link ValidationOptions#disabledRules()}): such a rule is not even
 * created. They can also override a rule's severity
 * ({@link ValidationOptions#severityOverrides()}): every finding of that rule
 * then has the overriding severity, whatever the rule declared or the finding
 * set. A rule failure ({@link RuleDiagnostic#RULE_FAILURE}) is always an error,
 * because it says that the model was not checked.
 * </p>
 * The engine is immutable and may be shared.
 *
 * @since 0.1
 */
public final class ValidationEngine {

    private final List<RuleDescriptor> rules;

    /** @param rules the rules to run, in the order their findings should appear for one object */
    public ValidationEngine(List<RuleDescriptor> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @return the rules this engine runs */
    public List<RuleDescriptor> rules() {
        return rules;
    }

    /**
     * Runs the offline rules with the default options.
     *
     * @param resource a loaded model
     * @return a diagnostic whose children are the {@link RuleDiagnostic}s found
     */
    public Diagnostic validate(Resource resource) {
        return validate(resource, ValidationOptions.offline());
    }

    /**
     * Runs the rules of the given modes with default timeouts.
     *
     * @param resource a loaded model
     * @param modes    which rules to run
     * @return a diagnostic whose children are the {@link RuleDiagnostic}s found
     */
    public Diagnostic validate(Resource resource, Set<RuleMode> modes) {
        return validate(resource, ValidationOptions.offline().withModes(EnumSet.copyOf(modes)));
    }

    /**
     * Runs the rules the options select.
     *
     * @param resource a loaded model; not changed
     * @param options  modes, switched-off rules, severity overrides, timeouts and
     *                 cancellation
     * @return a diagnostic whose children are the {@link RuleDiagnostic}s found;
     *         when cancelled, its last child is a {@link Diagnostic#CANCEL} one
     */
    public Diagnostic validate(Resource resource, ValidationOptions options) {
        ModelIndex model = new ModelIndex(resource);
        RuleSuppressions suppressions = RuleSuppressions.of(resource);
        List<Ordered> findings = new ArrayList<>();
        boolean cancelled = false;
        for (int ruleIndex = 0; ruleIndex < rules.size() && !cancelled; ruleIndex++) {
            RuleDescriptor rule = rules.get(ruleIndex);
            if (!options.runs(rule) || suppressions.isOffEverywhere(rule.id())) {
                continue;
            }
            List<EObject> targets = model.instancesOf(rule);
            if (targets.isEmpty()) {
                continue;
            }
            for (RuleDiagnostic finding : run(rule, targets, options)) {
                if (finding.getCode() == RuleDiagnostic.RULE_FAILURE
                        || !suppressions.isOff(rule.id(), finding.getObjectPath())) {
                    findings.add(new Ordered(ruleIndex, findings.size(), finding));
                }
            }
            cancelled = options.cancelled().getAsBoolean();
        }
        Map<EObject, Integer> positions = model.positionsOf(findings.stream().map(ordered -> ordered.finding().getObject())
                .toList());
        findings.sort(Comparator
                .comparingInt((Ordered ordered) -> positions.getOrDefault(ordered.finding().getObject(),
                        Integer.MAX_VALUE))
                .thenComparingInt(Ordered::ruleIndex).thenComparingInt(Ordered::sequence));
        BasicDiagnostic result = new BasicDiagnostic(RuleDiagnostic.SOURCE, 0, "Validation of " + resource.getURI(),
                new Object[] { resource });
        findings.forEach(ordered -> result.add(ordered.finding()));
        if (cancelled) {
            result.add(new BasicDiagnostic(Diagnostic.CANCEL, RuleDiagnostic.SOURCE, 0, "validation was cancelled",
                    new Object[] { resource }));
        }
        return result;
    }

    private static List<RuleDiagnostic> run(RuleDescriptor rule, List<EObject> targets, ValidationOptions options) {
        RuleRun run = new RuleRun(rule, targets, options);
        FutureTask<Void> task = new FutureTask<>(run, null);
        Thread worker = new Thread(task, "EMW rule " + rule.id());
        worker.setDaemon(true);
        worker.start();
        try {
            task.get(options.timeoutFor(rule.mode()).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.stop();
            task.cancel(true);
            // The worker is a daemon: if the rule ignores the interrupt, it is abandoned, not waited for.
            run.failure(run.current(), "did not finish within " + options.timeoutFor(rule.mode()).toSeconds()
                    + " s and was stopped", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.stop();
            task.cancel(true);
        } catch (ExecutionException e) {
            run.failure(run.current(), "failed", e.getCause());
        }
        return run.findings();
    }

    /** One rule over all its targets: runs on a worker thread, read after it ends or is abandoned. */
    private static final class RuleRun implements Runnable, RuleContext {
        private final RuleDescriptor rule;
        private final List<EObject> targets;
        private final ValidationOptions options;
        private final List<RuleDiagnostic> findings = new ArrayList<>();
        private volatile boolean stopped;
        private volatile EObject current;

        RuleRun(RuleDescriptor rule, List<EObject> targets, ValidationOptions options) {
            this.rule = rule;
            this.targets = targets;
            this.options = options;
            this.current = targets.get(0);
        }

        @Override
        public void run() {
            ValidationRule instance;
            try {
                instance = rule.rule().get();
                if (instance == null) {
                    throw new IllegalStateException("the rule supplier returned null");
                }
            } catch (RuntimeException | LinkageError e) {
                failure(current, "could not be created", e);
                return;
            }
            for (EObject target : targets) {
                if (isCancelled()) {
                    return;
                }
                current = target;
                try {
                    instance.check(target, this);
                } catch (OnlineCheckUnavailableException e) {
                    add(new RuleDiagnostic(Diagnostic.ERROR, RuleDiagnostic.ENVIRONMENT_FAILURE, rule.id(), target,
                            ObjectPaths.of(target), "could not be checked: " + e.getMessage()));
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    failure(target, "failed on this object", e);
                }
            }
        }

        @Override
        public void report(Finding finding) {
            if (!stopped) {
                add(new RuleDiagnostic(severityOf(finding).diagnosticSeverity(), RuleDiagnostic.FINDING, rule.id(),
                        ObjectPaths.of(finding.object()), finding));
            }
        }

        /**
         * The user's override if there is one; otherwise the finding's own
         * severity, but never more severe than the rule declares.
         */
        private RuleSeverity severityOf(Finding finding) {
            RuleSeverity overridden = options.severityOverrides().get(rule.id());
            if (overridden != null) {
                return overridden;
            }
            RuleSeverity own = finding.severity();
            return own == null || own.compareTo(rule.severity()) < 0 ? rule.severity() : own;
        }

        @Override
        public boolean isCancelled() {
            return stopped || Thread.currentThread().isInterrupted() || options.cancelled().getAsBoolean();
        }

        @Override
        public <T> Optional<T> environment(Class<T> type) {
            return Optional.ofNullable(options.environment().get(type)).map(type::cast);
        }

        EObject current() {
            return current;
        }

        void stop() {
            stopped = true;
        }

        void failure(EObject object, String what, Throwable cause) {
            String message = "rule " + rule.id() + " from plug-in " + rule.contributor() + " " + what
                    + (cause == null ? "" : ": " + describe(cause)) + "; report this to the plug-in's authors";
            add(new RuleDiagnostic(Diagnostic.ERROR, RuleDiagnostic.RULE_FAILURE, rule.id(), object,
                    ObjectPaths.of(object), message));
        }

        private synchronized void add(RuleDiagnostic finding) {
            findings.add(finding);
        }

        synchronized List<RuleDiagnostic> findings() {
            return List.copyOf(findings);
        }
    }

    /**
     * The model's objects in document order, and by class. Positions are looked
     * up only for the objects findings are about: a map of every object's
     * position cost more than walking the model.
     */
    private static final class ModelIndex {
        private final List<EObject> order = new ArrayList<>();
        private final Map<EClass, List<EObject>> byClass = new HashMap<>();

        ModelIndex(Resource resource) {
            for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
                EObject object = contents.next();
                order.add(object);
                byClass.computeIfAbsent(object.eClass(), key -> new ArrayList<>()).add(object);
            }
        }

        /** @return the objects the rule applies to, in document order */
        List<EObject> instancesOf(RuleDescriptor rule) {
            Set<EClass> classes = new HashSet<>();
            byClass.keySet().stream().filter(rule::appliesTo).forEach(classes::add);
            if (classes.size() == 1) {
                // One class's list is already in document order.
                return Collections.unmodifiableList(byClass.get(classes.iterator().next()));
            }
            return classes.isEmpty() ? List.of()
                    : order.stream().filter(object -> classes.contains(object.eClass())).toList();
        }

        /**
         * @param objects objects of the model, or not (a rule may report on
         *                anything)
         * @return the position in document order of each of them that is in the model
         */
        Map<EObject, Integer> positionsOf(List<EObject> objects) {
            Map<EObject, Integer> positions = new IdentityHashMap<>();
            objects.forEach(object -> positions.put(object, Integer.MAX_VALUE));
            if (positions.isEmpty()) {
                return positions;
            }
            for (int position = 0; position < order.size(); position++) {
                positions.replace(order.get(position), position);
            }
            return positions;
        }
    }

    private record Ordered(int ruleIndex, int sequence, RuleDiagnostic finding) {
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
