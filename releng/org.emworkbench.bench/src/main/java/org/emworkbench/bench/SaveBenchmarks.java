/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
 * Saving a loaded deployment model to a file, overwriting the previous one.
 * <p>
 * EMW has no save method yet ({@code DeploymentFiles.save} with an atomic
 * replace is being written); {@link #emwSave()} stands in for it: XMI with the
 * save options of {@link EmfOptions#emwSave()}, written to a temporary file
 * beside the target, forced to the disk and moved over the target atomically.
 * The real save will also keep a backup copy of the previous file, so this is a
 * lower bound. Replace the body by the real call once that method exists.
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
    private EmfOptions options;
    private Path output;
    private Resource xmi;
    private Resource binary;

    @Setup(Level.Trial)
    public void prepare() throws IOException, ModelLoadException {
        files = ModelFiles.prepare(size);
        options = new EmfOptions();
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

    /** A stand-in for EMW's save: see the class comment. */
    @Benchmark
    public Path emwSave() throws IOException {
        Path target = output.resolve("emw.emw");
        Path temporary = output.resolve(".emw.emw.tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            xmi.save(out, options.emwSave());
            out.flush();
            channel.force(true);
        }
        return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
