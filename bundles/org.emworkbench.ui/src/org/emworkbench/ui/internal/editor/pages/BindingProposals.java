/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.PolicyDefinition;

/**
 * Completion of a binding's policy name from the catalogues of the apps that
 * have the binding's role, with each policy's title and help text, so that a
 * consultant binds the name the imported .mdx file really declares.
 */
final class BindingProposals implements IContentProposalProvider {

    private final Supplier<Deployment> deployment;
    private final Supplier<AppRole> role;

    BindingProposals(Supplier<Deployment> deployment, Supplier<AppRole> role) {
        this.deployment = deployment;
        this.role = role;
    }

    @Override
    public IContentProposal[] getProposals(String contents, int position) {
        String typed = contents.substring(0, Math.min(position, contents.length())).strip().toLowerCase(Locale.ROOT);
        List<IContentProposal> proposals = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Deployment current = deployment.get();
        AppRole wanted = role.get();
        if (current == null) {
            return new IContentProposal[0];
        }
        for (MdxApplication app : current.getApplications()) {
            if (wanted != null && app.getRole() != wanted) {
                continue;
            }
            for (PolicyDefinition policy : app.getPolicies()) {
                String name = policy.getName();
                String title = Objects.requireNonNullElse(policy.getTitle(), "");
                if (name == null || seen.contains(name) || !(name.toLowerCase(Locale.ROOT).startsWith(typed)
                        || title.toLowerCase(Locale.ROOT).contains(typed))) {
                    continue;
                }
                seen.add(name);
                proposals.add(new ContentProposal(name, title.isEmpty() ? name : name + " \u2014 " + title,
                        Objects.requireNonNullElse(policy.getDescription(), "") + "\n\n(" + app.getName() + ")"));
            }
        }
        return proposals.toArray(IContentProposal[]::new);
    }
}
