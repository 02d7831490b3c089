/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.emworkbench.export.internal.rest.RestJsonReader;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.persistence.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-rest reads what a real server returns, and names where a file is wrong. */
class RestJsonReaderTest {

    @TempDir
    Path folder;

    private void write(String file, String json) throws IOException {
        Files.writeString(folder.resolve(file), json);
    }

    @Test
    void readsServerResponsesWithWrappersAndExtraFields() throws Exception {
        write("clientproperties.json", """
                {"status": 0, "message": "Success", "allClientProperties": [
                  {"id": 12, "displayName": "Inactivity Timer", "description": "d", "key": "INACTIVITY_TIMER",
                   "value": 15, "preDefined": "true", "markedForDelete": false}]}
                """);
        write("serverproperties.json", """
                [{"id": 5, "name": "MAM_MACRO_SUPPORT", "value": "true", "displayName": "m", "description": "x"}]
                """);
        write("deliverygroups.json", """
                {"status": 0, "message": "Success", "role": {"id": 3, "name": "Mobile Mail", "disabled": false,
                  "lastUpdated": "2024-01-01", "nbSuccess": 4, "zoneId": null,
                  "applications": [{"name": "Secure Mail", "priority": "-1", "required": true}],
                  "groups": [{"domainName": "contoso.com", "uniqueId": "Mobile", "customProperties": {"a": "b"}}],
                  "rules": "{\\"AND\\":[]}"}}
                """);
        write("applications.json", """
                {"status": 0, "message": "Success", "container": {"id": 7, "name": "Secure Mail", "appType": "MDX",
                  "disabled": false, "schedule": {}, "android_knox": null, "windows": {"policies": []},
                  "ios": {"displayName": "Secure Mail", "appVersion": "24.9.0", "id": 1, "uuid": "u",
                    "policies": [{"policyName": "OnlineSessionRequired", "policyValue": "false",
                      "policyType": "boolean", "policyCategory": "Authentication", "title": "Online session required",
                      "description": "d", "units": null, "explanation": null}]}}}
                """);
        RestJsonReader.Result result = RestJsonReader.read(folder);
        Deployment deployment = result.deployment();
        ClientProperty timer = deployment.getServer().getClientProperties().get(0);
        assertEquals("15", timer.getValue(), "a number where the API has a string is taken as its text");
        assertTrue(timer.isPredefined());
        assertEquals("MAM_MACRO_SUPPORT", deployment.getServer().getServerProperties().get(0).getName());
        MdxApplication mail = deployment.getApplications().get(0);
        assertEquals(1, deployment.getApplications().size(), "only the ios block; windows is not modelled");
        assertEquals(Platform.IOS, mail.getPlatform());
        assertEquals("false", mail.getPolicyValues().get(0).getValue());
        DeliveryGroup group = deployment.getDeliveryGroups().get(0);
        assertEquals("Mobile Mail", group.getName());
        assertTrue(group.isEnabled());
        assertEquals(mail, group.getApplications().get(0).getApplication());
        assertEquals(-1, group.getApplications().get(0).getPriority());
        assertEquals("{\"AND\":[]}", group.getMembershipRules());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void aMissingFileIsAWarningNotAFailure() throws Exception {
        write("clientproperties.json", "{\"allClientProperties\": []}");
        RestJsonReader.Result result = RestJsonReader.read(folder);
        assertEquals(3, result.warnings().size(), result.warnings().toString());
        assertTrue(result.deployment().getDeliveryGroups().isEmpty());
    }

    @Test
    void aSyntaxErrorIsNamedWithFileLineAndColumn() throws IOException {
        write("serverproperties.json", "{\n  \"allEwProperties\": [\n    {\"name\": \"a\",, }\n  ]\n}\n");
        ModelLoadException failure = assertThrows(ModelLoadException.class, () -> RestJsonReader.read(folder));
        assertEquals(3, failure.getLine());
        assertTrue(failure.getColumn() > 1);
        assertTrue(failure.getMessage().startsWith(folder.resolve("serverproperties.json") + ":3:"),
                failure.getMessage());
    }

    @Test
    void aValueOfTheWrongKindIsNamedWhereItIs() throws IOException {
        write("deliverygroups.json", "{\"deliveryGroups\": [\n  {\"name\": \"G\",\n   \"applications\": {}}]}");
        ModelLoadException failure = assertThrows(ModelLoadException.class, () -> RestJsonReader.read(folder));
        assertEquals(3, failure.getLine());
        assertTrue(failure.getReason().contains("\"applications\" should be an array"), failure.getReason());
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws IOException {
        write("clientproperties.json", """
                {"allClientProperties": [{"key": "A", "value": "1"},
                  {"key": "A", "value": "2"}]}
                """);
        ModelLoadException failure = assertThrows(ModelLoadException.class, () -> RestJsonReader.read(folder));
        assertEquals(2, failure.getLine());
        assertTrue(failure.getReason().contains("given twice"), failure.getReason());
    }

    @Test
    void anErrorResponseIsNotTakenForData() throws IOException {
        write("clientproperties.json", "{\"status\": 1, \"message\": \"Unauthorized\"}");
        ModelLoadException failure = assertThrows(ModelLoadException.class, () -> RestJsonReader.read(folder));
        assertTrue(failure.getReason().contains("Unauthorized"), failure.getReason());
    }

    @Test
    void aPolicyWithoutValueGetsNone() throws Exception {
        write("applications.json", """
                {"containers": [{"name": "X", "android": {"policies": [
                  {"policyName": "GatewayPassword", "policyValue": null, "policyType": "password"}]}}]}
                """);
        MdxApplication app = RestJsonReader.read(folder).deployment().getApplications().get(0);
        assertEquals("GatewayPassword", app.getPolicies().get(0).getName());
        assertTrue(app.getPolicyValues().isEmpty());
        assertNull(app.getVersion());
        assertFalse(app.getPolicies().isEmpty());
    }
}
