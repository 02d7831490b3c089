/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The path one discovery has taken through redirects: the URLs asked and the
 * addresses restarted with, and how many redirects led there. Immutable: each
 * step returns a longer path, so the candidates tried after a restart each
 * continue from the same point. A URL or address met twice on one path is a
 * loop; more redirects than the limit is "too many" (finding AD-008 either way).
 */
public final class RedirectTracker {

    private final List<String> keys;
    private final List<String> path;
    private final int redirects;
    private final int limit;

    private RedirectTracker(List<String> keys, List<String> path, int redirects, int limit) {
        this.keys = List.copyOf(keys);
        this.path = List.copyOf(path);
        this.redirects = redirects;
        this.limit = limit;
    }

    /**
     * @param address the address discovery starts with, or {@code null} for a bare domain
     * @param limit   the most redirects one path may take
     * @return the path before any request
     */
    public static RedirectTracker start(String address, int limit) {
        return address == null ? new RedirectTracker(List.of(), List.of(), 0, limit)
                : new RedirectTracker(List.of(addressKey(address)), List.of("address " + address), 0, limit);
    }

    /** What a step along the path led to. */
    public sealed interface Next {
    }

    /** @param tracker the longer path */
    public record Continue(RedirectTracker tracker) implements Next {
    }

    /** @param repeated the URL or address met again, as written there @param path the path up to the repeat */
    public record Loop(String repeated, List<String> path) implements Next {
    }

    /** @param limit the limit that was reached @param path the path so far */
    public record TooMany(int limit, List<String> path) implements Next {
    }

    /** @param url a candidate about to be asked, not reached by a redirect @return the path with it */
    public Next visit(URI url) {
        return step(urlKey(url), url.toString(), false);
    }

    /** @param url where a redirect leads (Location, X-MS-Location, RedirectUrl) @return the path with it */
    public Next redirect(URI url) {
        return step(urlKey(url), url.toString(), true);
    }

    /** @param address the address a POX Redirect restarts with @return the path with it */
    public Next restart(String address) {
        return step(addressKey(address), "address " + address, true);
    }

    /** @return how many redirects the path took */
    public int redirects() {
        return redirects;
    }

    /** @return the URLs and addresses of the path as they were written, in order */
    public List<String> path() {
        return path;
    }

    private Next step(String key, String shown, boolean isRedirect) {
        List<String> longer = new ArrayList<>(path);
        longer.add(shown);
        if (keys.contains(key)) {
            return new Loop(shown, longer);
        }
        if (isRedirect && redirects >= limit) {
            return new TooMany(limit, longer);
        }
        List<String> moreKeys = new ArrayList<>(keys);
        moreKeys.add(key);
        return new Continue(new RedirectTracker(moreKeys, longer, isRedirect ? redirects + 1 : redirects, limit));
    }

    /** URLs that differ only in case of scheme, host or path, or in a trailing dot, reach the same endpoint. */
    private static String urlKey(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String port = url.getPort() == -1 ? "" : ":" + url.getPort();
        String path = url.getRawPath() == null ? "" : url.getRawPath().toLowerCase(Locale.ROOT);
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + host + port + path + query;
    }

    private static String addressKey(String address) {
        return "address " + address.toLowerCase(Locale.ROOT);
    }
}
