/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.List;
import java.util.regex.Pattern;

import org.emworkbench.validation.RuleDescriptor;

/**
 * Which client and server properties "SSO for Secure Mail" needs, as the
 * validation rules say it: a property is needed when a rule of the Secure Mail
 * SSO category names its key in its name or description (SSO-002 names
 * ENABLE_PASSCODE_AUTH, SSO-007 MAM_MACRO_SUPPORT, ...). The report keeps no
 * list of its own, so a new or changed rule changes what it highlights.
 */
final class SsoRequirements {

    /** The category of the built-in Secure Mail SSO rules, as the validation bundle declares it. */
    static final String CATEGORY = "org.emworkbench.sso";

    private final List<RuleDescriptor> rules;

    /** @param rules the rules known to the platform; those of other categories are ignored */
    SsoRequirements(List<RuleDescriptor> rules) {
        this.rules = rules.stream().filter(rule -> CATEGORY.equals(rule.category()))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** @return whether any rule was given, so that an empty answer means "not needed" */
    boolean known() {
        return !rules.isEmpty();
    }

    /**
     * @param key a client property's key or a server property's name, case-sensitive
     * @return the ids of the rules that name it, sorted; empty when SSO does not need it
     */
    List<String> rulesNaming(String key) {
        if (key == null || key.isBlank()) {
            return List.of();
        }
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_.])" + Pattern.quote(key) + "(?![A-Za-z0-9_])");
        return rules.stream()
                .filter(rule -> word.matcher(rule.name()).find() || word.matcher(rule.description()).find())
                .map(RuleDescriptor::id).toList();
    }
}
