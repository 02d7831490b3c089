/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * A JSON document read with jackson-core's streaming parser into a small tree
 * whose every value knows its line and column, so that a value of the wrong
 * kind can be reported where it is, as a syntax error is.
 */
final class JsonTree {

    /** A JSON value and where it starts. */
    sealed interface Node permits ObjectNode, ArrayNode, ScalarNode {
        /** @return the line, from 1 */
        int line();

        /** @return the column, from 1 */
        int column();

        /** @return what the value is, for messages: "an object", "a string", ... */
        String kind();
    }

    /** An object; members in document order, the last of a repeated name wins. */
    record ObjectNode(Map<String, Node> members, int line, int column) implements Node {
        @Override
        public String kind() {
            return "an object";
        }
    }

    /** An array. */
    record ArrayNode(List<Node> items, int line, int column) implements Node {
        @Override
        public String kind() {
            return "an array";
        }
    }

    /**
     * A string, number, boolean or null.
     *
     * @param text  the value as text ({@code null} for JSON null); numbers and booleans as written
     * @param token which kind of scalar
     */
    record ScalarNode(String text, JsonToken token, int line, int column) implements Node {
        @Override
        public String kind() {
            return switch (token) {
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                default -> "null";
            };
        }
    }

    /** A file that is not JSON, or not of the expected shape. */
    static final class BadJson extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        BadJson(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Real responses are small; these limits keep a hostile file from exhausting memory.
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength(1_000_000).build())
            .build();

    private JsonTree() {
    }

    /**
     * @param file a JSON file
     * @return its top-level value
     * @throws BadJson     when it is not one well-formed JSON value
     * @throws IOException when it cannot be read
     */
    static Node read(Path file) throws BadJson, IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new BadJson("the file is empty; it should hold a JSON object", 1, 1);
            }
            Node root = value(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new BadJson("more than one JSON value; a file holds one object", at.getLineNr(),
                        at.getColumnNr());
            }
            return root;
        } catch (JsonProcessingException e) {
            // Syntax errors, and the limits above (too deep, too long), with where the parser was.
            JsonLocation at = e.getLocation();
            throw new BadJson("not valid JSON: " + e.getOriginalMessage(), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        }
    }

    private static Node value(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    members.put(name, value(parser));
                }
                return new ObjectNode(members, line, column);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser));
                }
                return new ArrayNode(items, line, column);
            }
            case VALUE_NULL -> {
                return new ScalarNode(null, token, line, column);
            }
            default -> {
                return new ScalarNode(parser.getText(), token, line, column);
            }
        }
    }
}
