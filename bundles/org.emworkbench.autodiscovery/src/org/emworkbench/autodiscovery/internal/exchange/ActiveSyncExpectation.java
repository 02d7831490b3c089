/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.FindingKind;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;

/**
 * Compares the ActiveSync URL Autodiscover returned with the one the model
 * expects for the mail domain (finding AD-007). URLs that reach the same
 * endpoint compare equal: scheme and host in any case, the default port written
 * or not, a trailing slash, and the path in any case (Exchange runs on IIS,
 * whose paths are case-insensitive).
 */
final class ActiveSyncExpectation {

    private ActiveSyncExpectation() {
    }

    /**
     * @param context the run, with the model's expectations
     * @param domain  the mail domain the user typed (a redirect does not change what the model expects of it)
     * @param live    the MobileSync URL of the answer
     * @param trace   where the check step and the finding go
     */
    static void check(DiscoveryContext context, String domain, String live, TraceRecorder trace) {
        TraceRecorder.Step step = trace.begin(StepKind.CHECK, "ActiveSync URL of " + domain + " against the model");
        Optional<String> expected = context.expectation(domain).map(DomainExpectation::activeSyncUrl);
        if (expected.isEmpty()) {
            step.finish(StepStatus.SKIPPED, "the model names no ActiveSync URL for " + domain);
            return;
        }
        step.detail("model: " + expected.get()).detail("live: " + live);
        if (comparable(expected.get()).equals(comparable(live))) {
            step.finish(StepStatus.OK, "the live answer is the URL the model expects");
            return;
        }
        step.finish(StepStatus.FAILED, "the live answer differs from the model");
        trace.report(FindingKind.AD_007.on(domain, "Exchange Autodiscover returns the ActiveSync URL " + live
                + " for " + domain + ", but the model expects " + expected.get()));
    }

    private static String comparable(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
            host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 443 && scheme.equals("https") || port == 80 && scheme.equals("http");
            String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
            path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
    }
}
