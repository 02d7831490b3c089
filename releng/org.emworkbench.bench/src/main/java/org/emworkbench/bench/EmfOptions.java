/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * The option sets of the benchmarks that EMW's code does not provide (yet).
 * Each instance holds its own caches (parser pool, name-to-feature map, lookup
 * table), which live as long as a long-running application would keep them:
 * for the whole run.
 */
final class EmfOptions {

    private final Map<Object, Object> tunedLoad = new HashMap<>();
    private final Map<Object, Object> emwSave = new HashMap<>();

    EmfOptions() {
        tunedLoad.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl());
        tunedLoad.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        tunedLoad.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        tunedLoad.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);

        emwSave.put(XMLResource.OPTION_ENCODING, "UTF-8");
        emwSave.put(Resource.OPTION_LINE_DELIMITER, "\n");
        emwSave.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        emwSave.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        emwSave.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
        emwSave.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        emwSave.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
        emwSave.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        emwSave.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        emwSave.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
    }

    /**
     * @return EMF's options for fast XMI loading (parser pool, XML name to feature
     *         map, deferred IDREF resolution, no deprecated methods): the
     *         reference EMW's loader is measured against
     */
    Map<Object, Object> tunedLoad() {
        return tunedLoad;
    }

    /**
     * @return the save options EMW's save is being written with (UTF-8, {@code \n}
     *         line ends, escaped reference URIs, dangling references refused, no
     *         schema location, configuration cache and cached lookup table), for
     *         the stand-in {@link SaveBenchmarks#emwSave()} until
     *         {@code DeploymentFiles} has them
     */
    Map<Object, Object> emwSave() {
        return emwSave;
    }
}
