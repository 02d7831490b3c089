/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
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
 * Loading one deployment model file, each time into a new resource set, as the
 * command line and the workbench do. Every operation is timed
 * ({@link Mode#SampleTime}), so medians and minimums are of single loads.
 * {@link BenchMain} sets the forks and iterations of a full run; the
 * annotations are the defaults for running this class with JMH's own main.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class LoadBenchmarks {

    @Param
    public ModelSize size;

    private ModelFiles files;
    private EmfOptions options;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        prepare(ModelFiles.prepare(size));
    }

    /** Prepares to load the given files: for {@link InterleavedLoads}, which runs without JMH. */
    void prepare(ModelFiles model) {
        files = model;
        options = new EmfOptions();
    }

    @TearDown(Level.Trial)
    public void release() {
        files.close();
    }

    /** EMW's loader, with EMW's options: what {@code emw validate} and the workbench run. */
    @Benchmark
    public Resource emwLoad() throws ModelLoadException {
        return DeploymentFiles.load(files.xmi());
    }

    /** EMF's XMI resource with no options at all. */
    @Benchmark
    public Resource xmiDefaultLoad() throws IOException {
        return load(new XMIResourceImpl(uri(files.xmi())), Collections.emptyMap());
    }

    /** EMF's XMI resource with the options EMF offers for speed: the target's reference. */
    @Benchmark
    public Resource xmiTunedLoad() throws IOException {
        return load(new XMIResourceImpl(uri(files.xmi())), options.tunedLoad());
    }

    /** EMF's binary resource: what a format made for speed costs. */
    @Benchmark
    public Resource binaryLoad() throws IOException {
        return load(new BinaryResourceImpl(uri(files.binary())), Collections.emptyMap());
    }

    private static Resource load(Resource resource, Map<?, ?> loadOptions) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(DeploymentPackage.eNS_URI, DeploymentPackage.eINSTANCE);
        resourceSet.getResources().add(resource);
        resource.load(loadOptions);
        return resource;
    }

    private static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().toString());
    }
}
