/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.emworkbench.model.deployment.DeploymentPackage;

/**
 * The {@link ModelMigration}s {@link DeploymentFiles#load} consults. Each
 * version of the deployment model has at most one migration to the next, so a
 * file of any registered older version reaches the current version
 * ({@value DeploymentPackage#eNS_URI}) through one chain. The registry is
 * shared by the whole process and safe to use from any thread.
 * <p>
 * Version 1.0 is the first version of the deployment model, so EMW registers
 * no migration yet; the first change to the model's XML form adds one here.
 *
 * @since 0.1
 */
public final class ModelMigrations {

    /** Undoes a registration. */
    public interface Registration extends AutoCloseable {

        /** Removes the migration again; later loads no longer use it. */
        @Override
        void close();
    }

    private static final List<ModelMigration> REGISTERED = new CopyOnWriteArrayList<>();

    private ModelMigrations() {
    }

    /**
     * @param migration a migration from a version that no registered migration reads yet
     * @return the registration, to remove it again
     * @throws IllegalArgumentException when its source is the current version,
     *                                  equals its target, is already migrated, or
     *                                  when it would close a cycle of migrations
     */
    public static Registration register(ModelMigration migration) {
        String source = Objects.requireNonNull(migration.sourceNamespace(), "sourceNamespace");
        String target = Objects.requireNonNull(migration.targetNamespace(), "targetNamespace");
        if (source.equals(DeploymentPackage.eNS_URI)) {
            throw new IllegalArgumentException(source + " is the current version; it needs no migration");
        }
        if (source.equals(target)) {
            throw new IllegalArgumentException("a migration must lead to another version than " + source);
        }
        synchronized (REGISTERED) {
            if (next(source) != null) {
                throw new IllegalArgumentException("a migration from " + source + " is already registered");
            }
            for (ModelMigration step = next(target); step != null; step = next(step.targetNamespace())) {
                if (step.targetNamespace().equals(source)) {
                    throw new IllegalArgumentException("a migration from " + source + " to " + target
                            + " would close a cycle of migrations");
                }
            }
            REGISTERED.add(migration);
        }
        return () -> REGISTERED.remove(migration);
    }

    /**
     * @param namespace the namespace URI a model file declares
     * @return the migrations that lead from it to the current version, oldest
     *         first; empty when the namespace is the current one, unknown, or
     *         when its chain does not reach the current version
     */
    public static List<ModelMigration> chainFrom(String namespace) {
        List<ModelMigration> chain = new ArrayList<>();
        String version = namespace;
        for (ModelMigration step = next(version); step != null; step = next(version)) {
            chain.add(step);
            version = step.targetNamespace();
            if (chain.size() > REGISTERED.size()) {
                return List.of();
            }
        }
        return version.equals(DeploymentPackage.eNS_URI) ? List.copyOf(chain) : List.of();
    }

    /** @return the namespace URIs of older versions this EMW reads, sorted */
    public static Set<String> migratableNamespaces() {
        Set<String> namespaces = new TreeSet<>();
        for (ModelMigration migration : REGISTERED) {
            if (!chainFrom(migration.sourceNamespace()).isEmpty()) {
                namespaces.add(migration.sourceNamespace());
            }
        }
        return namespaces;
    }

    private static ModelMigration next(String namespace) {
        for (ModelMigration migration : REGISTERED) {
            if (migration.sourceNamespace().equals(namespace)) {
                return migration;
            }
        }
        return null;
    }
}
