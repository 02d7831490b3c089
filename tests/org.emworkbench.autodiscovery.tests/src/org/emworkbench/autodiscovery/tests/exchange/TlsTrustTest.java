/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.tests.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.autodiscovery.internal.exchange.TlsTrust;
import org.emworkbench.autodiscovery.tests.servers.TestCertificateAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTrustTest {

    private static final TestCertificateAuthority CA = TestCertificateAuthority.create("EMW Trust Test Root");

    @TempDir
    Path directory;

    @Test
    void theFormatIsToldByContentNotByName() throws IOException {
        Path pem = CA.writePem(directory.resolve("store.p12"));
        Path pkcs12 = CA.writeKeyStore(directory.resolve("store.pem"), "PKCS12", "changeit".toCharArray());
        Path jks = CA.writeKeyStore(directory.resolve("store.crt"), "JKS", "secret".toCharArray());
        for (Path store : List.of(pem, pkcs12, jks)) {
            assertEquals(List.of(CA.certificate()), TlsTrust.readCertificates(store), store.toString());
        }
    }

    @Test
    void aPemBundleMayHoldSeveralCertificatesAndComments() throws IOException {
        TestCertificateAuthority other = TestCertificateAuthority.create("Second Root");
        String bundle = "# first\n" + Files.readString(CA.writePem(directory.resolve("a.pem"))) + "\n# second\n"
                + Files.readString(other.writePem(directory.resolve("b.pem")));
        Path file = Files.writeString(directory.resolve("bundle.pem"), bundle);
        assertEquals(List.of(CA.certificate(), other.certificate()), TlsTrust.readCertificates(file));
    }

    @Test
    void onlyTheGivenStoreIsTrustedWhenTheJdkCasAreOff() throws IOException {
        Path pem = CA.writePem(directory.resolve("ca.pem"));
        TlsTrust trust = TlsTrust.from(DiscoverySettings.DEFAULTS.withTrust(pem, false));
        assertEquals(1, trust.size());
        assertTrue(trust.description().startsWith("no JDK CA certificates and 1 from"), trust.description());
        assertTrue(TlsTrust.from(DiscoverySettings.DEFAULTS.withTrust(pem, true)).size() > 1, "the JDK's are added");
    }

    @Test
    void unreadableStoresAreRefusedWithTheReason() throws IOException {
        Path text = Files.writeString(directory.resolve("notes.txt"), "trust me");
        IllegalArgumentException neither = assertThrows(IllegalArgumentException.class, () -> TlsTrust.readCertificates(text));
        assertTrue(neither.getMessage().contains("neither PEM"), neither.getMessage());
        Path missing = directory.resolve("missing.pem");
        IllegalArgumentException gone = assertThrows(IllegalArgumentException.class, () -> TlsTrust.readCertificates(missing));
        assertTrue(gone.getMessage().contains("cannot be read"), gone.getMessage());
        Path wrongPassword = CA.writeKeyStore(directory.resolve("locked.p12"), "PKCS12", "not-the-default".toCharArray());
        IllegalArgumentException locked = assertThrows(IllegalArgumentException.class,
                () -> TlsTrust.readCertificates(wrongPassword));
        assertTrue(locked.getMessage().contains("export its certificates as PEM"), locked.getMessage());
    }
}
