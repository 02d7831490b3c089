/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.directory.internal.Failures;
import org.emworkbench.directory.internal.ServerSets;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DereferencePolicy;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPInterface;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.ldap.sdk.schema.AttributeTypeDefinition;
import com.unboundid.ldap.sdk.schema.Schema;

/**
 * An open, bound connection to one LDAP server, or a pool of them for batch
 * work. Users are found with filters built only by UnboundID's filter factory,
 * so no input can change a filter's structure. Close it when done; closing is
 * safe more than once.
 *
 * @since 0.1
 */
public final class DirectoryConnection implements AutoCloseable {

    /** Requests every user attribute; used where the directory's own spelling of names matters. */
    public static final String ALL_USER_ATTRIBUTES = "*";

    private final DirectoryEndpoint endpoint;
    private final LDAPInterface ldap;
    private final AutoCloseable closer;
    private final BindSecret secret;
    private Schema schema;
    private boolean schemaRead;
    private final Map<String, Optional<String>> spellings = new HashMap<>();

    private DirectoryConnection(DirectoryEndpoint endpoint, LDAPInterface ldap, AutoCloseable closer,
            BindSecret secret) {
        this.endpoint = endpoint;
        this.ldap = ldap;
        this.closer = closer;
        this.secret = secret;
    }

    /**
     * Connects, negotiates TLS as the endpoint says, verifies the server's
     * host name and binds.
     *
     * @param endpoint    where to connect
     * @param credentials where the bind password comes from
     * @return the connection
     * @throws DirectoryException when the password is not available or the
     *                            server cannot be reached, trusted or bound to
     */
    public static DirectoryConnection open(DirectoryEndpoint endpoint, BindCredentials credentials)
            throws DirectoryException {
        return connect(endpoint, credentials, 0);
    }

    /**
     * Like {@link #open} but with a pool of up to {@code connections}
     * connections, for batch work from several threads; the first connection
     * is made (and its errors reported) here.
     *
     * @param endpoint    where to connect
     * @param credentials where the bind password comes from
     * @param connections the most connections the pool opens, at least 1
     * @return the pooled connection
     * @throws DirectoryException as {@link #open}
     */
    public static DirectoryConnection openPool(DirectoryEndpoint endpoint, BindCredentials credentials,
            int connections) throws DirectoryException {
        if (connections < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection");
        }
        return connect(endpoint, credentials, connections);
    }

    private static DirectoryConnection connect(DirectoryEndpoint endpoint, BindCredentials credentials, int pool)
            throws DirectoryException {
        Objects.requireNonNull(endpoint, "endpoint");
        BindSecret secret = null;
        SimpleBindRequest bind = null;
        if (endpoint.bindDn() != null) {
            secret = credentials.resolve(endpoint.credential(), endpoint.server());
            if (secret == null) {
                throw new DirectoryException(Failure.CREDENTIAL_UNAVAILABLE, endpoint.server(),
                        "no password source handles the bind credential " + endpoint.credential(), null);
            }
            if (secret.isEmpty()) {
                secret.close();
                throw new DirectoryException(Failure.CREDENTIAL_UNAVAILABLE, endpoint.server(),
                        "the bind password is empty; an empty password would be an unauthenticated bind", null);
            }
            bind = new SimpleBindRequest(endpoint.bindDn(), secret.utf8());
        }
        try {
            SingleServerSet servers = ServerSets.create(endpoint, bind);
            if (pool == 0) {
                LDAPConnection connection = servers.getConnection();
                return new DirectoryConnection(endpoint, connection, connection::close, secret);
            }
            LDAPConnectionPool connections = new LDAPConnectionPool(servers, bind, 1, pool, null, true);
            connections.setRetryFailedOperationsDueToInvalidConnections(true);
            return new DirectoryConnection(endpoint, connections, connections::close, secret);
        } catch (LDAPException e) {
            DirectoryException failure = Failures.translate(endpoint, e, secret);
            if (secret != null) {
                secret.close();
            }
            throw failure;
        } catch (DirectoryException e) {
            if (secret != null) {
                secret.close();
            }
            throw e;
        }
    }

    /** @return where this connection goes */
    public DirectoryEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Finds users whose mail, userPrincipalName or sAMAccountName equals the
     * identity (LDAP compares these ignoring case). Groups are not returned.
     *
     * @param identity   what the user typed: an address, a UPN or an account name
     * @param attributes the attributes to return, e.g. {@link #ALL_USER_ATTRIBUTES}
     * @return the users found, usually one
     * @throws DirectoryException when the search fails
     */
    public List<DirectoryEntry> findUsers(String identity, Collection<String> attributes) throws DirectoryException {
        List<Filter> alternatives = new ArrayList<>();
        for (UserKey key : UserKey.values()) {
            alternatives.add(Filter.createEqualityFilter(key.attribute(), identity));
        }
        return searchUsers(Filter.createORFilter(alternatives), attributes);
    }

    /**
     * @param key        which attribute to compare
     * @param value      the value it must equal
     * @param attributes the attributes to return
     * @return the users found
     * @throws DirectoryException when the search fails
     */
    public List<DirectoryEntry> findUsers(UserKey key, String value, Collection<String> attributes)
            throws DirectoryException {
        return searchUsers(Filter.createEqualityFilter(key.attribute(), value), attributes);
    }

    private List<DirectoryEntry> searchUsers(Filter match, Collection<String> attributes) throws DirectoryException {
        Filter users = Filter.createANDFilter(match,
                Filter.createNOTFilter(Filter.createEqualityFilter("objectClass", "group")));
        List<DirectoryEntry> found = new ArrayList<>();
        search(endpoint.baseDn(), SearchScope.SUB, users, attributes, found::add, null);
        return found;
    }

    /**
     * Finds the entries that list a DN among their {@code member} values: the
     * groups an entry is directly in, on directories that keep no
     * {@code memberOf}.
     *
     * @param memberDn   the member's distinguished name
     * @param attributes the attributes to return
     * @return the groups found
     * @throws DirectoryException when the search fails
     */
    public List<DirectoryEntry> findGroupsWithMember(String memberDn, Collection<String> attributes)
            throws DirectoryException {
        List<DirectoryEntry> found = new ArrayList<>();
        search(endpoint.baseDn(), SearchScope.SUB, Filter.createEqualityFilter("member", memberDn), attributes,
                found::add, null);
        return found;
    }

    /**
     * @param dn         a distinguished name
     * @param attributes the attributes to return
     * @return the entry, or empty when there is none of that name
     * @throws DirectoryException when the read fails for another reason
     */
    public Optional<DirectoryEntry> read(String dn, Collection<String> attributes) throws DirectoryException {
        try {
            SearchResultEntry entry = ldap.getEntry(dn, withObjectClass(attributes));
            return Optional.ofNullable(entry).map(DirectoryConnection::entry);
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT || e.getResultCode() == ResultCode.INVALID_DN_SYNTAX) {
                return Optional.empty();
            }
            throw Failures.translate(endpoint, e, secret, dn);
        }
    }

    /**
     * The directory's own spelling of an attribute name, from its schema; the
     * schema is read once per connection.
     *
     * @param name an attribute name in any case
     * @return the schema's name, or {@code null} when the schema cannot be read or lacks the attribute
     */
    public synchronized String schemaSpelling(String name) {
        if (!schemaRead) {
            schemaRead = true;
            try {
                schema = ldap.getSchema();
            } catch (LDAPException e) {
                schema = null;
            }
        }
        if (schema == null) {
            return null;
        }
        // Asked for every attribute of every user of a batch: the answers are kept.
        return spellings.computeIfAbsent(name, this::lookUpSpelling).orElse(null);
    }

    private Optional<String> lookUpSpelling(String name) {
        AttributeTypeDefinition type = schema.getAttributeType(name);
        if (type == null) {
            return Optional.empty();
        }
        for (String candidate : type.getNames()) {
            if (candidate.equalsIgnoreCase(name)) {
                return Optional.of(candidate);
            }
        }
        return Optional.of(type.getNameOrOID());
    }

    /**
     * Searches page by page with the simple paged results control, handing
     * each entry to the consumer as its page arrives, so that no more than one
     * page is held at a time.
     *
     * @param base       where to search
     * @param scope      how deep
     * @param filter     the filter, built with the factory methods
     * @param attributes the attributes to return
     * @param consumer   receives each entry
     * @param monitor    checked for cancellation between pages; may be {@code null}
     * @return how many entries were handed over
     * @throws DirectoryException when the search fails
     * @throws OperationCanceledException when the monitor is cancelled
     */
    long search(String base, SearchScope scope, Filter filter, Collection<String> attributes,
            Consumer<DirectoryEntry> consumer, IProgressMonitor monitor) throws DirectoryException {
        SearchRequest request = new SearchRequest(base, scope, DereferencePolicy.NEVER, 0, 0, false, filter,
                withObjectClass(attributes));
        ASN1OctetString cookie = null;
        long count = 0;
        do {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            request.setControls(new SimplePagedResultsControl(endpoint.pageSize(), cookie, false));
            SearchResult page;
            try {
                page = ldap.search(request);
            } catch (LDAPException e) {
                throw Failures.translate(endpoint, e, secret, base.isEmpty() ? null : base);
            }
            for (SearchResultEntry found : page.getSearchEntries()) {
                consumer.accept(entry(found));
                count++;
            }
            try {
                SimplePagedResultsControl paging = SimplePagedResultsControl.get(page);
                cookie = paging == null || !paging.moreResultsToReturn() ? null : paging.getCookie();
            } catch (LDAPException e) {
                throw Failures.translate(endpoint, e, secret);
            }
        } while (cookie != null);
        return count;
    }

    private static String[] withObjectClass(Collection<String> attributes) {
        List<String> all = new ArrayList<>(attributes);
        if (all.stream().noneMatch("objectClass"::equalsIgnoreCase)) {
            all.add("objectClass");
        }
        return all.toArray(String[]::new);
    }

    private static DirectoryEntry entry(SearchResultEntry found) {
        List<DirectoryEntry.Attribute> attributes = new ArrayList<>();
        for (Attribute attribute : found.getAttributes()) {
            attributes.add(new DirectoryEntry.Attribute(attribute.getName(), List.of(attribute.getValues())));
        }
        return new DirectoryEntry(found.getDN(), attributes);
    }

    /** Closes the connection or pool and overwrites the password held for it. */
    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            // closing a socket that is already gone is not worth reporting
        } finally {
            if (secret != null) {
                secret.close();
            }
        }
    }

    /** @return the endpoint; never the password */
    @Override
    public String toString() {
        return "DirectoryConnection[" + endpoint + "]";
    }
}
