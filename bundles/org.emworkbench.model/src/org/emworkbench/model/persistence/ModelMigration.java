/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

/**
 * Reads a model file of an older version of the deployment model as the next
 * version. The namespace URI of a model file carries its version
 * ({@code http://www.emworkbench.org/deployment/1.0}); when
 * {@link DeploymentFiles#load} meets a namespace that a
 * {@linkplain ModelMigrations#register registered} migration starts from, it
 * runs the chain of migrations that leads to the current version.
 * <p>
 * A migration works on the XML while it streams from the parser to EMF: every
 * element of the file is handed to {@link #migrate} before EMF builds the
 * object for it. The file on disk is not changed, and line and column numbers
 * in load errors still point into it. Saving the loaded model writes the
 * current version (the old file stays as the backup, see
 * {@link DeploymentFiles#save}).
 * <p>
 * A migration can rename elements and attributes and change, add or remove
 * attribute values; it cannot move content from one element to another. One
 * instance serves every load, also concurrent ones, so implementations keep no
 * state between calls.
 *
 * @since 0.1
 */
public interface ModelMigration {

    /**
     * @return the namespace URI of the version this migration reads, e.g.
     *         {@code http://www.emworkbench.org/deployment/0.9}
     */
    String sourceNamespace();

    /** @return the namespace URI of the version it produces: the next version, or the current one */
    String targetNamespace();

    /**
     * Rewrites one element, given as written in the source version, into the
     * target version. Called for every element of the file in document order,
     * the root first.
     *
     * @param element the element; change it in place
     */
    void migrate(MigratingElement element);
}
