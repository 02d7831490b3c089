/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleDiagnostic;
import org.emworkbench.validation.ValidationEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validating a model with all offline rules the validation bundle registers,
 * against a bare traversal of the same model: every object, every attribute
 * read. Every operation is timed ({@link Mode#SampleTime}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidationBenchmarks {

    @Param
    public ModelSize size;

    private Resource resource;
    private ValidationEngine engine;

    @Setup(Level.Trial)
    public void prepare() {
        prepare(ValidationModel.create(size), PluginXmlRules.offline());
    }

    /** Prepares to run on the given model: for {@link InterleavedValidation}, which runs without JMH. */
    void prepare(Resource model, List<RuleDescriptor> rules) {
        resource = model;
        engine = new ValidationEngine(rules);
        Diagnostic result = engine.validate(resource);
        for (Diagnostic child : result.getChildren()) {
            if (child.getCode() == RuleDiagnostic.RULE_FAILURE) {
                throw new IllegalStateException("a rule failed on the " + size + " model: " + child.getMessage());
            }
        }
    }

    /** {@code eAllContents()} of the resource and {@code eGet} of every attribute of every object. */
    @Benchmark
    public void traversal(Blackhole values) {
        traverse(resource, values);
    }

    /** What {@code emw validate} runs after loading: every offline rule, default options. */
    @Benchmark
    public Diagnostic validation() {
        return engine.validate(resource);
    }

    static void traverse(Resource resource, Blackhole values) {
        for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                values.consume(object.eGet(attribute));
            }
        }
    }
}
