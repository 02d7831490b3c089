/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ReadOnlySearchRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;

/**
 * UnboundID's in-memory directory server on 127.0.0.1, serving a
 * {@link DirectoryData} under the {@link AdLikeSchema} (schema checking on),
 * the same data set slapd serves. It listens on two ports, plain LDAP that
 * also offers StartTLS, and LDAPS; both present a certificate of a
 * {@link TestLdapCa}.
 * <p>
 * What it adds to make it behave like slapd and Active Directory: anonymous
 * clients may bind and read the root DSE and the schema, nothing else; no
 * search returns {@code userPassword}. What it keeps of its own: a size limit
 * ({@value #SIZE_LIMIT} by default, Active Directory's MaxPageSize), so that
 * only paged searches get every one of 10,000 users, and {@link #server()}
 * for tests that look inside.
 */
public final class InMemoryDirectory implements TestDirectory {

    /** The largest number of entries a search returns without paging, like Active Directory's MaxPageSize. */
    public static final int SIZE_LIMIT = 1000;

    private static final String LOOPBACK = "127.0.0.1";

    private final InMemoryDirectoryServer server;
    private final DirectoryData data;
    private final TestLdapCa ca;
    // Kept: once stopped, the server forgets its ports, and a test of a server that is down needs them.
    private final int ldapPort;
    private final int ldapsPort;

    private InMemoryDirectory(InMemoryDirectoryServer server, DirectoryData data, TestLdapCa ca) {
        this.server = server;
        this.data = data;
        this.ca = ca;
        this.ldapPort = server.getListenPort("ldap");
        this.ldapsPort = server.getListenPort("ldaps");
    }

    /** @return a builder: no generated users, a new CA's certificate for localhost, 127.0.0.1 and ::1 */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a server before it starts. */
    public static final class Builder {
        private DirectoryData data;
        private TestLdapCa ca;
        private TestLdapCa.ServerCertificate certificate;
        private int sizeLimit = SIZE_LIMIT;

        private Builder() {
        }

        /**
         * @param entries the data set to serve; {@link DirectoryData#withBulkUsers(int) withBulkUsers(0)} if not set
         * @return this builder
         */
        public Builder data(DirectoryData entries) {
            this.data = entries;
            return this;
        }

        /**
         * @param authority the CA that issued the certificate
         * @param server    the certificate LDAPS and StartTLS present, e.g. {@link TestLdapCa#wrongNameServer()}
         * @return this builder
         */
        public Builder certificate(TestLdapCa authority, TestLdapCa.ServerCertificate server) {
            this.ca = authority;
            this.certificate = server;
            return this;
        }

        /**
         * @param limit the most entries a search without paging may return, 0 for no limit
         * @return this builder
         */
        public Builder sizeLimit(int limit) {
            this.sizeLimit = limit;
            return this;
        }

        /**
         * @return the running server
         * @throws IOException when it cannot be configured or started
         */
        public InMemoryDirectory start() throws IOException {
            DirectoryData entries = data != null ? data : DirectoryData.withBulkUsers(0);
            TestLdapCa authority = ca != null ? ca : TestLdapCa.create();
            TestLdapCa.ServerCertificate presented = certificate != null ? certificate : authority.loopbackServer();
            try {
                InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(DirectoryData.BASE_DN);
                config.setSchema(AdLikeSchema.unboundIdSchema());
                config.setMaxSizeLimit(sizeLimit);
                config.addInMemoryOperationInterceptor(new AdLikeAccess());
                SSLUtil tls = new SSLUtil(presented.keyManager(), new TrustAllTrustManager());
                InetAddress loopback = InetAddress.getByName(LOOPBACK);
                config.setListenerConfigs(
                        InMemoryListenerConfig.createLDAPConfig("ldap", loopback, 0, tls.createSSLSocketFactory()),
                        InMemoryListenerConfig.createLDAPSConfig("ldaps", loopback, 0,
                                tls.createSSLServerSocketFactory(), null));
                InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
                // The service account's userPassword is in clear text, which is what this server compares binds to.
                server.addEntries(entries.entries());
                server.startListening();
                return new InMemoryDirectory(server, entries, authority);
            } catch (LDAPException | GeneralSecurityException e) {
                throw new IOException("cannot start the in-memory directory: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Kind kind() {
        return Kind.IN_MEMORY;
    }

    @Override
    public String host() {
        return LOOPBACK;
    }

    @Override
    public int ldapPort() {
        return ldapPort;
    }

    @Override
    public int ldapsPort() {
        return ldapsPort;
    }

    @Override
    public DirectoryData data() {
        return data;
    }

    @Override
    public TestLdapCa ca() {
        return ca;
    }

    /** @return the server, for tests that look inside it; they must not change the shared one */
    public InMemoryDirectoryServer server() {
        return server;
    }

    /** @return empty: the server keeps no log */
    @Override
    public String log() {
        return "";
    }

    /** Stops listening and closes every connection. */
    @Override
    public void stop() {
        server.shutDown(true);
    }

    /** As {@link #stop()}: nothing is on disk. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "in-memory directory " + ldapUrl() + " " + ldapsUrl();
    }

    /**
     * The access rules slapd gets from its configuration, as Active Directory has them: anonymous
     * connections may read the root DSE and the schema only, and nobody reads a password.
     */
    private static final class AdLikeAccess extends InMemoryOperationInterceptor {

        private final Set<Long> bound = ConcurrentHashMap.newKeySet();

        @Override
        public void processSimpleBindResult(InMemoryInterceptedSimpleBindResult bind) {
            // A new bind replaces the connection's identity, whatever it was.
            if (bind.getResult().getResultCode() == ResultCode.SUCCESS && !bind.getRequest().getBindDN().isEmpty()) {
                bound.add(bind.getConnectionID());
            } else {
                bound.remove(bind.getConnectionID());
            }
        }

        @Override
        public void processSearchRequest(InMemoryInterceptedSearchRequest search) throws LDAPException {
            ReadOnlySearchRequest request = search.getRequest();
            boolean rootDseOrSchema = request.getScope() == SearchScope.BASE
                    && (request.getBaseDN().isEmpty() || request.getBaseDN().equalsIgnoreCase("cn=schema"));
            if (!rootDseOrSchema && !bound.contains(search.getConnectionID())) {
                // What slapd answers with the harness's access rules.
                throw new LDAPException(ResultCode.INSUFFICIENT_ACCESS_RIGHTS,
                        "anonymous clients may read the root DSE and the schema only");
            }
        }

        @Override
        public void processSearchEntry(InMemoryInterceptedSearchEntry result) {
            Entry entry = result.getSearchEntry();
            if (entry.hasAttribute(AdLikeSchema.USER_PASSWORD)) {
                Entry withoutPassword = entry.duplicate();
                withoutPassword.removeAttribute(AdLikeSchema.USER_PASSWORD);
                result.setSearchEntry(withoutPassword);
            }
        }
    }
}
