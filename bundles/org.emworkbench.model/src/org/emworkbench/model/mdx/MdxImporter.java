/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx;

import java.nio.file.Path;

import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.mdx.internal.CatalogueApplier;
import org.emworkbench.model.mdx.internal.MdxArchive;
import org.emworkbench.model.mdx.internal.PolicyMetadataParser;
import org.emworkbench.model.mdx.internal.XmlTreeReader;

/**
 * Imports the policy catalogue of an MDX app from its {@code .mdx} file, the
 * ZIP archive the MDX Toolkit writes, into a deployment model. Plain Java: no
 * OSGi, no workbench.
 *
 * <p>Only {@code policy_metadata.xml} at the root of the archive is read, in
 * memory; nothing is extracted to disk. Archives that could hurt whoever
 * unpacks them (unsafe entry names, sizes or compression ratios beyond
 * {@link MdxLimits}) and XML with a DOCTYPE are refused with an
 * {@link MdxImportException}. What the parser accepts is described in
 * {@code docs/mdx-import.md}; whatever it reads but does not understand is
 * reported in {@link MdxCatalogue#notes()}, never guessed silently.
 *
 * @since 0.1
 */
public final class MdxImporter {

    private MdxImporter() {
    }

    /**
     * Reads an {@code .mdx} file with the {@linkplain MdxLimits#DEFAULT default limits}.
     *
     * @param file the {@code .mdx} file as the user named it (used in messages)
     * @return the catalogue it declares
     * @throws MdxImportException when the file is refused; the message names
     *                            the file, what is wrong and what to do
     */
    public static MdxCatalogue read(Path file) throws MdxImportException {
        return read(file, MdxLimits.DEFAULT);
    }

    /**
     * Reads an {@code .mdx} file.
     *
     * @param file   the {@code .mdx} file as the user named it (used in messages)
     * @param limits the limits the archive must keep
     * @return the catalogue it declares, with at least one policy
     * @throws MdxImportException when the file is refused
     */
    public static MdxCatalogue read(Path file, MdxLimits limits) throws MdxImportException {
        byte[] metadata = MdxArchive.readMetadata(file, limits);
        return PolicyMetadataParser.parse(file, XmlTreeReader.read(file, metadata, limits));
    }

    /**
     * Puts a catalogue into a deployment. The app is the one with the
     * catalogue's app name, or else the file name without {@code .mdx}, and
     * the catalogue's platform, or else {@code platform}. If the deployment
     * has an app with that name and platform, its policy definitions
     * are replaced, its package id and version updated where the catalogue
     * gives them, and its policy values kept (values whose policy the
     * catalogue no longer has are reported as warnings); otherwise the app is
     * added with the role {@code other}. The source file recorded is the
     * catalogue's source as the user named it.
     *
     * @param deployment the deployment to change
     * @param catalogue  what {@link #read} returned
     * @param platform   the platform the user named ({@code --platform}), or
     *                   {@code null}; it must agree with the archive's
     * @return what was done, with the catalogue's notes among the warnings
     * @throws MdxImportException when no platform is known or the user's
     *                            contradicts the archive's; the deployment is
     *                            then unchanged
     */
    public static MdxImportResult apply(Deployment deployment, MdxCatalogue catalogue, Platform platform)
            throws MdxImportException {
        return CatalogueApplier.apply(deployment, catalogue, platform, catalogue.source().toString());
    }

    /**
     * {@link #read(Path) Reads} an {@code .mdx} file and {@link #apply applies} it.
     *
     * @param deployment the deployment to change
     * @param file       the {@code .mdx} file as the user named it
     * @param platform   the platform the user named, or {@code null}
     * @return what was done
     * @throws MdxImportException when the file is refused or the platform is
     *                            unknown or contradictory; the deployment is
     *                            then unchanged
     */
    public static MdxImportResult importInto(Deployment deployment, Path file, Platform platform)
            throws MdxImportException {
        return apply(deployment, read(file), platform);
    }
}
