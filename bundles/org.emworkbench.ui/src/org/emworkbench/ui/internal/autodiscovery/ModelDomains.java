/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.IEditorPart;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.DomainExpectation;
import org.emworkbench.autodiscovery.ModelExpectations;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.ui.internal.editor.DeploymentEditor;

/**
 * The domains of the model in a deployment editor, and what the model
 * expects of them, read at one moment on the UI thread (the editor's model
 * belongs to it); the copy goes to the discovery job.
 *
 * @param model        the model's file name, to show which model a run is compared with
 * @param domains      the mail domains, then the AutoDiscovery domains that are not mail domains too
 * @param expectations what the model expects of each domain, for findings AD-007 and AD-010
 */
public record ModelDomains(String model, List<Domain> domains, Map<String, DomainExpectation> expectations) {

    /**
     * A domain the model names.
     *
     * @param name          lower-case ASCII, as discovery uses it
     * @param mail          whether it is one of the Exchange organization's mail domains
     * @param autoDiscovery whether it has a Citrix AutoDiscovery registration
     */
    public record Domain(String name, boolean mail, boolean autoDiscovery) {

        /** @return e.g. {@code contoso.com (mail domain, AutoDiscovery)} */
        public String label() {
            String roles = mail && autoDiscovery ? "mail domain, AutoDiscovery"
                    : mail ? "mail domain" : "AutoDiscovery";
            return name + " (" + roles + ")";
        }
    }

    /** Copies the parts. */
    public ModelDomains {
        domains = List.copyOf(domains);
        expectations = Map.copyOf(expectations);
    }

    /**
     * @param editor an editor, or {@code null}
     * @return the domains of the deployment it shows, or {@code null} when it is not a deployment editor
     *         with a model read
     */
    public static ModelDomains of(IEditorPart editor) {
        if (!(editor instanceof DeploymentEditor deploymentEditor) || deploymentEditor.deployment() == null) {
            return null;
        }
        Deployment deployment = deploymentEditor.deployment();
        Map<String, Domain> domains = new LinkedHashMap<>();
        if (deployment.getExchange() != null) {
            for (MailDomain mailDomain : deployment.getExchange().getMailDomains()) {
                String name = normalized(mailDomain.getName());
                if (name != null) {
                    domains.putIfAbsent(name, new Domain(name, true, false));
                }
            }
        }
        if (deployment.getEnrollment() != null) {
            for (AutoDiscoveryRegistration registration : deployment.getEnrollment().getAutoDiscoveryRegistrations()) {
                String name = normalized(registration.getDomain());
                if (name != null) {
                    Domain known = domains.get(name);
                    domains.put(name, new Domain(name, known != null && known.mail(), true));
                }
            }
        }
        return new ModelDomains(deploymentEditor.getPath().getFileName().toString(),
                new ArrayList<>(domains.values()), ModelExpectations.of(deployment));
    }

    /** @return the mail domains, in model order */
    public List<String> mailDomains() {
        return domains.stream().filter(Domain::mail).map(Domain::name).toList();
    }

    /** A name as discovery would read it, or {@code null} when it is not a domain name (the rules report it). */
    private static String normalized(String name) {
        if (name == null || name.isBlank() || name.contains("@")) {
            return null;
        }
        try {
            return DiscoveryTarget.parse(name).domain();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
