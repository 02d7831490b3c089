/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A running LDAP server under test that serves a {@link DirectoryData} on
 * 127.0.0.1, whichever server it is: UnboundID's {@link InMemoryDirectory} or
 * {@link Slapd}. Tests written against this interface run unchanged against
 * both; {@link Kind} starts either.
 * <p>
 * Both listen on two ports, plain LDAP that offers StartTLS, and LDAPS, with a
 * certificate from {@link #ca()}; both let anonymous clients bind and read the
 * root DSE and the schema, and nothing else, as Active Directory does.
 */
public interface TestDirectory extends AutoCloseable {

    /** The servers the tests run against. */
    enum Kind {
        /** UnboundID's in-memory directory server, in the test JVM. */
        IN_MEMORY("in-memory") {
            @Override
            public TestDirectory start(DirectoryData data, TestLdapCa ca, TestLdapCa.ServerCertificate certificate)
                    throws IOException {
                return InMemoryDirectory.builder().data(data).certificate(ca, certificate).start();
            }
        },
        /** Debian's OpenLDAP slapd, a child process; a test is skipped (fails under CI) without it. */
        SLAPD("slapd") {
            @Override
            public TestDirectory start(DirectoryData data, TestLdapCa ca, TestLdapCa.ServerCertificate certificate)
                    throws IOException {
                return Slapd.start(data, ca, certificate);
            }

            @Override
            public void require() {
                SlapdPrograms.require();
            }
        };

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /**
         * Starts a server of this kind.
         *
         * @param data        the entries to serve
         * @param ca          the CA that issued the certificate
         * @param certificate the certificate LDAPS and StartTLS present, e.g. {@link TestLdapCa#wrongNameServer()}
         * @return the running server; the caller closes it
         * @throws IOException when it cannot be set up or does not come up
         */
        public abstract TestDirectory start(DirectoryData data, TestLdapCa ca,
                TestLdapCa.ServerCertificate certificate) throws IOException;

        /**
         * @param data the entries to serve
         * @return a running server of this kind with a new CA's certificate for localhost, 127.0.0.1 and ::1
         * @throws IOException when it cannot be set up or does not come up
         */
        public TestDirectory start(DirectoryData data) throws IOException {
            TestLdapCa ca = TestLdapCa.create();
            return start(data, ca, ca.loopbackServer());
        }

        /**
         * The one server of this kind that the whole test run shares, with {@link DirectoryData#standard()}:
         * started by the first caller, stopped and deleted when the JVM ends. Tests must not change or stop
         * it.
         *
         * @return the running server
         */
        public TestDirectory shared() {
            require();
            return SharedTestDirectories.get(this);
        }

        /** Skips the calling test when this kind of server cannot run here, or fails it under CI. */
        public void require() {
            // the in-memory server always can
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** @return which server this is */
    Kind kind();

    /** @return the address both ports listen on, 127.0.0.1 */
    String host();

    /** @return the port of plain LDAP, where StartTLS is offered */
    int ldapPort();

    /** @return the port of LDAPS */
    int ldapsPort();

    /** @return {@code ldap://127.0.0.1:<port>} */
    default String ldapUrl() {
        return "ldap://" + host() + ":" + ldapPort();
    }

    /** @return {@code ldaps://127.0.0.1:<port>} */
    default String ldapsUrl() {
        return "ldaps://" + host() + ":" + ldapsPort();
    }

    /** @return the data the server was loaded with */
    DirectoryData data();

    /** @return the naming context, {@value DirectoryData#BASE_DN} */
    default String baseDn() {
        return DirectoryData.BASE_DN;
    }

    /** @return the service account to bind as, {@value DirectoryData#SERVICE_DN} */
    default String bindDn() {
        return DirectoryData.SERVICE_DN;
    }

    /** @return the service account's test-only password, made for this data set; never print it */
    default String bindPassword() {
        return data().servicePassword();
    }

    /** @return the CA that issued the server's certificate */
    TestLdapCa ca();

    /**
     * @param file where to write
     * @param type {@code PKCS12} (no password) or {@code JKS}
     * @return a trust store holding {@link #ca()} only, as the directory bundle reads it
     * @throws IOException when it cannot be written
     */
    default Path writeTrustStore(Path file, String type) throws IOException {
        return ca().writeTrustStore(file, type);
    }

    /** @return what the server has logged, for a failing test's report; empty when it keeps no log */
    String log();

    /** Stops serving: every connection is closed and the ports refuse new ones, as a server that is down. */
    void stop();

    /** Stops the server and removes whatever it left on disk. */
    @Override
    void close();
}
