/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.ResourceAssignment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Delivery Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl#getMembershipRules <em>Membership Rules</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl#getApplications <em>Applications</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl#getDevicePolicies <em>Device Policies</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl#getSmartActions <em>Smart Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeliveryGroupImpl extends MinimalEObjectImpl.Container implements DeliveryGroup {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #isBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUILT_IN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected boolean builtIn = BUILT_IN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<DirectoryPrincipal> users;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<DirectoryPrincipal> groups;

	/**
	 * The default value of the '{@link #getMembershipRules() <em>Membership Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipRules()
	 * @generated
	 * @ordered
	 */
	protected static final String MEMBERSHIP_RULES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMembershipRules() <em>Membership Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipRules()
	 * @generated
	 * @ordered
	 */
	protected String membershipRules = MEMBERSHIP_RULES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getApplications() <em>Applications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplications()
	 * @generated
	 * @ordered
	 */
	protected EList<AppAssignment> applications;

	/**
	 * The cached value of the '{@link #getDevicePolicies() <em>Device Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevicePolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceAssignment> devicePolicies;

	/**
	 * The cached value of the '{@link #getSmartActions() <em>Smart Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmartActions()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceAssignment> smartActions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeliveryGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.DELIVERY_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DELIVERY_GROUP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DELIVERY_GROUP__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DELIVERY_GROUP__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBuiltIn() {
		return builtIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuiltIn(boolean newBuiltIn) {
		boolean oldBuiltIn = builtIn;
		builtIn = newBuiltIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DELIVERY_GROUP__BUILT_IN, oldBuiltIn, builtIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DirectoryPrincipal> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<DirectoryPrincipal>(DirectoryPrincipal.class, this, DeploymentPackage.DELIVERY_GROUP__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DirectoryPrincipal> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<DirectoryPrincipal>(DirectoryPrincipal.class, this, DeploymentPackage.DELIVERY_GROUP__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMembershipRules() {
		return membershipRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembershipRules(String newMembershipRules) {
		String oldMembershipRules = membershipRules;
		membershipRules = newMembershipRules;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DELIVERY_GROUP__MEMBERSHIP_RULES, oldMembershipRules, membershipRules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AppAssignment> getApplications() {
		if (applications == null) {
			applications = new EObjectContainmentEList<AppAssignment>(AppAssignment.class, this, DeploymentPackage.DELIVERY_GROUP__APPLICATIONS);
		}
		return applications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceAssignment> getDevicePolicies() {
		if (devicePolicies == null) {
			devicePolicies = new EObjectContainmentEList<ResourceAssignment>(ResourceAssignment.class, this, DeploymentPackage.DELIVERY_GROUP__DEVICE_POLICIES);
		}
		return devicePolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceAssignment> getSmartActions() {
		if (smartActions == null) {
			smartActions = new EObjectContainmentEList<ResourceAssignment>(ResourceAssignment.class, this, DeploymentPackage.DELIVERY_GROUP__SMART_ACTIONS);
		}
		return smartActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.DELIVERY_GROUP__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.DELIVERY_GROUP__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.DELIVERY_GROUP__APPLICATIONS:
				return ((InternalEList<?>)getApplications()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.DELIVERY_GROUP__DEVICE_POLICIES:
				return ((InternalEList<?>)getDevicePolicies()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.DELIVERY_GROUP__SMART_ACTIONS:
				return ((InternalEList<?>)getSmartActions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeploymentPackage.DELIVERY_GROUP__NAME:
				return getName();
			case DeploymentPackage.DELIVERY_GROUP__DESCRIPTION:
				return getDescription();
			case DeploymentPackage.DELIVERY_GROUP__ENABLED:
				return isEnabled();
			case DeploymentPackage.DELIVERY_GROUP__BUILT_IN:
				return isBuiltIn();
			case DeploymentPackage.DELIVERY_GROUP__USERS:
				return getUsers();
			case DeploymentPackage.DELIVERY_GROUP__GROUPS:
				return getGroups();
			case DeploymentPackage.DELIVERY_GROUP__MEMBERSHIP_RULES:
				return getMembershipRules();
			case DeploymentPackage.DELIVERY_GROUP__APPLICATIONS:
				return getApplications();
			case DeploymentPackage.DELIVERY_GROUP__DEVICE_POLICIES:
				return getDevicePolicies();
			case DeploymentPackage.DELIVERY_GROUP__SMART_ACTIONS:
				return getSmartActions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DeploymentPackage.DELIVERY_GROUP__NAME:
				setName((String)newValue);
				return;
			case DeploymentPackage.DELIVERY_GROUP__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case DeploymentPackage.DELIVERY_GROUP__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case DeploymentPackage.DELIVERY_GROUP__BUILT_IN:
				setBuiltIn((Boolean)newValue);
				return;
			case DeploymentPackage.DELIVERY_GROUP__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends DirectoryPrincipal>)newValue);
				return;
			case DeploymentPackage.DELIVERY_GROUP__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends DirectoryPrincipal>)newValue);
				return;
			case DeploymentPackage.DELIVERY_GROUP__MEMBERSHIP_RULES:
				setMembershipRules((String)newValue);
				return;
			case DeploymentPackage.DELIVERY_GROUP__APPLICATIONS:
				getApplications().clear();
				getApplications().addAll((Collection<? extends AppAssignment>)newValue);
				return;
			case DeploymentPackage.DELIVERY_GROUP__DEVICE_POLICIES:
				getDevicePolicies().clear();
				getDevicePolicies().addAll((Collection<? extends ResourceAssignment>)newValue);
				return;
			case DeploymentPackage.DELIVERY_GROUP__SMART_ACTIONS:
				getSmartActions().clear();
				getSmartActions().addAll((Collection<? extends ResourceAssignment>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DeploymentPackage.DELIVERY_GROUP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DeploymentPackage.DELIVERY_GROUP__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case DeploymentPackage.DELIVERY_GROUP__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case DeploymentPackage.DELIVERY_GROUP__BUILT_IN:
				setBuiltIn(BUILT_IN_EDEFAULT);
				return;
			case DeploymentPackage.DELIVERY_GROUP__USERS:
				getUsers().clear();
				return;
			case DeploymentPackage.DELIVERY_GROUP__GROUPS:
				getGroups().clear();
				return;
			case DeploymentPackage.DELIVERY_GROUP__MEMBERSHIP_RULES:
				setMembershipRules(MEMBERSHIP_RULES_EDEFAULT);
				return;
			case DeploymentPackage.DELIVERY_GROUP__APPLICATIONS:
				getApplications().clear();
				return;
			case DeploymentPackage.DELIVERY_GROUP__DEVICE_POLICIES:
				getDevicePolicies().clear();
				return;
			case DeploymentPackage.DELIVERY_GROUP__SMART_ACTIONS:
				getSmartActions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DeploymentPackage.DELIVERY_GROUP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DeploymentPackage.DELIVERY_GROUP__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case DeploymentPackage.DELIVERY_GROUP__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case DeploymentPackage.DELIVERY_GROUP__BUILT_IN:
				return builtIn != BUILT_IN_EDEFAULT;
			case DeploymentPackage.DELIVERY_GROUP__USERS:
				return users != null && !users.isEmpty();
			case DeploymentPackage.DELIVERY_GROUP__GROUPS:
				return groups != null && !groups.isEmpty();
			case DeploymentPackage.DELIVERY_GROUP__MEMBERSHIP_RULES:
				return MEMBERSHIP_RULES_EDEFAULT == null ? membershipRules != null : !MEMBERSHIP_RULES_EDEFAULT.equals(membershipRules);
			case DeploymentPackage.DELIVERY_GROUP__APPLICATIONS:
				return applications != null && !applications.isEmpty();
			case DeploymentPackage.DELIVERY_GROUP__DEVICE_POLICIES:
				return devicePolicies != null && !devicePolicies.isEmpty();
			case DeploymentPackage.DELIVERY_GROUP__SMART_ACTIONS:
				return smartActions != null && !smartActions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", builtIn: ");
		result.append(builtIn);
		result.append(", membershipRules: ");
		result.append(membershipRules);
		result.append(')');
		return result.toString();
	}

} //DeliveryGroupImpl
