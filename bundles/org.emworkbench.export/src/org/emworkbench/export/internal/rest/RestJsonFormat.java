/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.emworkbench.export.internal.SecretPolicies;
import org.emworkbench.export.ExportException;
import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.ExportSink;
import org.emworkbench.export.internal.json.JsonWriter;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.model.deployment.ResourceAssignment;
import org.emworkbench.model.deployment.ServerProperty;

/**
 * {@code rest-json}: the settings the Endpoint Management REST API carries, in
 * the shapes a GET on the server returns them (domain facts §1.2, §1.4, §4,
 * §5), one file per object kind under {@code rest-json/}. Lists are sorted by
 * their key, values are strings as the API has them, and a policy whose type
 * marks a secret gets {@code "policyValue": null}. {@code docs/export.md} says
 * how to send each file.
 */
public final class RestJsonFormat implements ExportFormat {

    private static final Comparator<String> KEY_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    @Override
    public String id() {
        return RestJson.FORMAT_ID;
    }

    @Override
    public String description() {
        return "REST API JSON: client and server properties, delivery groups, MDX apps and their policies";
    }

    @Override
    public void export(ExportInput input, ExportSink sink) throws ExportException {
        Deployment deployment = input.deployment();
        EndpointManagementServer server = deployment.getServer();
        sink.text(path(RestJson.CLIENT_PROPERTIES_FILE),
                clientProperties(server == null ? List.of() : server.getClientProperties()));
        sink.text(path(RestJson.SERVER_PROPERTIES_FILE),
                serverProperties(server == null ? List.of() : server.getServerProperties()));
        sink.text(path(RestJson.DELIVERY_GROUPS_FILE), deliveryGroups(deployment.getDeliveryGroups()));
        sink.text(path(RestJson.APPLICATIONS_FILE), applications(deployment));
    }

    private static String path(String file) {
        return RestJson.FORMAT_ID + "/" + file;
    }

    private static String clientProperties(List<ClientProperty> properties) {
        JsonWriter json = new JsonWriter().beginObject().name(RestJson.ALL_CLIENT_PROPERTIES).beginArray();
        for (ClientProperty property : sorted(properties, ClientProperty::getKey)) {
            json.beginObject()
                    .member("displayName", property.getDisplayName())
                    .member("description", property.getDescription())
                    .member("key", property.getKey())
                    .member("value", property.getValue())
                    .member("preDefined", property.isPredefined())
                    .endObject();
        }
        return json.endArray().endObject().toJson();
    }

    private static String serverProperties(List<ServerProperty> properties) {
        JsonWriter json = new JsonWriter().beginObject().name(RestJson.ALL_SERVER_PROPERTIES).beginArray();
        for (ServerProperty property : sorted(properties, ServerProperty::getName)) {
            json.beginObject()
                    .member("name", property.getName())
                    .member("value", property.getValue())
                    .member("displayName", property.getDisplayName())
                    .member("description", property.getDescription())
                    .member("defaultValue", property.getDefaultValue())
                    .endObject();
        }
        return json.endArray().endObject().toJson();
    }

    private static String deliveryGroups(List<DeliveryGroup> groups) {
        JsonWriter json = new JsonWriter().beginObject().name(RestJson.DELIVERY_GROUPS).beginArray();
        for (DeliveryGroup group : sorted(groups, DeliveryGroup::getName)) {
            json.beginObject()
                    .member("name", group.getName())
                    .member("description", group.getDescription())
                    .member("disabled", !group.isEnabled());
            json.name("applications").beginArray();
            for (AppAssignment assignment : appsByName(group)) {
                json.beginObject()
                        .member("name", assignment.getApplication().getName())
                        .member("priority", assignment.getPriority())
                        .member("required", assignment.isRequired())
                        .endObject();
            }
            json.endArray();
            resources(json, "devicePolicies", group.getDevicePolicies());
            resources(json, "smartActions", group.getSmartActions());
            principals(json, "groups", group.getGroups());
            principals(json, "users", group.getUsers());
            json.member("rules", group.getMembershipRules()).endObject();
        }
        return json.endArray().endObject().toJson();
    }

    /**
     * The REST API assigns an app by its name, which covers every platform: one entry per name, with the first
     * assignment's flags.
     */
    private static List<AppAssignment> appsByName(DeliveryGroup group) {
        Map<String, AppAssignment> byName = new TreeMap<>(KEY_ORDER);
        for (AppAssignment assignment : group.getApplications()) {
            if (assignment.getApplication() != null && assignment.getApplication().getName() != null) {
                byName.putIfAbsent(assignment.getApplication().getName(), assignment);
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static void resources(JsonWriter json, String name, List<ResourceAssignment> resources) {
        json.name(name).beginArray();
        for (ResourceAssignment resource : sorted(resources, ResourceAssignment::getName)) {
            json.beginObject().member("name", resource.getName()).member("priority", resource.getPriority())
                    .endObject();
        }
        json.endArray();
    }

    private static void principals(JsonWriter json, String name, List<DirectoryPrincipal> principals) {
        json.name(name).beginArray();
        List<DirectoryPrincipal> ordered = new ArrayList<>(principals);
        ordered.sort(Comparator.comparing(DirectoryPrincipal::getDomainName, KEY_ORDER)
                .thenComparing(DirectoryPrincipal::getUniqueId, KEY_ORDER));
        for (DirectoryPrincipal principal : ordered) {
            json.beginObject().member("domainName", principal.getDomainName())
                    .member("uniqueId", principal.getUniqueId());
            if (principal.getName() != null) {
                json.member("name", principal.getName());
            }
            json.endObject();
        }
        json.endArray();
    }

    private static String applications(Deployment deployment) {
        // One container per app name, with a block per platform, as the server keeps MDX apps.
        Map<String, List<MdxApplication>> containers = new TreeMap<>(KEY_ORDER);
        for (MdxApplication app : deployment.getApplications()) {
            containers.computeIfAbsent(app.getName(), name -> new ArrayList<>()).add(app);
        }
        Map<String, TreeSet<String>> roles = deliveringGroups(deployment);
        JsonWriter json = new JsonWriter().beginObject().name(RestJson.CONTAINERS).beginArray();
        for (Map.Entry<String, List<MdxApplication>> container : containers.entrySet()) {
            json.beginObject().member("name", container.getKey()).member("appType", "MDX");
            json.name("roles").beginArray();
            roles.getOrDefault(container.getKey(), new TreeSet<>()).forEach(json::value);
            json.endArray();
            for (Platform platform : Platform.VALUES) {
                for (MdxApplication app : container.getValue()) {
                    if (app.isSetPlatform() && app.getPlatform() == platform) {
                        json.name(platform.getLiteral());
                        platformBlock(json, app);
                        break;
                    }
                }
            }
            json.endObject();
        }
        return json.endArray().endObject().toJson();
    }

    /** @return app name to the names of the delivery groups that assign it: the container's {@code roles} */
    private static Map<String, TreeSet<String>> deliveringGroups(Deployment deployment) {
        Map<String, TreeSet<String>> roles = new LinkedHashMap<>();
        for (DeliveryGroup group : deployment.getDeliveryGroups()) {
            for (AppAssignment assignment : group.getApplications()) {
                if (assignment.getApplication() != null && group.getName() != null) {
                    roles.computeIfAbsent(assignment.getApplication().getName(), name -> new TreeSet<>())
                            .add(group.getName());
                }
            }
        }
        return roles;
    }

    private static void platformBlock(JsonWriter json, MdxApplication app) {
        json.beginObject().member("appVersion", app.getVersion())
                .member("appType", "mobile_" + app.getPlatform().getLiteral());
        Map<String, PolicyDefinition> definitions = new TreeMap<>(KEY_ORDER);
        app.getPolicies().forEach(definition -> definitions.putIfAbsent(definition.getName(), definition));
        Map<String, PolicyValue> values = new TreeMap<>(KEY_ORDER);
        app.getPolicyValues().forEach(value -> values.putIfAbsent(value.getPolicyName(), value));
        TreeSet<String> names = new TreeSet<>(KEY_ORDER);
        names.addAll(definitions.keySet());
        names.addAll(values.keySet());
        json.name("policies").beginArray();
        for (String name : names) {
            PolicyDefinition definition = definitions.get(name);
            String type = definition == null ? null : definition.getType();
            json.beginObject()
                    .member("policyName", name)
                    .member("policyValue", SecretPolicies.isSecretType(type) ? null
                            : effectiveValue(definition, values.get(name)))
                    .member("policyType", type)
                    .member("policyCategory", definition == null ? null : definition.getCategory())
                    .member("title", definition == null ? null : definition.getTitle())
                    .member("description", definition == null ? null : definition.getDescription())
                    .member("units", (String) null)
                    .member("explanation", (String) null)
                    .endObject();
        }
        json.endArray().endObject();
    }

    /** The value the server holds: the one set for this deployment, else the catalogue's default. */
    static String effectiveValue(PolicyDefinition definition, PolicyValue value) {
        if (value != null) {
            return value.getValue();
        }
        return definition == null ? null : definition.getDefaultValue();
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        List<T> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing(key, KEY_ORDER));
        return ordered;
    }
}
