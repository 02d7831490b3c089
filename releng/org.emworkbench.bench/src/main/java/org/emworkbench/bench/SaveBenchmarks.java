/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.model.persistence.ModelSaveException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving a loaded deployment model to a file, overwriting the previous one.
 * {@link #emwSave()} is EMW's own {@code DeploymentFiles.save}: temporary file,
 * fsync, a backup copy of the previous version, atomic replace. It writes
 * nothing when the content is unchanged, so every call first changes one
 * attribute and the whole path is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class SaveBenchmarks {

    @Param
    public ModelSize size;

    private ModelFiles files;
    private Path output;
    private Resource xmi;
    private Resource binary;
    private long saves;

    @Setup(Level.Trial)
    public void prepare() throws IOException, ModelLoadException {
        files = ModelFiles.prepare(size);
        output = Files.createTempDirectory("emw-bench-save-");
        xmi = DeploymentFiles.load(files.xmi());
        xmi.setURI(URI.createFileURI(output.resolve("default.emw").toString()));
        binary = new BinaryResourceImpl(URI.createFileURI(output.resolve("model.emwbin").toString()));
        binary.getContents().add(EcoreUtil.copy(xmi.getContents().get(0)));
    }

    @TearDown(Level.Trial)
    public void release() {
        files.close();
        ModelFiles.deleteTree(output);
    }

    /** EMW's save, with a changed model each time (see the class comment). */
    @Benchmark
    public boolean emwSave() throws ModelSaveException {
        Deployment deployment = (Deployment) xmi.getContents().get(0);
        deployment.setDescription("save " + ++saves);
        return DeploymentFiles.save(xmi, output.resolve("emw.emw"));
    }

    /** EMF's XMI resource with no options, writing to its URI. */
    @Benchmark
    public Resource xmiDefaultSave() throws IOException {
        xmi.save(Collections.emptyMap());
        return xmi;
    }

    /** EMF's binary resource with no options, writing to its URI. */
    @Benchmark
    public Resource binarySave() throws IOException {
        binary.save(Collections.emptyMap());
        return binary;
    }
}
