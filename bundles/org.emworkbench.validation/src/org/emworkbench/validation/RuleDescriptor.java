/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;

/**
 * Everything the engine and the user need to know about one rule, without
 * loading its class.
 *
 * @param id          the stable id users see, e.g. {@code SSO-002}
 * @param name        what must hold, e.g. "Citrix PIN authentication is enabled"
 * @param category    the id of the rule's category
 * @param severity    the severity of the rule's findings
 * @param mode        whether the rule needs the network
 * @param target      the model class whose instances (and subclass instances) are checked
 * @param contributor the symbolic name of the contributing plug-in, named when the rule fails
 * @param description why the rule exists; may be empty, never {@code null}
 * @param rule        supplies the rule instance; may throw if the rule cannot be created,
 *                    and is expected to return the same instance on every call
 * @param documentation a link to a page that explains the rule and its fix, as the
 *                    contribution wrote it: an absolute http(s) address, or a path
 *                    inside the contributing plug-in ({@code docs/rules/SSO-002.md});
 *                    {@code null} when there is none
 * @since 0.1
 */
public record RuleDescriptor(String id, String name, String category, RuleSeverity severity, RuleMode mode,
        EClass target, String contributor, String description, Supplier<ValidationRule> rule,
        String documentation) {

    /** Checks that every component but {@code description} and {@code documentation} is given. */
    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(contributor, "contributor");
        Objects.requireNonNull(rule, "rule");
        description = description == null ? "" : description;
        documentation = documentation == null || documentation.isBlank() ? null : documentation.strip();
    }

    /** A rule without a documentation link. */
    public RuleDescriptor(String id, String name, String category, RuleSeverity severity, RuleMode mode,
            EClass target, String contributor, String description, Supplier<ValidationRule> rule) {
        this(id, name, category, severity, mode, target, contributor, description, rule, null);
    }

    /**
     * @param candidate a model class
     * @return whether objects of that class are checked by this rule
     */
    public boolean appliesTo(EClass candidate) {
        return target == candidate || target.isSuperTypeOf(candidate);
    }
}
