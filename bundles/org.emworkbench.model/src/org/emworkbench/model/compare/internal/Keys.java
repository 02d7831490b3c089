/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.compare.internal;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.compare.ComparisonProfile;

/**
 * The keys list elements are paired by, and the readable paths built from
 * them. The rules are those of the metamodel: the eKeys of the containment
 * reference; for a list without eKeys, the key of the one object an element
 * refers to (an app assignment is its app); only when neither gives a
 * complete key, the element's content, shown by its position.
 */
final class Keys {

    /** Separates key values in a match key; cannot occur in XML text, so values never run into each other. */
    private static final char SEPARATOR = '\u0000';

    /**
     * An element's key.
     *
     * @param match   what pairs it: equal for the objects that are "the same" in two models
     * @param display how paths show it: the key values as written, joined by commas
     */
    record Key(String match, String display) {
    }

    private final ComparisonProfile profile;

    Keys(ComparisonProfile profile) {
        this.profile = profile;
    }

    /**
     * @param element     an element of a list
     * @param containment the list's feature
     * @param position    its position in the list, shown when it has no key
     * @return its key
     */
    Key of(EObject element, EReference containment, int position) {
        Key key = declared(element, containment.getEKeys());
        if (key == null && containment.getEKeys().isEmpty()) {
            key = ofReferencedObject(element);
        }
        if (key == null) {
            key = new Key(SEPARATOR + "content" + SEPARATOR + signature(element), Integer.toString(position));
        }
        return key;
    }

    /**
     * @param object an object of a model
     * @return its path from its root, as {@link Key#display()} shows keys
     */
    String pathOf(EObject object) {
        StringBuilder path = new StringBuilder();
        for (EObject current = object; current.eContainer() != null; current = current.eContainer()) {
            EReference containment = current.eContainmentFeature();
            StringBuilder segment = new StringBuilder("/").append(containment.getName());
            if (containment.isMany()) {
                List<?> siblings = (List<?>) current.eContainer().eGet(containment);
                segment.append('[').append(of(current, containment, siblings.indexOf(current)).display()).append(']');
            }
            path.insert(0, segment);
        }
        return path.isEmpty() ? "/" : path.toString();
    }

    /**
     * @param target an object a reference refers to
     * @return its path; for one that cannot be resolved its URI, so that it never equals a real object's path
     */
    String referenceText(EObject target) {
        return target.eIsProxy() ? "unresolved " + EcoreUtil.getURI(target) : pathOf(target);
    }

    /**
     * @param attribute an attribute
     * @param value     one value of it, or {@code null}
     * @return the value as a model file writes it, or {@code null}
     */
    static String text(EAttribute attribute, Object value) {
        return value == null ? null : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    private Key declared(EObject element, List<EAttribute> keyAttributes) {
        if (keyAttributes.isEmpty()) {
            return null;
        }
        StringBuilder match = new StringBuilder();
        StringJoiner display = new StringJoiner(",");
        for (EAttribute attribute : keyAttributes) {
            String value = text(attribute, element.eGet(attribute));
            if (value == null || value.isEmpty()) {
                return null;
            }
            display.add(value);
            match.append(profile.caseInsensitiveKeys().contains(attribute) ? value.toLowerCase(Locale.ROOT) : value)
                    .append(SEPARATOR);
        }
        return new Key(match.toString(), display.toString());
    }

    private Key ofReferencedObject(EObject element) {
        EReference only = null;
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isContainer() && !reference.isMany()) {
                if (only != null) {
                    return null;
                }
                only = reference;
            }
        }
        if (only == null || !(element.eGet(only) instanceof EObject target) || target.eContainmentFeature() == null) {
            return null;
        }
        return declared(target, target.eContainmentFeature().getEKeys());
    }

    /** A text that is equal for objects of equal compared content, whatever the order of their lists. */
    private String signature(EObject object) {
        StringBuilder text = new StringBuilder(object.eClass().getName()).append('{');
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!profile.compares(feature) || feature instanceof EReference reference && reference.isContainer()) {
                continue;
            }
            text.append(feature.getName()).append('=');
            if (feature instanceof EAttribute attribute) {
                text.append(Values.of(object, attribute));
            } else if (((EReference) feature).isContainment()) {
                text.append(Values.sortedTexts(Values.objects(object, (EReference) feature).stream()
                        .map(this::signature).toList()));
            } else {
                text.append(Values.sortedTexts(Values.objects(object, (EReference) feature).stream()
                        .map(this::referenceText).toList()));
            }
            text.append(SEPARATOR);
        }
        return text.append('}').toString();
    }
}
