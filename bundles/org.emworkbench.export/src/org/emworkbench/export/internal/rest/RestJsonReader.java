/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.emworkbench.export.internal.rest.JsonTree.ArrayNode;
import org.emworkbench.export.internal.rest.JsonTree.BadJson;
import org.emworkbench.export.internal.rest.JsonTree.Node;
import org.emworkbench.export.internal.rest.JsonTree.ObjectNode;
import org.emworkbench.export.internal.rest.JsonTree.ScalarNode;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.model.deployment.ResourceAssignment;
import org.emworkbench.model.deployment.ServerProperty;
import org.emworkbench.model.persistence.ModelLoadException;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Builds a deployment from the JSON files {@code rest-json} writes, or that a
 * consultant saved from GET requests on a customer's server: client and
 * server properties, MDX containers with their policies, delivery groups.
 * <p>
 * Tolerant where servers differ: a top-level array instead of the list
 * wrapper, a single object in its {@code role} / {@code container} wrapper,
 * {@code status}/{@code message} wrappers, extra fields ({@code id},
 * {@code lastUpdated}, ...) which are ignored, numbers and booleans where
 * strings are expected. Strict where a guess would corrupt the model: a value
 * of the wrong kind, a missing key or a key given twice stops the import with
 * the file, line and column.
 */
public final class RestJsonReader {

    /** The built-in delivery group every server has; the REST API does not say it is built in. */
    static final String ALL_USERS = "AllUsers";

    /**
     * What an import built.
     *
     * @param deployment the deployment, not yet in a resource
     * @param read       the files read
     * @param warnings   what the user should know: missing files, names that refer to nothing
     */
    public record Result(Deployment deployment, List<Path> read, List<String> warnings) {
    }

    private static final DeploymentFactory FACTORY = DeploymentFactory.eINSTANCE;

    private final List<Path> read = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Path file;

    private RestJsonReader() {
    }

    /**
     * @param folder an export folder (holding {@code rest-json/}) or a folder of REST JSON files
     * @return the deployment those files describe
     * @throws ModelLoadException when a file is not JSON or not of the expected shape, or there is no file at all;
     *                            the message reads {@code FILE:LINE:COLUMN: what is wrong}
     * @throws IOException         when a file cannot be read
     */
    public static Result read(Path folder) throws ModelLoadException, IOException {
        return new RestJsonReader().readFolder(folder);
    }

    private Result readFolder(Path folder) throws ModelLoadException, IOException {
        Path files = Files.isDirectory(folder.resolve(RestJson.FORMAT_ID)) ? folder.resolve(RestJson.FORMAT_ID)
                : folder;
        if (!Files.isDirectory(files)) {
            throw new ModelLoadException(folder, ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN,
                    "not a folder; name the folder emw export wrote, or one holding "
                            + RestJson.CLIENT_PROPERTIES_FILE + " and the other REST JSON files",
                    null);
        }
        Deployment deployment = FACTORY.createDeployment();
        EndpointManagementServer server = FACTORY.createEndpointManagementServer();
        deployment.setServer(server);
        Node clients = open(files, RestJson.CLIENT_PROPERTIES_FILE);
        if (clients != null) {
            clientProperties(server, items(clients, RestJson.ALL_CLIENT_PROPERTIES, null));
        }
        Node servers = open(files, RestJson.SERVER_PROPERTIES_FILE);
        if (servers != null) {
            serverProperties(server, items(servers, RestJson.ALL_SERVER_PROPERTIES, null));
        }
        Node containers = open(files, RestJson.APPLICATIONS_FILE);
        if (containers != null) {
            containers(deployment, items(containers, RestJson.CONTAINERS, RestJson.CONTAINER));
        }
        Node groups = open(files, RestJson.DELIVERY_GROUPS_FILE);
        if (groups != null) {
            deliveryGroups(deployment, items(groups, RestJson.DELIVERY_GROUPS, RestJson.ROLE));
        }
        if (read.isEmpty()) {
            throw new ModelLoadException(files, ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN,
                    "no REST JSON file here; expected " + String.join(", ", RestJson.CLIENT_PROPERTIES_FILE,
                            RestJson.SERVER_PROPERTIES_FILE, RestJson.APPLICATIONS_FILE,
                            RestJson.DELIVERY_GROUPS_FILE),
                    null);
        }
        return new Result(deployment, List.copyOf(read), List.copyOf(warnings));
    }

    /** @return the file's top-level value, or {@code null} (with a warning) when there is no such file */
    private Node open(Path folder, String name) throws ModelLoadException, IOException {
        file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            warnings.add(file + ": not found; the model gets none of what it would hold");
            return null;
        }
        try {
            Node root = JsonTree.read(file);
            read.add(file);
            return root;
        } catch (BadJson e) {
            throw new ModelLoadException(file, e.line(), e.column(), e.getMessage(), null);
        }
    }

    /**
     * The objects of a list: the list wrapper's array, a top-level array, or the single object in its wrapper.
     * A response whose {@code status} is not 0 is an error the server gave instead of data.
     */
    private List<ObjectNode> items(Node root, String listName, String singleName) throws ModelLoadException {
        Node list;
        if (root instanceof ArrayNode) {
            list = root;
        } else if (root instanceof ObjectNode object) {
            checkStatus(object);
            if (object.members().containsKey(listName)) {
                list = object.members().get(listName);
            } else if (singleName != null && object.members().get(singleName) instanceof ObjectNode single) {
                return List.of(single);
            } else {
                throw bad(root, "expected " + quote(listName) + " with the list"
                        + (singleName == null ? "" : " or " + quote(singleName) + " with one object")
                        + "; found " + String.join(", ", object.members().keySet().stream().map(RestJsonReader::quote)
                                .toList()));
            }
        } else {
            throw bad(root, "expected an object with " + quote(listName) + ", found " + root.kind());
        }
        if (!(list instanceof ArrayNode array)) {
            throw bad(list, quote(listName) + " should be an array, not " + list.kind());
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (Node item : array.items()) {
            if (!(item instanceof ObjectNode object)) {
                throw bad(item, "each entry of " + quote(listName) + " should be an object, not " + item.kind());
            }
            // A delivery group or container as GET returns it, inside its wrapper.
            Node wrapped = singleName == null ? null : object.members().get(singleName);
            objects.add(wrapped instanceof ObjectNode inner ? inner : object);
        }
        return objects;
    }

    private void checkStatus(ObjectNode object) throws ModelLoadException {
        Node status = object.members().get("status");
        if (status instanceof ScalarNode scalar && scalar.text() != null && !scalar.text().equals("0")) {
            throw bad(status, "the server answered with status " + scalar.text() + " ("
                    + string(object, "message") + ") instead of data; save the response of a successful request");
        }
    }

    private void clientProperties(EndpointManagementServer server, List<ObjectNode> items)
            throws ModelLoadException {
        Set<String> keys = new HashSet<>();
        for (ObjectNode item : items) {
            ClientProperty property = FACTORY.createClientProperty();
            property.setKey(required(item, "key"));
            unique(keys, property.getKey(), item, "client property key");
            property.setValue(string(item, "value"));
            property.setDisplayName(string(item, "displayName"));
            property.setDescription(string(item, "description"));
            property.setPredefined(bool(item, "preDefined", false));
            server.getClientProperties().add(property);
        }
    }

    private void serverProperties(EndpointManagementServer server, List<ObjectNode> items)
            throws ModelLoadException {
        Set<String> names = new HashSet<>();
        for (ObjectNode item : items) {
            ServerProperty property = FACTORY.createServerProperty();
            property.setName(required(item, "name"));
            unique(names, property.getName(), item, "server property name");
            property.setValue(string(item, "value"));
            property.setDisplayName(string(item, "displayName"));
            property.setDescription(string(item, "description"));
            property.setDefaultValue(string(item, "defaultValue"));
            server.getServerProperties().add(property);
        }
    }

    private void containers(Deployment deployment, List<ObjectNode> items) throws ModelLoadException {
        Set<String> names = new HashSet<>();
        for (ObjectNode item : items) {
            String name = required(item, "name");
            unique(names, name, item, "app container name");
            boolean anyPlatform = false;
            for (Platform platform : Platform.VALUES) {
                Node block = item.members().get(platform.getLiteral());
                if (block == null || block instanceof ScalarNode scalar && scalar.text() == null) {
                    continue;
                }
                if (!(block instanceof ObjectNode object)) {
                    throw bad(block, quote(platform.getLiteral()) + " should be an object, not " + block.kind());
                }
                MdxApplication app = FACTORY.createMdxApplication();
                app.setName(name);
                app.setPlatform(platform);
                app.setVersion(string(object, "appVersion"));
                policies(app, object);
                deployment.getApplications().add(app);
                anyPlatform = true;
            }
            if (!anyPlatform) {
                MdxApplication app = FACTORY.createMdxApplication();
                app.setName(name);
                deployment.getApplications().add(app);
            }
        }
    }

    private void policies(MdxApplication app, ObjectNode block) throws ModelLoadException {
        Node list = block.members().get("policies");
        if (list == null || list instanceof ScalarNode scalar && scalar.text() == null) {
            return;
        }
        if (!(list instanceof ArrayNode array)) {
            throw bad(list, "\"policies\" should be an array, not " + list.kind());
        }
        Set<String> names = new HashSet<>();
        for (Node node : array.items()) {
            if (!(node instanceof ObjectNode item)) {
                throw bad(node, "each policy should be an object, not " + node.kind());
            }
            PolicyDefinition definition = FACTORY.createPolicyDefinition();
            definition.setName(required(item, "policyName"));
            unique(names, definition.getName(), item, "policy name of " + app.getName());
            definition.setType(string(item, "policyType"));
            definition.setCategory(string(item, "policyCategory"));
            definition.setTitle(string(item, "title"));
            definition.setDescription(string(item, "description"));
            app.getPolicies().add(definition);
            String value = string(item, "policyValue");
            if (value != null) {
                PolicyValue policyValue = FACTORY.createPolicyValue();
                policyValue.setPolicyName(definition.getName());
                policyValue.setValue(value);
                app.getPolicyValues().add(policyValue);
            }
        }
    }

    private void deliveryGroups(Deployment deployment, List<ObjectNode> items) throws ModelLoadException {
        Set<String> names = new HashSet<>();
        for (ObjectNode item : items) {
            DeliveryGroup group = FACTORY.createDeliveryGroup();
            group.setName(required(item, "name"));
            unique(names, group.getName(), item, "delivery group name");
            group.setDescription(string(item, "description"));
            group.setEnabled(!bool(item, "disabled", false));
            group.setBuiltIn(ALL_USERS.equals(group.getName()));
            for (ObjectNode app : objects(item, "applications")) {
                assign(deployment, group, required(app, "name"), bool(app, "required", false),
                        integer(app, "priority", -1));
            }
            resources(item, "devicePolicies", group.getDevicePolicies());
            resources(item, "smartActions", group.getSmartActions());
            principals(item, "groups", group.getGroups());
            principals(item, "users", group.getUsers());
            group.setMembershipRules(string(item, "rules"));
            deployment.getDeliveryGroups().add(group);
        }
    }

    /** The REST API assigns an app by name, which covers each platform's app of that name. */
    private void assign(Deployment deployment, DeliveryGroup group, String name, boolean required, int priority) {
        List<MdxApplication> apps = deployment.getApplications().stream().filter(app -> name.equals(app.getName()))
                .toList();
        if (apps.isEmpty()) {
            warnings.add(file + ": delivery group '" + group.getName() + "' assigns the app '" + name + "', which "
                    + RestJson.APPLICATIONS_FILE + " does not hold; the model gets the app without a platform");
            MdxApplication app = FACTORY.createMdxApplication();
            app.setName(name);
            deployment.getApplications().add(app);
            apps = List.of(app);
        }
        for (MdxApplication app : apps) {
            AppAssignment assignment = FACTORY.createAppAssignment();
            assignment.setApplication(app);
            assignment.setRequired(required);
            assignment.setPriority(priority);
            group.getApplications().add(assignment);
        }
    }

    private void resources(ObjectNode group, String name, List<ResourceAssignment> into) throws ModelLoadException {
        for (ObjectNode item : objects(group, name)) {
            ResourceAssignment resource = FACTORY.createResourceAssignment();
            resource.setName(required(item, "name"));
            resource.setPriority(integer(item, "priority", -1));
            into.add(resource);
        }
    }

    private void principals(ObjectNode group, String name, List<DirectoryPrincipal> into) throws ModelLoadException {
        for (ObjectNode item : objects(group, name)) {
            DirectoryPrincipal principal = FACTORY.createDirectoryPrincipal();
            principal.setDomainName(string(item, "domainName"));
            principal.setUniqueId(required(item, "uniqueId"));
            principal.setName(string(item, "name"));
            into.add(principal);
        }
    }

    private List<ObjectNode> objects(ObjectNode owner, String name) throws ModelLoadException {
        Node list = owner.members().get(name);
        if (list == null || list instanceof ScalarNode scalar && scalar.text() == null) {
            return List.of();
        }
        if (!(list instanceof ArrayNode array)) {
            throw bad(list, quote(name) + " should be an array, not " + list.kind());
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (Node item : array.items()) {
            if (!(item instanceof ObjectNode object)) {
                throw bad(item, "each entry of " + quote(name) + " should be an object, not " + item.kind());
            }
            objects.add(object);
        }
        return objects;
    }

    private void unique(Set<String> seen, String key, ObjectNode item, String what) throws ModelLoadException {
        if (!seen.add(key)) {
            throw bad(item, "the " + what + " '" + key + "' is given twice; a model holds it once");
        }
    }

    private String required(ObjectNode item, String name) throws ModelLoadException {
        String value = string(item, name);
        if (value == null) {
            throw bad(item, "this object has no " + quote(name) + "; it is the key the model needs");
        }
        return value;
    }

    /** A string; numbers and booleans are taken as their text, as some servers write them. */
    private String string(ObjectNode item, String name) throws ModelLoadException {
        Node node = item.members().get(name);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.text();
        }
        throw bad(node, quote(name) + " should be a string, not " + node.kind());
    }

    private boolean bool(ObjectNode item, String name, boolean absent) throws ModelLoadException {
        Node node = item.members().get(name);
        if (node instanceof ScalarNode scalar) {
            if (scalar.text() == null) {
                return absent;
            }
            String text = scalar.text().toLowerCase(Locale.ROOT);
            if (scalar.token() != JsonToken.VALUE_NUMBER_INT && (text.equals("true") || text.equals("false"))) {
                return text.equals("true");
            }
        } else if (node == null) {
            return absent;
        }
        throw bad(node, quote(name) + " should be true or false, not " + describe(node));
    }

    private int integer(ObjectNode item, String name, int absent) throws ModelLoadException {
        Node node = item.members().get(name);
        if (node == null || node instanceof ScalarNode scalar && scalar.text() == null) {
            return absent;
        }
        if (node instanceof ScalarNode scalar
                && (scalar.token() == JsonToken.VALUE_NUMBER_INT || scalar.token() == JsonToken.VALUE_STRING)) {
            try {
                return Integer.parseInt(scalar.text().trim());
            } catch (NumberFormatException e) {
                // Reported below.
            }
        }
        throw bad(node, quote(name) + " should be a whole number, not " + describe(node));
    }

    private static String describe(Node node) {
        return node instanceof ScalarNode scalar && scalar.text() != null ? node.kind() + " '" + scalar.text() + "'"
                : node.kind();
    }

    private ModelLoadException bad(Node node, String reason) {
        return new ModelLoadException(file, node.line(), node.column(), reason, null);
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }
}
