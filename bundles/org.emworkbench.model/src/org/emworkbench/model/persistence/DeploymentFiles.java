/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.util.DeploymentResourceFactoryImpl;
import org.xml.sax.SAXParseException;

/**
 * Reads deployment model files ({@code *.emw}, XMI) with the same options
 * everywhere: in the workbench, on the command line and in plain Java.
 *
 * @since 0.1
 */
public final class DeploymentFiles {

    /** EMF appends " (uri, line, column)" to its messages; the location is reported separately. */
    private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s*\\([^()]*, \\d+, \\d+\\)\\s*$");

    /** The file extension of deployment models. */
    public static final String FILE_EXTENSION = "emw";

    private DeploymentFiles() {
    }

    /**
     * @return a resource set that reads and writes deployment models whatever
     *         the file extension, with or without OSGi
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(DeploymentPackage.eNS_URI, DeploymentPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new DeploymentResourceFactoryImpl());
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    /**
     * The options deployment models are loaded with. A DOCTYPE is refused, so
     * that a model file cannot make the loader read other files or hosts.
     *
     * @return a new modifiable map
     */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> parserFeatures = new HashMap<>();
        parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, ParserPoolHolder.POOL);
        return options;
    }

    /**
     * Loads a deployment model.
     *
     * @param file the model file, as the user named it (used in messages)
     * @return the loaded resource, whose only root is a {@link Deployment}
     * @throws ModelLoadException when the file is missing, unreadable, not
     *                            well-formed or not a deployment model
     */
    public static Resource load(Path file) throws ModelLoadException {
        return load(newResourceSet(), file);
    }

    /**
     * Loads a deployment model into the given resource set.
     *
     * @param resourceSet a resource set from {@link #newResourceSet()}
     * @param file        the model file, as the user named it (used in messages)
     * @return the loaded resource, whose only root is a {@link Deployment}
     * @throws ModelLoadException when the file is missing, unreadable, not
     *                            well-formed or not a deployment model
     */
    public static Resource load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        if (!Files.exists(file)) {
            throw new ModelLoadException(file, ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN,
                    "no such file; check the path (it is resolved against " + Path.of("").toAbsolutePath() + ")",
                    null);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ModelLoadException(file, ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN,
                    "not a readable file; name a deployment model (*.emw)", null);
        }
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        Resource resource = resourceSet.createResource(uri);
        try {
            resource.load(resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            resourceSet.getResources().remove(resource);
            throw translate(file, resource.getErrors(), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw translate(file, resource.getErrors(), null);
        }
        checkRoot(file, resource);
        return resource;
    }

    private static void checkRoot(Path file, Resource resource) throws ModelLoadException {
        List<EObject> roots = resource.getContents();
        if (roots.isEmpty()) {
            throw new ModelLoadException(file, ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN,
                    "the file holds no model; a deployment model has one deployment element as its root", null);
        }
        if (roots.size() > 1 || !(roots.get(0) instanceof Deployment)) {
            String found = roots.size() > 1 ? roots.size() + " root elements" : "a " + roots.get(0).eClass().getName();
            throw new ModelLoadException(file, ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN,
                    "the root must be one deployment, but the file holds " + found, null);
        }
    }

    private static ModelLoadException translate(Path file, List<Resource.Diagnostic> errors, Exception thrown) {
        for (Resource.Diagnostic error : errors) {
            if (error.getLine() > 0) {
                return new ModelLoadException(file, error.getLine(), error.getColumn(), explain(messageOf(error)),
                        error instanceof Throwable cause ? cause : thrown);
            }
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException parse) {
                return new ModelLoadException(file, parse.getLineNumber(), parse.getColumnNumber(),
                        explain(parse.getMessage()), thrown);
            }
        }
        String message = !errors.isEmpty() ? errors.get(0).getMessage()
                : thrown == null ? "unknown error" : String.valueOf(thrown.getMessage());
        return new ModelLoadException(file, ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN, explain(message),
                thrown);
    }

    /** The parser's own words, without EMF's class-name prefix and location suffix. */
    private static String messageOf(Resource.Diagnostic error) {
        if (error instanceof Throwable wrapper && wrapper.getCause() instanceof SAXParseException parse) {
            return parse.getMessage();
        }
        return LOCATION_SUFFIX.matcher(String.valueOf(error.getMessage())).replaceFirst("");
    }

    private static String explain(String parserMessage) {
        String message = parserMessage == null ? "unreadable content" : parserMessage.strip();
        while (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        if (message.contains("DOCTYPE")) {
            return "the file declares a DOCTYPE, which deployment models never do; remove it";
        }
        if (message.startsWith("Package with uri")) {
            return message + "; the file is not an EMW deployment model of a version this EMW reads (expected "
                    + DeploymentPackage.eNS_URI + ")";
        }
        return message + "; fix the file or restore it from a backup";
    }

    /** Shares one parser pool across loads: parser creation is a large share of a small load. */
    private static final class ParserPoolHolder {
        static final XMLParserPool POOL = new XMLParserPoolImpl();
    }
}
