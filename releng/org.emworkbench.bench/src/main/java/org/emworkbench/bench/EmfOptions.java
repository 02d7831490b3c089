/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.bench;

import java.util.HashMap;
import java.util.Map;

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

    EmfOptions() {
        tunedLoad.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl());
        tunedLoad.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        tunedLoad.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        tunedLoad.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);

    }

    /**
     * @return EMF's options for fast XMI loading (parser pool, XML name to feature
     *         map, deferred IDREF resolution, no deprecated methods): the
     *         reference EMW's loader is measured against
     */
    Map<Object, Object> tunedLoad() {
        return tunedLoad;
    }
}
