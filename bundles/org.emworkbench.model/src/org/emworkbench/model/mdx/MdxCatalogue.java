/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.emworkbench.model.deployment.Platform;

/**
 * What an {@code .mdx} file declares: the app, as far as its
 * {@code policy_metadata.xml} names it, and its policy catalogue.
 *
 * @param source    the {@code .mdx} file as the user named it
 * @param appName   the app name the file declares, or {@code null}
 * @param packageId the bundle id or package name the file declares, or {@code null}
 * @param version   the app version the file declares, or {@code null}
 * @param platform  the platform the file declares, or {@code null}
 * @param policies  the policies, in file order, with unique names; never empty
 * @param notes     what EMW read but did not understand or had to choose, one sentence each,
 *                  naming the line of {@code policy_metadata.xml}; empty when all was understood
 * @since 0.1
 */
public record MdxCatalogue(Path source, String appName, String packageId, String version, Platform platform,
        List<MdxPolicy> policies, List<String> notes) {

    /**
     * @throws NullPointerException     when the source or a list is {@code null}
     * @throws IllegalArgumentException when two policies have the same name
     */
    public MdxCatalogue {
        Objects.requireNonNull(source, "source");
        policies = List.copyOf(policies);
        notes = List.copyOf(notes);
        Set<String> names = new HashSet<>();
        for (MdxPolicy policy : policies) {
            if (!names.add(policy.name())) {
                throw new IllegalArgumentException("two policies are named '" + policy.name() + "'");
            }
        }
    }
}
