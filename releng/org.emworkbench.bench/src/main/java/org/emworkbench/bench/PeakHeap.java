/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.emworkbench.model.persistence.DeploymentFiles;
import org.emworkbench.model.persistence.ModelLoadException;
import org.emworkbench.tests.support.synthetic.DeploymentShape;
import org.emworkbench.tests.support.synthetic.SyntheticDeployments;

/**
 * Loads one model with EMW's loader in a fresh JVM and prints what the heap
 * went through, as one line of {@code key=value} pairs (bytes). A tiny model is
 * loaded first, so that classes, the EMF package and the parser pool exist
 * before the measured load, as they would in a running workbench.
 * <ul>
 * <li>{@code peak}: the sum over the heap's memory pools of their peak usage
 * during the load (peaks were reset after a full GC just before it). The pools
 * may peak at different moments, so this is an upper bound of the heap in use
 * at any one time; it includes {@code before}.</li>
 * <li>{@code before}: heap in use after a full GC before the load.</li>
 * <li>{@code retained}: heap in use after a full GC with the model held, minus
 * {@code before}: the loaded model.</li>
 * <li>{@code leftAfterDrop}: heap in use after a full GC once the caller dropped
 * the model, minus {@code before}: what something else keeps reachable.</li>
 * </ul>
 * Exits with {@value #OUT_OF_MEMORY} when the heap is too small, like
 * {@code -XX:+ExitOnOutOfMemoryError}; {@link HeapProbe} uses that to find the
 * smallest {@code -Xmx} that loads the model.
 */
public final class PeakHeap {

    /** The exit code when the load ran out of heap. */
    static final int OUT_OF_MEMORY = 3;

    private static final DeploymentShape TINY = new DeploymentShape(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1);

    private PeakHeap() {
    }

    /** @param args the model file */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -Xmx512m -cp benchmarks.jar " + PeakHeap.class.getName() + " MODEL.emw");
            System.exit(2);
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        warmUp();
        long before = usedAfterGc(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Resource resource;
        try {
            resource = DeploymentFiles.load(Path.of(args[0]));
        } catch (OutOfMemoryError e) {
            System.out.println("outOfMemory=true");
            System.exit(OUT_OF_MEMORY);
            return;
        }
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long objects = SyntheticDeployments.countObjects(resource.getContents().get(0));
        long withModel = usedAfterGc(heap);
        Reference.reachabilityFence(resource);
        resource = null;
        long afterDrop = usedAfterGc(heap);
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining("+"));
        System.out.printf("peak=%d before=%d retained=%d leftAfterDrop=%d objects=%d maxHeap=%d gc=%s%n", peak,
                before, withModel - before, afterDrop - before, objects, Runtime.getRuntime().maxMemory(),
                collectors.replace(' ', '_'));
    }

    private static void warmUp() throws IOException, ModelLoadException {
        Path folder = Files.createTempDirectory("emw-heap-");
        try {
            Path tiny = folder.resolve("tiny.emw");
            Resource resource = DeploymentFiles.newResourceSet().createResource(URI.createFileURI(tiny.toString()));
            resource.getContents().add(SyntheticDeployments.generate(TINY, ModelSize.SEED));
            resource.save(Collections.emptyMap());
            DeploymentFiles.load(tiny);
        } finally {
            ModelFiles.deleteTree(folder);
        }
    }

    private static long usedAfterGc(List<MemoryPoolMXBean> heap) {
        System.gc();
        return heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }
}
