/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.simulation;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.simulation.internal.Walk;
import org.emworkbench.validation.RuleRegistry;

/**
 * Walks the seed's end-to-end experience for one user, step by step
 * ({@link Step}): Secure Hub enrollment, delivery of Secure Mail, the
 * SEND_LDAP_ATTRIBUTES expansion, Exchange autodiscover, the credential. Each
 * step reads the validation rules' findings for its part of the model (the
 * table {@code step-rules.properties}) and asks the servers the user's
 * devices would ask: DNS and Exchange through the autodiscovery providers, the
 * directory through the directory bundle.
 * <p>
 * A step that needs a step that did not pass is {@link Outcome#SKIPPED}; a
 * step whose server could not be asked is {@link Outcome#UNKNOWN}, never a
 * pass.
 *
 * @since 0.1
 */
public final class EnrollmentSimulator {

    private final RuleRegistry rules;
    private final ProviderRegistry providers;

    /**
     * @param rules     the validation rules; the offline ones named in the step table run
     * @param providers the autodiscovery providers; the built-in claim, SRV and Exchange ones are used
     */
    public EnrollmentSimulator(RuleRegistry rules, ProviderRegistry providers) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.providers = Objects.requireNonNull(providers, "providers");
    }

    /**
     * @param deployment the model; it must be in a resource (the rules validate the resource)
     * @param address    the user's email address, e.g. {@code megan.bowen@contoso.com}
     * @param settings   which servers to ask
     * @param monitor    progress, or {@code null}
     * @return the walk
     * @throws IllegalArgumentException when the address is not an email address
     */
    public SimulationReport simulate(Deployment deployment, String address, SimulationSettings settings,
            IProgressMonitor monitor) {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(settings, "settings");
        if (deployment.eResource() == null) {
            throw new IllegalArgumentException("the deployment is not in a resource");
        }
        return Walk.run(deployment, address, settings, rules, providers, monitor);
    }
}
