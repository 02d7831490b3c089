/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.tests.support.synthetic.SyntheticDeployments;

/**
 * The files a benchmark reads: one synthetic model of a {@link ModelSize}, as
 * XMI (the {@code .emw} format) and in EMF's binary format.
 * <p>
 * The orchestrating {@link BenchMain} writes them once into the folder named by
 * the system property {@value #WORK_PROPERTY} and passes it to the JMH forks;
 * when a benchmark runs without it (straight from JMH's own main), each fork
 * writes its own into a temporary folder that {@link #close()} deletes.
 *
 * @param size    the model
 * @param xmi     the model as XMI, written with EMW's save options
 * @param binary  the model in EMF's binary format
 * @param objects the number of objects in the model
 * @param owned   whether {@link #close()} deletes the folder
 */
record ModelFiles(ModelSize size, Path xmi, Path binary, long objects, boolean owned) implements AutoCloseable {

    /** The system property naming the folder with the models. */
    static final String WORK_PROPERTY = "emw.bench.work";

    /**
     * Generates the model and writes both files into {@code folder},
     * overwriting older ones.
     */
    static ModelFiles write(ModelSize size, Path folder, boolean owned) throws IOException {
        Files.createDirectories(folder);
        Path xmi = folder.resolve(size.name().toLowerCase() + ".emw");
        Path binary = folder.resolve(size.name().toLowerCase() + ".emwbin");
        Deployment deployment = SyntheticDeployments.generate(size.shape(), ModelSize.SEED);
        long objects = SyntheticDeployments.countObjects(deployment);

        Resource binaryResource = new BinaryResourceImpl(URI.createFileURI(binary.toString()));
        binaryResource.getContents().add(EcoreUtil.copy(deployment));
        binaryResource.save(Collections.emptyMap());

        Resource xmiResource = DeploymentFiles.newResourceSet().createResource(URI.createFileURI(xmi.toString()));
        xmiResource.getContents().add(deployment);
        xmiResource.save(DeploymentFiles.saveOptions());
        return new ModelFiles(size, xmi, binary, objects, owned);
    }

    /**
     * @return the files in the folder {@value #WORK_PROPERTY} names, or new ones
     *         in a temporary folder
     */
    static ModelFiles prepare(ModelSize size) throws IOException {
        String work = System.getProperty(WORK_PROPERTY);
        if (work != null) {
            Path folder = Path.of(work);
            Path xmi = folder.resolve(size.name().toLowerCase() + ".emw");
            Path binary = folder.resolve(size.name().toLowerCase() + ".emwbin");
            if (Files.isRegularFile(xmi) && Files.isRegularFile(binary)) {
                return new ModelFiles(size, xmi, binary, size.shape().objectCount(), false);
            }
        }
        return write(size, Files.createTempDirectory("emw-bench-"), true);
    }

    @Override
    public void close() {
        if (owned) {
            deleteTree(xmi.getParent());
        }
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder, e);
        }
    }
}
