/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage;

/**
 * This is the item provider adapter for a {@link org.emworkbench.model.deployment.DeliveryGroup} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class DeliveryGroupItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeliveryGroupItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addEnabledPropertyDescriptor(object);
			addBuiltInPropertyDescriptor(object);
			addMembershipRulesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeliveryGroup_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeliveryGroup_name_feature", "_UI_DeliveryGroup_type"),
				 DeploymentPackage.Literals.DELIVERY_GROUP__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeliveryGroup_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeliveryGroup_description_feature", "_UI_DeliveryGroup_type"),
				 DeploymentPackage.Literals.DELIVERY_GROUP__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Enabled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnabledPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeliveryGroup_enabled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeliveryGroup_enabled_feature", "_UI_DeliveryGroup_type"),
				 DeploymentPackage.Literals.DELIVERY_GROUP__ENABLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Built In feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBuiltInPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeliveryGroup_builtIn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeliveryGroup_builtIn_feature", "_UI_DeliveryGroup_type"),
				 DeploymentPackage.Literals.DELIVERY_GROUP__BUILT_IN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Membership Rules feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMembershipRulesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeliveryGroup_membershipRules_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeliveryGroup_membershipRules_feature", "_UI_DeliveryGroup_type"),
				 DeploymentPackage.Literals.DELIVERY_GROUP__MEMBERSHIP_RULES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(DeploymentPackage.Literals.DELIVERY_GROUP__USERS);
			childrenFeatures.add(DeploymentPackage.Literals.DELIVERY_GROUP__GROUPS);
			childrenFeatures.add(DeploymentPackage.Literals.DELIVERY_GROUP__APPLICATIONS);
			childrenFeatures.add(DeploymentPackage.Literals.DELIVERY_GROUP__DEVICE_POLICIES);
			childrenFeatures.add(DeploymentPackage.Literals.DELIVERY_GROUP__SMART_ACTIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns DeliveryGroup.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/DeliveryGroup"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((DeliveryGroup)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_DeliveryGroup_type") :
			getString("_UI_DeliveryGroup_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(DeliveryGroup.class)) {
			case DeploymentPackage.DELIVERY_GROUP__NAME:
			case DeploymentPackage.DELIVERY_GROUP__DESCRIPTION:
			case DeploymentPackage.DELIVERY_GROUP__ENABLED:
			case DeploymentPackage.DELIVERY_GROUP__BUILT_IN:
			case DeploymentPackage.DELIVERY_GROUP__MEMBERSHIP_RULES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case DeploymentPackage.DELIVERY_GROUP__USERS:
			case DeploymentPackage.DELIVERY_GROUP__GROUPS:
			case DeploymentPackage.DELIVERY_GROUP__APPLICATIONS:
			case DeploymentPackage.DELIVERY_GROUP__DEVICE_POLICIES:
			case DeploymentPackage.DELIVERY_GROUP__SMART_ACTIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(DeploymentPackage.Literals.DELIVERY_GROUP__USERS,
				 DeploymentFactory.eINSTANCE.createDirectoryPrincipal()));

		newChildDescriptors.add
			(createChildParameter
				(DeploymentPackage.Literals.DELIVERY_GROUP__GROUPS,
				 DeploymentFactory.eINSTANCE.createDirectoryPrincipal()));

		newChildDescriptors.add
			(createChildParameter
				(DeploymentPackage.Literals.DELIVERY_GROUP__APPLICATIONS,
				 DeploymentFactory.eINSTANCE.createAppAssignment()));

		newChildDescriptors.add
			(createChildParameter
				(DeploymentPackage.Literals.DELIVERY_GROUP__DEVICE_POLICIES,
				 DeploymentFactory.eINSTANCE.createResourceAssignment()));

		newChildDescriptors.add
			(createChildParameter
				(DeploymentPackage.Literals.DELIVERY_GROUP__SMART_ACTIONS,
				 DeploymentFactory.eINSTANCE.createResourceAssignment()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == DeploymentPackage.Literals.DELIVERY_GROUP__USERS ||
			childFeature == DeploymentPackage.Literals.DELIVERY_GROUP__GROUPS ||
			childFeature == DeploymentPackage.Literals.DELIVERY_GROUP__DEVICE_POLICIES ||
			childFeature == DeploymentPackage.Literals.DELIVERY_GROUP__SMART_ACTIONS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return DeploymentEditPlugin.INSTANCE;
	}

}
