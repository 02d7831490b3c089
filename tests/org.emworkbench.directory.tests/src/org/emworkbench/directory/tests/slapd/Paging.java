/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.slapd;

import java.util.ArrayList;
import java.util.List;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

/** Reads a subtree with the simple paged results control (RFC 2696), page by page. */
final class Paging {

    /** What a paged search returned: the entries' DNs and how many pages it took. */
    record Pages(List<String> dns, int pages) {
    }

    private Paging() {
    }

    static Pages search(LDAPConnection connection, String base, Filter filter, int pageSize) throws LDAPException {
        List<String> dns = new ArrayList<>();
        int pages = 0;
        ASN1OctetString cookie = null;
        do {
            SearchRequest request = new SearchRequest(base, SearchScope.SUB, filter, "1.1");
            request.setControls(new SimplePagedResultsControl(pageSize, cookie, true));
            SearchResult result = connection.search(request);
            pages++;
            result.getSearchEntries().forEach(entry -> dns.add(entry.getDN()));
            SimplePagedResultsControl response = SimplePagedResultsControl.get(result);
            if (response == null) {
                throw new IllegalStateException("the server answered a paged search without the paging control");
            }
            cookie = response.moreResultsToReturn() ? response.getCookie() : null;
        } while (cookie != null);
        return new Pages(dns, pages);
    }

    static int count(LDAPConnection connection, String base, Filter filter, int pageSize) throws LDAPException {
        return search(connection, base, filter, pageSize).dns().size();
    }
}
