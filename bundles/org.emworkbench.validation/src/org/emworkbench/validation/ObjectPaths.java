/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names model objects by a path of containment features and keys, such as
 * {@code /server/clientProperties[ENABLE_PASSCODE_AUTH]}, so that users can find
 * them and the name survives reordering. An element of a list is named by its
 * key or name attribute where it has one, and by its position otherwise.
 *
 * @since 0.1
 */
public final class ObjectPaths {

    private static final List<String> KEY_ATTRIBUTES = List.of("key", "name", "fqdn");

    private ObjectPaths() {
    }

    /**
     * @param object a model object
     * @return its path from the root of its containment tree; {@code /} for the root
     */
    public static String of(EObject object) {
        StringBuilder path = new StringBuilder();
        for (EObject current = object; current.eContainer() != null; current = current.eContainer()) {
            path.insert(0, segment(current));
        }
        return path.isEmpty() ? "/" : path.toString();
    }

    private static String segment(EObject object) {
        EStructuralFeature feature = object.eContainingFeature();
        StringBuilder segment = new StringBuilder("/").append(feature.getName());
        if (feature.isMany()) {
            segment.append('[').append(keyOf(object, feature)).append(']');
        }
        return segment.toString();
    }

    private static String keyOf(EObject object, EStructuralFeature containment) {
        for (String name : KEY_ATTRIBUTES) {
            EStructuralFeature candidate = object.eClass().getEStructuralFeature(name);
            if (candidate instanceof EAttribute && !candidate.isMany()) {
                Object value = object.eGet(candidate);
                if (value != null && !value.toString().isEmpty()) {
                    return value.toString();
                }
            }
        }
        List<?> siblings = (List<?>) object.eContainer().eGet(containment);
        return Integer.toString(siblings.indexOf(object));
    }
}
