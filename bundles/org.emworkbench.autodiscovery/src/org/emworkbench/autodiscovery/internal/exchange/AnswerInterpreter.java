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
import java.util.List;
import java.util.Optional;

import org.emworkbench.autodiscovery.StepStatus;

/**
 * Reads what an HTTP answer means for discovery: Settings found, credentials
 * asked for, a redirect (3xx {@code Location}, 451 {@code X-MS-Location}, POX
 * {@code Redirect}), or a failure. Redirects only ever lead to {@code https}:
 * discovery never sends the request over plain HTTP.
 */
public final class AnswerInterpreter {

    /** The type of the server an ActiveSync client uses. */
    public static final String MOBILE_SYNC = "MobileSync";

    private AnswerInterpreter() {
    }

    /**
     * @param response the answer to a POST of the mobilesync request
     * @param url      the URL that was asked, to resolve a relative {@code Location}
     * @return its meaning
     */
    public static Verdict forPost(HttpResponse response, URI url) {
        int status = response.status();
        return switch (status) {
        case 301, 302, 307, 308 -> follow(response, "Location", url, status + " Location");
        case 451 -> follow(response, "X-MS-Location", url, "451 X-MS-Location");
        case 401 -> response.headers("WWW-Authenticate").isEmpty()
                ? new Verdict.Failed(StepStatus.FAILED, "401 Unauthorized without a WWW-Authenticate challenge", true)
                : new Verdict.WantsCredentials(response.headers("WWW-Authenticate"));
        case 200 -> pox(response.body(), url);
        case 404, 410 -> new Verdict.Failed(StepStatus.ABSENT,
                "no Autodiscover service at this URL (" + response.statusText() + ")", false);
        default -> new Verdict.Failed(StepStatus.FAILED, "answered " + response.statusText(), false);
        };
    }

    /**
     * @param response the answer to the unauthenticated GET of the HTTP redirect check
     * @param url      the URL that was asked
     * @return a {@link Verdict.FollowUrl} to an {@code https} URL, or a {@link Verdict.Failed} saying why there is
     *         none ({@link StepStatus#ABSENT} when the server simply does not redirect)
     */
    public static Verdict forRedirectCheck(HttpResponse response, URI url) {
        return switch (response.status()) {
        case 301, 302, 307, 308 -> follow(response, "Location", url, response.status() + " Location");
        default -> new Verdict.Failed(StepStatus.ABSENT, "no redirect (" + response.statusText() + ")", false);
        };
    }

    private static Verdict follow(HttpResponse response, String header, URI base, String via) {
        Optional<String> location = response.header(header);
        if (location.isEmpty() || location.get().isBlank()) {
            return new Verdict.Failed(StepStatus.FAILED, response.statusText() + " without a " + header + " header",
                    true);
        }
        return redirectTo(location.get().strip(), base, via);
    }

    private static Verdict redirectTo(String location, URI base, String via) {
        URI target;
        try {
            target = base.resolve(new URI(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Verdict.Failed(StepStatus.FAILED, via + " '" + location + "' is not a URL", true);
        }
        if (!"https".equalsIgnoreCase(target.getScheme()) || target.getHost() == null) {
            return new Verdict.Failed(StepStatus.FAILED, via + " leads to " + withoutUserInfo(target)
                    + ", not to an https URL with a host; clients never send the Autodiscover request over plain HTTP",
                    true);
        }
        return new Verdict.FollowUrl(withoutUserInfo(target), via);
    }

    /** A password in a Location must not reach the trace, and discovery never sends one anyway. */
    private static URI withoutUserInfo(URI url) {
        if (url.getRawUserInfo() == null && url.getRawFragment() == null) {
            return url;
        }
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), url.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a URL without its user info is still a URL: " + e.getMessage(), e);
        }
    }

    private static Verdict pox(byte[] body, URI url) {
        PoxResponse answer;
        try {
            answer = PoxResponseParser.parse(body);
        } catch (PoxFormatException e) {
            return new Verdict.Failed(StepStatus.FAILED, e.getMessage(), e.isHostile());
        }
        if (answer instanceof PoxResponse.Settings settings) {
            List<PoxResponse.Server> servers = settings.servers();
            if (servers.stream().noneMatch(server -> MOBILE_SYNC.equalsIgnoreCase(server.type()))) {
                return new Verdict.Failed(StepStatus.FAILED, "the Settings name no MobileSync server (types: "
                        + servers.stream().map(PoxResponse.Server::type).toList() + ")", true);
            }
            return new Verdict.Found(servers);
        }
        if (answer instanceof PoxResponse.Redirect redirect) {
            return redirect.isAddress() ? new Verdict.Restart(redirect.target())
                    : redirectTo(redirect.target(), url, "POX Redirect");
        }
        PoxResponse.Error error = (PoxResponse.Error) answer;
        return new Verdict.Failed(StepStatus.FAILED, "the service answered with an Autodiscover error (" + error.form()
                + (error.code().isEmpty() ? "" : ", code " + error.code())
                + (error.message().isEmpty() ? "" : ": " + error.message()) + ")", true);
    }
}
