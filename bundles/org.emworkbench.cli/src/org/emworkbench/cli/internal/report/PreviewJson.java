/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal.report;

import java.util.List;
import java.util.Locale;

import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.ExpandedAttribute;
import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.ExpansionProblem;
import org.emworkbench.export.internal.json.JsonWriter;

/**
 * Writes expansion previews as JSON for scripts. The shape is stable: a user
 * object has {@code identity} (what was looked up), {@code dn} ({@code null}
 * when no single user matched), {@code failsSso}, {@code attributes} (each
 * with {@code name}, {@code template}, {@code value} — {@code null} when it
 * cannot be known — and {@code problems}) and {@code userProblems}. A problem
 * has {@code id} (DIR-xxx), {@code kind}, {@code severity}, {@code attribute},
 * {@code message} and {@code fix}. Enum values are lower case.
 */
public final class PreviewJson {

    /** The version of the document shape; raised only for incompatible changes. */
    public static final int SHAPE_VERSION = 1;

    private PreviewJson() {
    }

    /**
     * @param previews the users' previews, in the order asked
     * @param endpoint the server they came from
     * @param policy   the model's credential policy
     * @param version  the tool's version
     * @param exitCode the command's exit code, repeated for scripts
     * @return an indented JSON document
     */
    public static String document(List<ExpansionPreview> previews, DirectoryEndpoint endpoint, CredentialPolicy policy,
            String version, int exitCode) {
        JsonWriter json = JsonDocuments.begin(SHAPE_VERSION, version);
        json.member("server", endpoint.server()).member("tls", endpoint.tls().key())
                .member("baseDn", endpoint.baseDn()).member("credentialPolicy", lower(policy));
        json.name("users").beginArray();
        for (ExpansionPreview preview : previews) {
            user(json, preview);
        }
        json.endArray();
        long failing = previews.stream().filter(ExpansionPreview::failsSso).count();
        json.name("summary").beginObject().member("users", previews.size()).member("failing", failing)
                .member("exitCode", exitCode).endObject();
        return json.endObject().toJson();
    }

    /**
     * @param preview a user's preview
     * @return the user object on one line, for JSON Lines; line break included
     */
    public static String line(ExpansionPreview preview) {
        JsonWriter json = JsonWriter.compact();
        user(json, preview);
        return json.toJson();
    }

    /**
     * @param groupDn a group the batch was asked for that the directory does not have
     * @return one line of JSON Lines saying so, line break included
     */
    public static String missingGroupLine(String groupDn) {
        return JsonWriter.compact().beginObject().member("group", groupDn)
                .member("error", "no such group in the directory").endObject().toJson();
    }

    private static void user(JsonWriter json, ExpansionPreview preview) {
        json.beginObject().member("identity", preview.identity())
                .member("dn", preview.user() == null ? null : preview.user().dn())
                .member("failsSso", preview.failsSso());
        json.name("attributes").beginArray();
        for (ExpandedAttribute attribute : preview.attributes()) {
            json.beginObject().member("name", attribute.name()).member("template", attribute.template())
                    .member("value", attribute.value());
            json.name("problems");
            problems(json, attribute.problems());
            json.endObject();
        }
        json.endArray();
        json.name("userProblems");
        problems(json, preview.userProblems());
        json.endObject();
    }

    private static void problems(JsonWriter json, List<ExpansionProblem> problems) {
        json.beginArray();
        for (ExpansionProblem problem : problems) {
            json.beginObject().member("id", problem.kind().id()).member("kind", lower(problem.kind()))
                    .member("severity", problem.severity().label()).member("attribute", problem.attribute())
                    .member("message", problem.message()).member("fix", problem.fix()).endObject();
        }
        json.endArray();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
