/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation;

import java.util.List;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Names model objects by a path of containment features and keys, such as
 * {@code /server/clientProperties[ENABLE_PASSCODE_AUTH]} or
 * {@code /applications[Secure Mail,ios]}, so that users can find them and the
 * name survives reordering. An element of a list is named by the key
 * attributes its containment reference declares (EMF's eKeys); an element
 * without keys is named by the key of the one object it refers to (an app
 * assignment by its app), and by its position only when neither exists or a
 * key is unset.
 *
 * @since 0.1
 */
public final class ObjectPaths {

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
        EReference containment = object.eContainmentFeature();
        StringBuilder segment = new StringBuilder("/").append(containment.getName());
        if (containment.isMany()) {
            segment.append('[').append(keyOf(object, containment)).append(']');
        }
        return segment.toString();
    }

    private static String keyOf(EObject object, EReference containment) {
        String key = keyValues(object, containment.getEKeys());
        if (key == null && containment.getEKeys().isEmpty()) {
            key = keyOfReferencedObject(object);
        }
        if (key != null) {
            return key;
        }
        List<?> siblings = (List<?>) object.eContainer().eGet(containment);
        return Integer.toString(siblings.indexOf(object));
    }

    private static String keyValues(EObject object, List<EAttribute> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        StringJoiner joined = new StringJoiner(",");
        for (EAttribute key : keys) {
            Object value = object.eGet(key);
            if (value == null || value.toString().isEmpty()) {
                return null;
            }
            joined.add(value.toString());
        }
        return joined.toString();
    }

    private static String keyOfReferencedObject(EObject object) {
        EReference only = null;
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isContainer() && !reference.isMany()) {
                if (only != null) {
                    return null;
                }
                only = reference;
            }
        }
        if (only == null || !(object.eGet(only) instanceof EObject target) || target.eContainmentFeature() == null) {
            return null;
        }
        return keyValues(target, target.eContainmentFeature().getEKeys());
    }
}
