/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.compare.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** Reads features of model objects as the text a model file holds. */
final class Values {

    private Values() {
    }

    /**
     * @param object    an object
     * @param attribute a single-valued attribute of it
     * @return its value as text: the default when not set, unless the
     *         attribute can be unset; {@code null} when it has none
     */
    static String single(EObject object, EAttribute attribute) {
        if (attribute.isUnsettable() && !object.eIsSet(attribute)) {
            return null;
        }
        return Keys.text(attribute, object.eGet(attribute));
    }

    /**
     * @param object    an object
     * @param attribute a many-valued attribute of it
     * @return its values as text, in the model's order
     */
    static List<String> many(EObject object, EAttribute attribute) {
        List<String> texts = new ArrayList<>();
        for (Object value : (Collection<?>) object.eGet(attribute)) {
            texts.add(Keys.text(attribute, value));
        }
        return texts;
    }

    /**
     * @param object    an object
     * @param attribute any attribute of it
     * @return a text for its value(s), unordered for a many-valued one
     */
    static String of(EObject object, EAttribute attribute) {
        return attribute.isMany() ? sortedTexts(many(object, attribute)) : String.valueOf(single(object, attribute));
    }

    /**
     * @param object    an object
     * @param reference a reference of it
     * @return the objects it refers to or contains, in the model's order
     */
    static List<EObject> objects(EObject object, EReference reference) {
        Object value = object.eGet(reference);
        if (reference.isMany()) {
            List<EObject> objects = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                objects.add((EObject) element);
            }
            return objects;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    /**
     * @param texts texts
     * @return them sorted, as one text
     */
    static String sortedTexts(List<String> texts) {
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(null);
        return sorted.toString();
    }
}
