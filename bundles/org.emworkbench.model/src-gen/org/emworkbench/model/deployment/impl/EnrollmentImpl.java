/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.Enrollment;
import org.emworkbench.model.deployment.EnrollmentMethod;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enrollment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.EnrollmentImpl#getMethods <em>Methods</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.EnrollmentImpl#getAutoDiscoveryRegistrations <em>Auto Discovery Registrations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnrollmentImpl extends MinimalEObjectImpl.Container implements Enrollment {
	/**
	 * The cached value of the '{@link #getMethods() <em>Methods</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethods()
	 * @generated
	 * @ordered
	 */
	protected EList<EnrollmentMethod> methods;

	/**
	 * The cached value of the '{@link #getAutoDiscoveryRegistrations() <em>Auto Discovery Registrations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutoDiscoveryRegistrations()
	 * @generated
	 * @ordered
	 */
	protected EList<AutoDiscoveryRegistration> autoDiscoveryRegistrations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnrollmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.ENROLLMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnrollmentMethod> getMethods() {
		if (methods == null) {
			methods = new EDataTypeUniqueEList<EnrollmentMethod>(EnrollmentMethod.class, this, DeploymentPackage.ENROLLMENT__METHODS);
		}
		return methods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AutoDiscoveryRegistration> getAutoDiscoveryRegistrations() {
		if (autoDiscoveryRegistrations == null) {
			autoDiscoveryRegistrations = new EObjectContainmentEList<AutoDiscoveryRegistration>(AutoDiscoveryRegistration.class, this, DeploymentPackage.ENROLLMENT__AUTO_DISCOVERY_REGISTRATIONS);
		}
		return autoDiscoveryRegistrations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.ENROLLMENT__AUTO_DISCOVERY_REGISTRATIONS:
				return ((InternalEList<?>)getAutoDiscoveryRegistrations()).basicRemove(otherEnd, msgs);
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
			case DeploymentPackage.ENROLLMENT__METHODS:
				return getMethods();
			case DeploymentPackage.ENROLLMENT__AUTO_DISCOVERY_REGISTRATIONS:
				return getAutoDiscoveryRegistrations();
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
			case DeploymentPackage.ENROLLMENT__METHODS:
				getMethods().clear();
				getMethods().addAll((Collection<? extends EnrollmentMethod>)newValue);
				return;
			case DeploymentPackage.ENROLLMENT__AUTO_DISCOVERY_REGISTRATIONS:
				getAutoDiscoveryRegistrations().clear();
				getAutoDiscoveryRegistrations().addAll((Collection<? extends AutoDiscoveryRegistration>)newValue);
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
			case DeploymentPackage.ENROLLMENT__METHODS:
				getMethods().clear();
				return;
			case DeploymentPackage.ENROLLMENT__AUTO_DISCOVERY_REGISTRATIONS:
				getAutoDiscoveryRegistrations().clear();
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
			case DeploymentPackage.ENROLLMENT__METHODS:
				return methods != null && !methods.isEmpty();
			case DeploymentPackage.ENROLLMENT__AUTO_DISCOVERY_REGISTRATIONS:
				return autoDiscoveryRegistrations != null && !autoDiscoveryRegistrations.isEmpty();
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
		result.append(" (methods: ");
		result.append(methods);
		result.append(')');
		return result.toString();
	}

} //EnrollmentImpl
