/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportFormats;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.ExportedFile;
import org.emworkbench.export.Exporter;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyValue;
import org.junit.jupiter.api.Test;

/**
 * No export ever holds a secret: every built-in format (the report formats
 * too, once they are in {@link ExportFormats#builtIn()}) is run over a model
 * that refers to secrets, and every byte is searched for them.
 */
class SecretsTest {

    /** The value of a password-typed policy: a secret the model holds, which no format may write. */
    static final String POLICY_SECRET = "Pol1cy-Secret-7c41";

    /** The name of the environment variable the LDAP bind credential refers to. */
    static final String VARIABLE = "EMW_TEST_BIND_PASSWORD";

    /**
     * @return the Contoso example with a bind credential {@code env:}{@value #VARIABLE} and a password-typed
     *         policy whose value and default are secrets
     */
    public static ExportInput modelWithSecrets() {
        ExportInput contoso = Golden.example("contoso/contoso.emw");
        Deployment deployment = contoso.deployment();
        for (LdapServer server : deployment.getDirectory().getLdapServers()) {
            server.setBindCredential(CredentialReference.environment(VARIABLE));
        }
        MdxApplication mail = deployment.getApplications().get(0);
        PolicyDefinition password = DeploymentFactory.eINSTANCE.createPolicyDefinition();
        password.setName("GatewayPassword");
        password.setType("password");
        password.setCategory("Network");
        password.setTitle("Gateway password");
        password.setDefaultValue(POLICY_SECRET + "-default");
        mail.getPolicies().add(password);
        PolicyValue value = DeploymentFactory.eINSTANCE.createPolicyValue();
        value.setPolicyName("GatewayPassword");
        value.setValue(POLICY_SECRET);
        mail.getPolicyValues().add(value);
        return contoso;
    }

    @Test
    void noFormatWritesASecret() throws Exception {
        List<ExportFormat> formats = ExportFormats.builtIn();
        assertFalse(formats.isEmpty());
        List<ExportedFile> files = new Exporter().render(modelWithSecrets(), formats);
        for (ExportFormat format : formats) {
            assertTrue(files.stream().anyMatch(file -> file.format().equals(format.id())),
                    format.id() + " wrote files, so the scan covers it");
        }
        for (ExportedFile file : files) {
            assertNoSecret(file, POLICY_SECRET);
        }
        assertTrue(files.stream().anyMatch(file -> file.text().contains("GatewayPassword")),
                "the secret policy is exported, without its value");
    }

    /**
     * @param file   an exported file
     * @param secret a secret that must not be in it, in any common encoding
     */
    public static void assertNoSecret(ExportedFile file, String secret) {
        String bytes = new String(file.bytes(), StandardCharsets.ISO_8859_1);
        String escaped = secret.replace("-", "\\u002d");
        for (String form : List.of(secret, escaped,
                Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)))) {
            assertFalse(bytes.contains(form), file.path() + " holds a secret");
        }
    }
}
