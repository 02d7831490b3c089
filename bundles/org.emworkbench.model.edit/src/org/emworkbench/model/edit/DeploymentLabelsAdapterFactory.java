/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.emworkbench.model.deployment.provider.DeploymentItemProviderAdapterFactory;

/**
 * The item providers EMW shows models with: the generated ones, decorated
 * with the labels of {@link DeploymentLabels}, which carry what a consultant
 * looks for at a glance (a property's value, an app's platform, a disabled
 * group). Generated code stays untouched; everything else is delegated.
 *
 * @since 0.1
 */
public class DeploymentLabelsAdapterFactory extends DecoratorAdapterFactory {

    /** Decorates the generated item providers of the deployment model. */
    public DeploymentLabelsAdapterFactory() {
        this(new DeploymentItemProviderAdapterFactory());
    }

    /** @param generated the item provider factory to decorate */
    public DeploymentLabelsAdapterFactory(AdapterFactory generated) {
        super(generated);
    }

    @Override
    protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
        return new LabelDecorator(this);
    }

    /**
     * Replaces the text of the decorated item provider where EMW has a better
     * label; the item provider interfaces it declares are those the generated
     * providers implement, all delegated. It is an {@link Adapter} only because
     * composed adapter factories hand out adapters; it is never attached to a
     * model object (the decorated provider is), so it has no target.
     */
    private static final class LabelDecorator extends ItemProviderDecorator
            implements Adapter, IEditingDomainItemProvider, IStructuredItemContentProvider,
            ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

        LabelDecorator(AdapterFactory adapterFactory) {
            super(adapterFactory);
        }

        @Override
        public Notifier getTarget() {
            return null;
        }

        @Override
        public void setTarget(Notifier newTarget) {
            // Never attached: see the class comment.
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return adapterFactory.isFactoryForType(type);
        }

        @Override
        public String getText(Object object) {
            String label = object instanceof EObject eObject ? DeploymentLabels.of(eObject) : null;
            return label != null ? label : super.getText(object);
        }
    }
}
