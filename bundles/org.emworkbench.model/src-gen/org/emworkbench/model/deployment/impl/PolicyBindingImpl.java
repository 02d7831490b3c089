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

import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.PolicyValueBinding;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Binding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.PolicyBindingImpl#getAppRole <em>App Role</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.PolicyBindingImpl#getPolicyName <em>Policy Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.PolicyBindingImpl#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.PolicyBindingImpl#getValueBindings <em>Value Bindings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyBindingImpl extends MinimalEObjectImpl.Container implements PolicyBinding {
	/**
	 * The default value of the '{@link #getAppRole() <em>App Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppRole()
	 * @generated
	 * @ordered
	 */
	protected static final AppRole APP_ROLE_EDEFAULT = AppRole.OTHER;

	/**
	 * The cached value of the '{@link #getAppRole() <em>App Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppRole()
	 * @generated
	 * @ordered
	 */
	protected AppRole appRole = APP_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolicyName() <em>Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyName()
	 * @generated
	 * @ordered
	 */
	protected static final String POLICY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPolicyName() <em>Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyName()
	 * @generated
	 * @ordered
	 */
	protected String policyName = POLICY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected static final PolicyMeaning MEANING_EDEFAULT = PolicyMeaning.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected PolicyMeaning meaning = MEANING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValueBindings() <em>Value Bindings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueBindings()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyValueBinding> valueBindings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyBindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.POLICY_BINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppRole getAppRole() {
		return appRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppRole(AppRole newAppRole) {
		AppRole oldAppRole = appRole;
		appRole = newAppRole == null ? APP_ROLE_EDEFAULT : newAppRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.POLICY_BINDING__APP_ROLE, oldAppRole, appRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPolicyName() {
		return policyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicyName(String newPolicyName) {
		String oldPolicyName = policyName;
		policyName = newPolicyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.POLICY_BINDING__POLICY_NAME, oldPolicyName, policyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyMeaning getMeaning() {
		return meaning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeaning(PolicyMeaning newMeaning) {
		PolicyMeaning oldMeaning = meaning;
		meaning = newMeaning == null ? MEANING_EDEFAULT : newMeaning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.POLICY_BINDING__MEANING, oldMeaning, meaning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyValueBinding> getValueBindings() {
		if (valueBindings == null) {
			valueBindings = new EObjectContainmentEList<PolicyValueBinding>(PolicyValueBinding.class, this, DeploymentPackage.POLICY_BINDING__VALUE_BINDINGS);
		}
		return valueBindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.POLICY_BINDING__VALUE_BINDINGS:
				return ((InternalEList<?>)getValueBindings()).basicRemove(otherEnd, msgs);
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
			case DeploymentPackage.POLICY_BINDING__APP_ROLE:
				return getAppRole();
			case DeploymentPackage.POLICY_BINDING__POLICY_NAME:
				return getPolicyName();
			case DeploymentPackage.POLICY_BINDING__MEANING:
				return getMeaning();
			case DeploymentPackage.POLICY_BINDING__VALUE_BINDINGS:
				return getValueBindings();
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
			case DeploymentPackage.POLICY_BINDING__APP_ROLE:
				setAppRole((AppRole)newValue);
				return;
			case DeploymentPackage.POLICY_BINDING__POLICY_NAME:
				setPolicyName((String)newValue);
				return;
			case DeploymentPackage.POLICY_BINDING__MEANING:
				setMeaning((PolicyMeaning)newValue);
				return;
			case DeploymentPackage.POLICY_BINDING__VALUE_BINDINGS:
				getValueBindings().clear();
				getValueBindings().addAll((Collection<? extends PolicyValueBinding>)newValue);
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
			case DeploymentPackage.POLICY_BINDING__APP_ROLE:
				setAppRole(APP_ROLE_EDEFAULT);
				return;
			case DeploymentPackage.POLICY_BINDING__POLICY_NAME:
				setPolicyName(POLICY_NAME_EDEFAULT);
				return;
			case DeploymentPackage.POLICY_BINDING__MEANING:
				setMeaning(MEANING_EDEFAULT);
				return;
			case DeploymentPackage.POLICY_BINDING__VALUE_BINDINGS:
				getValueBindings().clear();
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
			case DeploymentPackage.POLICY_BINDING__APP_ROLE:
				return appRole != APP_ROLE_EDEFAULT;
			case DeploymentPackage.POLICY_BINDING__POLICY_NAME:
				return POLICY_NAME_EDEFAULT == null ? policyName != null : !POLICY_NAME_EDEFAULT.equals(policyName);
			case DeploymentPackage.POLICY_BINDING__MEANING:
				return meaning != MEANING_EDEFAULT;
			case DeploymentPackage.POLICY_BINDING__VALUE_BINDINGS:
				return valueBindings != null && !valueBindings.isEmpty();
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
		result.append(" (appRole: ");
		result.append(appRole);
		result.append(", policyName: ");
		result.append(policyName);
		result.append(", meaning: ");
		result.append(meaning);
		result.append(')');
		return result.toString();
	}

} //PolicyBindingImpl
