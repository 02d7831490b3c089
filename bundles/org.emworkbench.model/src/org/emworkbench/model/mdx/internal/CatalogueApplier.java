/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.emworkbench.model.deployment.AllowedValue;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.model.mdx.MdxAllowedValue;
import org.emworkbench.model.mdx.MdxCatalogue;
import org.emworkbench.model.mdx.MdxImportException;
import org.emworkbench.model.mdx.MdxImportException.Reason;
import org.emworkbench.model.mdx.MdxImportResult;
import org.emworkbench.model.mdx.MdxPolicy;

/**
 * Puts a catalogue into a deployment: adds the app, or replaces the policy
 * definitions of the app with the same name and platform while keeping the
 * deployment's policy values. Nothing is changed when it throws.
 */
public final class CatalogueApplier {

    private static final String MDX_EXTENSION = ".mdx";

    private CatalogueApplier() {
    }

    /**
     * @param deployment the deployment to change
     * @param catalogue  what the {@code .mdx} file declares
     * @param platform   the platform the user named, or {@code null}
     * @param sourceFile what to record as the app's source file
     * @return what was done
     * @throws MdxImportException when the platform is unknown or contradicts
     *                            the archive
     */
    public static MdxImportResult apply(Deployment deployment, MdxCatalogue catalogue, Platform platform,
            String sourceFile) throws MdxImportException {
        Platform chosen = platformOf(catalogue, platform);
        String name = catalogue.appName() != null ? catalogue.appName() : nameFromFile(catalogue.source());
        List<String> warnings = new ArrayList<>(catalogue.notes());

        MdxApplication app = find(deployment, name, chosen);
        boolean added = app == null;
        if (added) {
            warnAboutNearNames(deployment, name, chosen, warnings);
            app = DeploymentFactory.eINSTANCE.createMdxApplication();
            app.setName(name);
            app.setPlatform(chosen);
        } else if (catalogue.packageId() != null && app.getPackageId() != null
                && !app.getPackageId().equals(catalogue.packageId())) {
            warnings.add(describe(app) + ": the package id changes from '" + app.getPackageId() + "' to '"
                    + catalogue.packageId() + "'; check that the file is the same app");
        }
        if (catalogue.packageId() != null) {
            app.setPackageId(catalogue.packageId());
        }
        if (catalogue.version() != null) {
            app.setVersion(catalogue.version());
        }
        app.setSourceFile(sourceFile);
        app.getPolicies().clear();
        for (MdxPolicy policy : catalogue.policies()) {
            app.getPolicies().add(definitionOf(policy));
        }
        checkValues(app, catalogue, warnings);
        if (added) {
            deployment.getApplications().add(app);
        }
        return new MdxImportResult(app, added, app.getPolicies().size(), warnings);
    }

    private static Platform platformOf(MdxCatalogue catalogue, Platform requested) throws MdxImportException {
        Platform declared = catalogue.platform();
        if (declared != null && requested != null && declared != requested) {
            throw new MdxImportException(catalogue.source(), Reason.PLATFORM_CONFLICT, "the archive says the app is"
                    + " for " + declared.getLiteral() + ", but --platform " + requested.getLiteral()
                    + " was given; drop --platform, or check that this is the right file");
        }
        Platform chosen = declared != null ? declared : requested;
        if (chosen == null) {
            throw new MdxImportException(catalogue.source(), Reason.PLATFORM_UNKNOWN, "the archive does not say"
                    + " which platform the app is for; name it with --platform ios or --platform android");
        }
        return chosen;
    }

    /** The file name without {@code .mdx}: the MDX Toolkit names its output after the app. */
    private static String nameFromFile(Path source) {
        String fileName = String.valueOf(source.getFileName());
        if (fileName.toLowerCase(Locale.ROOT).endsWith(MDX_EXTENSION) && fileName.length() > MDX_EXTENSION.length()) {
            return fileName.substring(0, fileName.length() - MDX_EXTENSION.length());
        }
        return fileName;
    }

    private static MdxApplication find(Deployment deployment, String name, Platform platform) {
        for (MdxApplication app : deployment.getApplications()) {
            if (name.equals(app.getName()) && app.getPlatform() == platform) {
                return app;
            }
        }
        return null;
    }

    /** Names differing only in case are probably the same app: say so rather than guess either way. */
    private static void warnAboutNearNames(Deployment deployment, String name, Platform platform,
            List<String> warnings) {
        for (MdxApplication app : deployment.getApplications()) {
            if (app.getPlatform() == platform && app.getName() != null && app.getName().equalsIgnoreCase(name)) {
                warnings.add("added the app '" + name + "' (" + platform.getLiteral() + "), but the model already"
                        + " has " + describe(app) + ", whose name differs only in case; if they are the same app,"
                        + " delete one of them");
            }
        }
    }

    private static PolicyDefinition definitionOf(MdxPolicy policy) {
        PolicyDefinition definition = DeploymentFactory.eINSTANCE.createPolicyDefinition();
        definition.setName(policy.name());
        definition.setType(policy.type());
        definition.setCategory(policy.category());
        definition.setDefaultValue(policy.defaultValue());
        definition.setTitle(policy.title());
        definition.setDescription(policy.description());
        for (MdxAllowedValue value : policy.allowedValues()) {
            AllowedValue allowed = DeploymentFactory.eINSTANCE.createAllowedValue();
            allowed.setValue(value.value());
            allowed.setLabel(value.label());
            definition.getAllowedValues().add(allowed);
        }
        return definition;
    }

    /**
     * Values are kept even when their policy is gone, so nothing the user set
     * is lost silently; their text is not repeated, as a value may be private.
     */
    private static void checkValues(MdxApplication app, MdxCatalogue catalogue, List<String> warnings) {
        Map<String, MdxPolicy> policies = catalogue.policies().stream()
                .collect(Collectors.toMap(MdxPolicy::name, Function.identity()));
        for (PolicyValue value : app.getPolicyValues()) {
            MdxPolicy policy = policies.get(value.getPolicyName());
            if (policy == null) {
                warnings.add(describe(app) + ": the policy value for '" + value.getPolicyName() + "' names no policy"
                        + " of the imported catalogue; it was kept: rename it to the policy's new name or delete it");
            } else if (!policy.allowedValues().isEmpty() && value.getValue() != null
                    && policy.allowedValues().stream().noneMatch(allowed -> allowed.value().equals(value.getValue()))) {
                warnings.add(describe(app) + ": the value set for '" + value.getPolicyName() + "' is not one of its "
                        + policy.allowedValues().size() + " allowed values ("
                        + policy.allowedValues().stream().map(MdxAllowedValue::value).collect(Collectors.joining(", "))
                        + "); choose one of them");
            }
        }
    }

    private static String describe(MdxApplication app) {
        return "app '" + app.getName() + "' (" + app.getPlatform().getLiteral() + ")";
    }
}
