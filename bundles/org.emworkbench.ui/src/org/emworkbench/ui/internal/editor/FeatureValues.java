/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ICellEditorValidator;

/**
 * Converts attribute values to the text a field or cell shows and back, the
 * way the model file writes them, so that what a consultant types is what
 * the file and the documentation say ({@code true}, {@code 10.15},
 * {@code emailAutodiscovery}).
 */
public final class FeatureValues {

    private FeatureValues() {
    }

    /**
     * @param feature an attribute or reference
     * @param value   one value of it, may be {@code null}
     * @return the text to show; empty for {@code null}
     */
    public static String toText(EStructuralFeature feature, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (feature instanceof EAttribute attribute) {
            return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        }
        return String.valueOf(value);
    }

    /**
     * @param attribute a single-valued attribute of a data type that is not an enumeration
     * @param text      what the user typed
     * @return the value; {@code null} for empty text where the type allows it
     * @throws IllegalArgumentException with a sentence saying what is expected
     */
    public static Object fromText(EAttribute attribute, String text) {
        EDataType type = attribute.getEAttributeType();
        String stripped = text == null ? "" : text.strip();
        Class<?> instanceClass = type.getInstanceClass();
        if (stripped.isEmpty()) {
            if (instanceClass == String.class) {
                return text == null || text.isEmpty() ? null : text;
            }
            if (instanceClass != null && instanceClass.isPrimitive()) {
                throw new IllegalArgumentException("enter a number");
            }
            return null;
        }
        if (instanceClass == String.class) {
            return text;
        }
        try {
            return EcoreUtil.createFromString(type, stripped);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(expected(type, e));
        }
    }

    /**
     * @param attribute an attribute
     * @return whether its values are edited as text (not from a list of choices)
     */
    public static boolean isTyped(EAttribute attribute) {
        EDataType type = attribute.getEAttributeType();
        return !(type instanceof EEnum) && !isBoolean(attribute);
    }

    /**
     * @param attribute an attribute
     * @return whether it holds a boolean
     */
    public static boolean isBoolean(EAttribute attribute) {
        Class<?> instanceClass = attribute.getEAttributeType().getInstanceClass();
        return instanceClass == boolean.class || instanceClass == Boolean.class;
    }

    /**
     * @param attribute an enumeration or boolean attribute
     * @return the values it can take, in the order of the model
     */
    public static List<Object> choices(EAttribute attribute) {
        if (attribute.getEAttributeType() instanceof EEnum enumeration) {
            return enumeration.getELiterals().stream().map(literal -> (Object) literal.getInstance()).toList();
        }
        return List.of(Boolean.TRUE, Boolean.FALSE);
    }

    /**
     * @param attribute a single-valued attribute edited as text
     * @return a cell validator that refuses what the attribute's type cannot hold, saying what is expected
     */
    public static ICellEditorValidator validator(EAttribute attribute) {
        return value -> {
            try {
                fromText(attribute, (String) value);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        };
    }

    private static String expected(EDataType type, IllegalArgumentException cause) {
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == int.class || instanceClass == Integer.class || instanceClass == long.class) {
            return "enter a whole number";
        }
        if (type == EcorePackage.Literals.EBOOLEAN) {
            return "enter true or false";
        }
        String reason = cause.getMessage();
        return reason == null || reason.isBlank() ? "not a valid " + type.getName() : reason;
    }
}
