/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx;

import java.util.List;
import java.util.Objects;

/**
 * One policy as {@code policy_metadata.xml} declares it. Texts are stripped of
 * leading and trailing white space; a field the file does not give is
 * {@code null}, a field it gives empty is {@code ""}.
 *
 * @param name          {@code PolicyName}: the internal name the app reads; never {@code null} or blank
 * @param type          {@code PolicyType}, as written (e.g. {@code boolean}, {@code enum})
 * @param category      the console category: the name the file's category section gives for the
 *                      {@code PolicyCategory} id, or the id itself when no name is declared for it
 * @param defaultValue  {@code PolicyDefault}
 * @param title         the text of {@code <Title>}: the console label
 * @param description   the text of {@code <Description>}: the help text
 * @param allowedValues the values of an enumerated policy, in file order; empty for free values
 * @param line          the line of the policy element in {@code policy_metadata.xml}
 * @since 0.1
 */
public record MdxPolicy(String name, String type, String category, String defaultValue, String title,
        String description, List<MdxAllowedValue> allowedValues, int line) {

    /** @throws NullPointerException when the name or the list is {@code null} */
    public MdxPolicy {
        Objects.requireNonNull(name, "name");
        allowedValues = List.copyOf(allowedValues);
    }
}
