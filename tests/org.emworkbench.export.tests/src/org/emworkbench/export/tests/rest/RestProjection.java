/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.export.internal.SecretPolicies;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyValue;

/**
 * A deployment restricted to what the REST API carries, in a canonical
 * order: what {@code import-rest} can give back of a model. Everything else
 * (the server's address and version, enrollment, Exchange, the directory,
 * personas, policy bindings, rule suppressions, app roles, package ids,
 * policy catalogues' defaults and allowed values, built-in flags) is dropped;
 * each policy keeps the value the server would hold (the one set, else the
 * default; none for a secret).
 */
final class RestProjection {

    private static final Comparator<String> KEY = Comparator.nullsFirst(Comparator.naturalOrder());

    private RestProjection() {
    }

    static Deployment of(Deployment model) {
        Deployment copy = EcoreUtil.copy(model);
        Deployment projection = DeploymentFactory.eINSTANCE.createDeployment();
        EndpointManagementServer server = DeploymentFactory.eINSTANCE.createEndpointManagementServer();
        if (copy.getServer() != null) {
            server.getClientProperties().addAll(copy.getServer().getClientProperties());
            server.getServerProperties().addAll(copy.getServer().getServerProperties());
        }
        projection.setServer(server);
        projection.getApplications().addAll(copy.getApplications());
        projection.getDeliveryGroups().addAll(copy.getDeliveryGroups());

        sort(server.getClientProperties(), property -> property.getKey());
        sort(server.getServerProperties(), property -> property.getName());
        for (MdxApplication app : projection.getApplications()) {
            app.setRole(null);
            app.setPackageId(null);
            app.setSourceFile(null);
            effectiveValues(app);
        }
        sort(projection.getApplications(), app -> app.getName() + "\u0000" + (app.isSetPlatform()
                ? app.getPlatform().getValue() : -1));
        for (DeliveryGroup group : projection.getDeliveryGroups()) {
            group.setBuiltIn(false);
            sort(group.getDevicePolicies(), resource -> resource.getName());
            sort(group.getSmartActions(), resource -> resource.getName());
            sort(group.getGroups(), RestProjection::principalKey);
            sort(group.getUsers(), RestProjection::principalKey);
            sort(group.getApplications(), RestProjection::assignmentKey);
        }
        sort(projection.getDeliveryGroups(), group -> group.getName());
        return projection;
    }

    /** Each policy, declared or only valued, once, with the value the server holds. */
    private static void effectiveValues(MdxApplication app) {
        List<String> names = new ArrayList<>();
        app.getPolicies().forEach(definition -> names.add(definition.getName()));
        app.getPolicyValues().forEach(value -> names.add(value.getPolicyName()));
        List<String> unique = names.stream().distinct().sorted(KEY).toList();
        List<PolicyDefinition> definitions = new ArrayList<>();
        List<PolicyValue> values = new ArrayList<>();
        for (String name : unique) {
            PolicyDefinition declared = app.getPolicies().stream().filter(d -> Objects.equals(d.getName(),
                    name)).findFirst().orElse(null);
            PolicyValue set = app.getPolicyValues().stream().filter(v -> Objects.equals(v.getPolicyName(),
                    name)).findFirst().orElse(null);
            PolicyDefinition definition = DeploymentFactory.eINSTANCE.createPolicyDefinition();
            definition.setName(name);
            if (declared != null) {
                definition.setType(declared.getType());
                definition.setCategory(declared.getCategory());
                definition.setTitle(declared.getTitle());
                definition.setDescription(declared.getDescription());
            }
            definitions.add(definition);
            String value = set != null ? set.getValue() : declared == null ? null : declared.getDefaultValue();
            if (value != null && !SecretPolicies.isSecretType(definition.getType())) {
                PolicyValue policyValue = DeploymentFactory.eINSTANCE.createPolicyValue();
                policyValue.setPolicyName(name);
                policyValue.setValue(value);
                values.add(policyValue);
            }
        }
        app.getPolicies().clear();
        app.getPolicies().addAll(definitions);
        app.getPolicyValues().clear();
        app.getPolicyValues().addAll(values);
    }

    private static String principalKey(DirectoryPrincipal principal) {
        return principal.getDomainName() + "\u0000" + principal.getUniqueId();
    }

    private static String assignmentKey(AppAssignment assignment) {
        MdxApplication app = assignment.getApplication();
        return app == null ? "" : app.getName() + "\u0000" + (app.isSetPlatform() ? app.getPlatform().getValue() : -1);
    }

    private static <T> void sort(EList<T> list, Function<T, String> key) {
        ECollections.sort(list, Comparator.comparing(key, KEY));
    }
}
