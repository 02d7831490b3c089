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

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.emworkbench.validation.PropertyCatalogue.KnownProperty;

/**
 * Completion of client property keys and server property names from the
 * catalogue of well-known properties, each with what it does, its type and
 * default, and a warning where the facts are unconfirmed. A key matches when
 * it starts with what was typed, or its display name contains it.
 */
public final class KeyProposals implements IContentProposalProvider {

    private final List<KnownProperty> known;

    /** @param known the properties to propose */
    public KeyProposals(List<KnownProperty> known) {
        this.known = List.copyOf(known);
    }

    @Override
    public IContentProposal[] getProposals(String contents, int position) {
        String typed = contents.substring(0, Math.min(position, contents.length())).strip().toLowerCase(Locale.ROOT);
        List<IContentProposal> proposals = new ArrayList<>();
        for (KnownProperty property : known) {
            if (property.key().toLowerCase(Locale.ROOT).startsWith(typed)
                    || property.displayName().toLowerCase(Locale.ROOT).contains(typed)) {
                String label = property.displayName().isEmpty() ? property.key()
                        : property.key() + " \u2014 " + property.displayName();
                proposals.add(new ContentProposal(property.key(), label, describe(property)));
            }
        }
        return proposals.toArray(IContentProposal[]::new);
    }

    /**
     * @param property a well-known property
     * @return what the completion pop-up says about it
     */
    static String describe(KnownProperty property) {
        StringBuilder text = new StringBuilder();
        text.append(property.description().isEmpty() ? "No description known." : property.description());
        if (property.type() != null) {
            text.append("\n\nType: ").append(property.type().summary());
        }
        if (!property.defaultValue().isEmpty()) {
            text.append("\nDefault: ").append(property.defaultValue());
        }
        if (property.isUnconfirmed()) {
            text.append("\n\nUnconfirmed: ").append(property.source().isEmpty() ? "no source confirms this property"
                    : property.source())
                    .append(". Check it with Citrix support; correct it in your facts folder (known-properties.csv).");
        }
        return text.toString();
    }
}
