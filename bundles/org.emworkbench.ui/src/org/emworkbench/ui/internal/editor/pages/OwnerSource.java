/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.editor.pages;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The object a field or table edits. A form shows fields of objects that may
 * not exist yet (a new model has no server); typing into such a field
 * creates the object with its containers, in the same command as the edit,
 * so that one undo removes both.
 */
@FunctionalInterface
public interface OwnerSource {

    /** @return the object, or {@code null} when it does not exist (yet) */
    EObject find();

    /** @return whether {@link #create} would create the object now */
    default boolean canCreate() {
        return false;
    }

    /**
     * Appends commands that create the object, when it can be created.
     *
     * @param domain the editing domain
     * @param into   the command to append to
     * @return the object the appended commands create, or {@code null} when
     *         it cannot be created (then nothing was appended)
     */
    default EObject create(EditingDomain domain, CompoundCommand into) {
        return null;
    }

    /**
     * @param supplier gives the object, e.g. the selection of a master table
     * @return a source that never creates the object
     */
    static OwnerSource of(Supplier<? extends EObject> supplier) {
        return supplier::get;
    }

    /**
     * @param root       gives the model's root, {@code null} when there is none
     * @param references single-valued containment references leading from the root to the object
     * @return a source that creates what is missing along the way
     */
    static OwnerSource path(Supplier<? extends EObject> root, EReference... references) {
        return new OwnerSource() {
            @Override
            public EObject find() {
                EObject current = root.get();
                for (int index = 0; current != null && index < references.length; index++) {
                    current = (EObject) current.eGet(references[index]);
                }
                return current;
            }

            @Override
            public boolean canCreate() {
                return root.get() != null;
            }

            @Override
            public EObject create(EditingDomain domain, CompoundCommand into) {
                EObject current = root.get();
                if (current == null) {
                    return null;
                }
                for (EReference reference : references) {
                    EObject next = (EObject) current.eGet(reference);
                    if (next == null) {
                        next = EcoreUtil.create(reference.getEReferenceType());
                        into.append(SetCommand.create(domain, current, reference, next));
                    }
                    current = next;
                }
                return current;
            }
        };
    }
}
