/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.autodiscovery.internal.exchange;

import java.net.URI;
import java.util.List;

import org.emworkbench.autodiscovery.StepStatus;

/** What an answer means for discovery, as {@link AnswerInterpreter} reads it. */
public sealed interface Verdict {

    /** @param servers the Settings' servers, at least one of them {@code MobileSync} */
    record Found(List<PoxResponse.Server> servers) implements Verdict {
        /** Copies the list. */
        public Found {
            servers = List.copyOf(servers);
        }
    }

    /** @param challenges the {@code WWW-Authenticate} values: an endpoint that wants credentials */
    record WantsCredentials(List<String> challenges) implements Verdict {
        /** Copies the list. */
        public WantsCredentials {
            challenges = List.copyOf(challenges);
        }
    }

    /** @param url the {@code https} URL to ask next @param via what sent it, e.g. {@code 302 Location} */
    record FollowUrl(URI url, String via) implements Verdict {
    }

    /** @param address the address a POX Redirect names: discovery restarts with its domain */
    record Restart(String address) implements Verdict {
    }

    /**
     * @param status       {@link StepStatus#ABSENT} for "nothing here", {@link StepStatus#FAILED} otherwise
     * @param reason       what was wrong
     * @param serviceError whether the service itself answered wrongly (finding AD-008), not merely "not here"
     */
    record Failed(StepStatus status, String reason, boolean serviceError) implements Verdict {
    }
}
