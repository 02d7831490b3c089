/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.emworkbench.autodiscovery.DiscoverySettings;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.simulation.SimulationSettings;

/**
 * The servers of a self-contained run, started in this process on loopback
 * only and answering from the model itself: a DNS responder
 * ({@link SandboxDnsServer} over {@link ModelZones}) and an in-memory
 * directory ({@link SandboxDirectory}). A walk against the sandbox shows that
 * the model's own expectations are consistent end to end; it says nothing
 * about the customer's servers. Close it (try-with-resources) to stop both,
 * also after a failure.
 * <p>
 * There is no Exchange Autodiscover responder: the HTTPS part of step 4 is
 * skipped, with that reason, never passed.
 *
 * @since 0.1
 */
public final class Sandbox implements AutoCloseable {

    /** Why the HTTPS part of step 4 is not made in the sandbox. */
    public static final String NO_HTTPS = "the sandbox serves DNS and LDAP only, no Exchange Autodiscover over"
            + " HTTPS; run without --sandbox against the customer's servers for that part";

    private final SandboxDnsServer dns;
    private final SandboxDirectory directory;
    private final List<String> notes;

    private Sandbox(SandboxDnsServer dns, SandboxDirectory directory, List<String> notes) {
        this.dns = dns;
        this.directory = directory;
        this.notes = List.copyOf(notes);
    }

    /**
     * Starts both servers; when the second cannot start, the first is stopped.
     *
     * @param deployment the model to answer from
     * @return the running sandbox
     * @throws IOException when a server cannot start
     */
    public static Sandbox start(Deployment deployment) throws IOException {
        Objects.requireNonNull(deployment, "deployment");
        ModelZones zones = ModelZones.of(deployment);
        SandboxDnsServer dns = SandboxDnsServer.start(zones);
        try {
            SandboxDirectory directory = SandboxDirectory.start(deployment);
            List<String> notes = new ArrayList<>(zones.notes());
            notes.addAll(directory.notes());
            return new Sandbox(dns, directory, notes);
        } catch (IOException | RuntimeException e) {
            dns.close();
            throw e;
        }
    }

    /** @return the DNS responder */
    public SandboxDnsServer dns() {
        return dns;
    }

    /** @return the directory */
    public SandboxDirectory directory() {
        return directory;
    }

    /** @return what the model named but the sandbox could not serve, one sentence each */
    public List<String> notes() {
        return notes;
    }

    /**
     * @param base the settings to start from (timeouts and the like)
     * @return discovery through the sandbox's DNS only, without HTTP
     */
    public DiscoverySettings discovery(DiscoverySettings base) {
        return base.withDnsServers(List.of(dns.address())).withHttp(false).withTrustAnchors(null);
    }

    /** @return access to the sandbox's directory, with the run's bind password in memory */
    public DirectoryAccess directoryAccess() {
        return directory.access();
    }

    /**
     * @param base the discovery settings to start from
     * @return settings that send every question of a walk to the sandbox
     */
    public SimulationSettings settings(DiscoverySettings base) {
        return new SimulationSettings(discovery(base), directoryAccess(), true, NO_HTTPS);
    }

    /** Stops both servers, the directory even when the DNS responder fails to stop. */
    @Override
    public void close() {
        try {
            dns.close();
        } finally {
            directory.close();
        }
    }
}
