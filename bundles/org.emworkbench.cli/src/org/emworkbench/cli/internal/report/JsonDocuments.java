/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import org.emworkbench.export.internal.json.JsonWriter;

/**
 * The start every JSON document of an {@code emw} command shares, so that
 * scripts find the same two keys first: {@code shapeVersion} and
 * {@code tool {name, version}}.
 */
public final class JsonDocuments {

    private JsonDocuments() {
    }

    /**
     * @param shapeVersion the version of the document's shape; raised only for incompatible changes
     * @param toolVersion  the version of emw
     * @return an indented writer inside the document's object, after the two keys
     */
    public static JsonWriter begin(int shapeVersion, String toolVersion) {
        JsonWriter json = new JsonWriter().beginObject();
        json.member("shapeVersion", shapeVersion);
        json.name("tool").beginObject().member("name", "emw").member("version", toolVersion).endObject();
        return json;
    }
}
