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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentPackage;

/**
 * Reads and writes deployment model files ({@code *.emw}, XMI) with the same
 * options everywhere: in the workbench, on the command line and in plain Java.
 * The contract (format, options, atomic save, backup, errors, migrations) is
 * described in {@code docs/persistence.md}.
 *
 * @since 0.1
 */
public final class DeploymentFiles {

    /** The file extension of deployment models. */
    public static final String FILE_EXTENSION = "emw";

    /** Appended to a model's file name for the version before the last save: {@code model.emw.bak}. */
    public static final String BACKUP_SUFFIX = AtomicFileWriter.BACKUP_SUFFIX;

    private DeploymentFiles() {
    }

    /**
     * @return a resource set that reads and writes deployment models whatever
     *         the file extension, with or without OSGi, and migrates files of
     *         older model versions (see {@link ModelMigrations}) while reading
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(DeploymentPackage.eNS_URI, DeploymentPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new DeploymentXmiResource.Factory());
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
     * The options deployment models are saved with. Each one is set on purpose,
     * also where it equals EMF's default, so that the bytes written do not
     * depend on the platform or on a change of EMF's defaults:
     * <ul>
     * <li>{@code OPTION_ENCODING} UTF-8 and {@code OPTION_LINE_DELIMITER}
     * {@code "\n"}: the same bytes on Linux, macOS and Windows (EMF's default
     * delimiter is the platform's);</li>
     * <li>{@code OPTION_SAVE_TYPE_INFORMATION} false: {@code xsi:type} only
     * where an object's class differs from its feature's type, as EMF writes
     * by default and the examples are written;</li>
     * <li>{@code OPTION_USE_ENCODED_ATTRIBUTE_STYLE} false: a reference within
     * the file is written as its URI fragment, which uses the target's keys
     * ({@code application="//@applications[name='Secure%20Mail',platform='ios']"}),
     * not a position;</li>
     * <li>{@code OPTION_SKIP_ESCAPE_URI} false: reference URIs are escaped for
     * XML like any other value (EMF's default writes them raw), so no
     * character a URI keeps unencoded can break the file;</li>
     * <li>{@code OPTION_SCHEMA_LOCATION} false: the namespace URI names a
     * model version, not a place to fetch a schema from;</li>
     * <li>{@code OPTION_PROCESS_DANGLING_HREF} THROW: a reference to an object
     * outside the model fails the save instead of being dropped;</li>
     * <li>{@code OPTION_FORMATTED} true, no {@code OPTION_LINE_WIDTH}: one
     * element per line, attributes never wrapped, so a change shows as one
     * changed line in a diff;</li>
     * <li>{@code OPTION_CONFIGURATION_CACHE} and
     * {@code OPTION_USE_CACHED_LOOKUP_TABLE}: less allocation, same bytes.</li>
     * </ul>
     *
     * @return a new modifiable map
     */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        options.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<Object>());
        return options;
    }

    /**
     * Loads a deployment model. A file of an older model version that a
     * {@linkplain ModelMigrations registered migration} reads is migrated
     * while it loads; the resource then has a warning saying so. Loading never
     * writes to the disk.
     *
     * @param file the model file, as the user named it (used in messages)
     * @return the loaded resource, whose only root is a {@link Deployment}
     * @throws ModelLoadException when the file is missing, unreadable, not
     *                            well-formed or not a deployment model; the
     *                            message names the line and column where known
     *                            and never repeats the content of a credential
     *                            field
     */
    public static Resource load(Path file) throws ModelLoadException {
        return load(newResourceSet(), file);
    }

    /**
     * Loads a deployment model into the given resource set, as
     * {@link #load(Path)} does. When the load fails, the resource is removed
     * from the set again.
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
            throw discard(resourceSet, resource, LoadProblems.translate(file, resource.getErrors(), e));
        }
        if (!resource.getErrors().isEmpty()) {
            throw discard(resourceSet, resource, LoadProblems.translate(file, resource.getErrors(), null));
        }
        try {
            checkRoot(file, resource);
        } catch (ModelLoadException e) {
            throw discard(resourceSet, resource, e);
        }
        return resource;
    }

    /**
     * Saves a deployment model atomically, keeping the previous version as
     * {@code FILE.bak}:
     * <ol>
     * <li>the model is serialised with {@link #saveOptions()} into a hidden
     * temporary file in the same folder, which is forced to the disk;</li>
     * <li>if the file already holds exactly these bytes, nothing is written
     * and the backup stays as it is;</li>
     * <li>otherwise a copy of the file replaces {@code FILE.bak} (one backup,
     * replaced by every save that changes the file), and the temporary file is
     * atomically moved over the file.</li>
     * </ol>
     * If anything fails, the file on disk is unchanged, no temporary file is
     * left and the resource keeps its modified state. A file that could not be
     * loaded is only ever replaced by an explicit save of a model; its content
     * then is the backup. The resource's URI is not changed.
     *
     * @param resource a resource whose only root is a {@link Deployment}
     * @param file     where to save it, as the user named it (used in messages)
     * @return {@code true} when the file was written, {@code false} when it
     *         already held this model byte for byte
     * @throws ModelSaveException       when the model cannot be serialised or
     *                                  the file cannot be written; the message
     *                                  names the file and says what to do
     * @throws IllegalArgumentException when the resource does not hold exactly
     *                                  one deployment
     */
    public static boolean save(Resource resource, Path file) throws ModelSaveException {
        List<EObject> roots = resource.getContents();
        if (roots.size() != 1 || !(roots.get(0) instanceof Deployment)) {
            throw new IllegalArgumentException("a deployment model file holds exactly one deployment, but the resource"
                    + " holds " + roots.size() + " root object(s)");
        }
        boolean wasModified = resource.isModified();
        try {
            return AtomicFileWriter.write(file, out -> resource.save(out, saveOptions()));
        } catch (ModelSaveException e) {
            resource.setModified(wasModified);
            throw e;
        }
    }

    private static ModelLoadException discard(ResourceSet resourceSet, Resource resource, ModelLoadException e) {
        resourceSet.getResources().remove(resource);
        resource.unload();
        return e;
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

    /** Shares one parser pool across loads: parser creation is a large share of a small load. */
    private static final class ParserPoolHolder {
        static final XMLParserPool POOL = new ForgetfulParserPool();
    }
}
