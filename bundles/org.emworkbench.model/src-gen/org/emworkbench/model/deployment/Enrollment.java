/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enrollment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How users enroll devices in Secure Hub.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.Enrollment#getMethods <em>Methods</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Enrollment#getAutoDiscoveryRegistrations <em>Auto Discovery Registrations</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getEnrollment()
 * @model
 * @generated
 */
public interface Enrollment extends EObject {
	/**
	 * Returns the value of the '<em><b>Methods</b></em>' attribute list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.EnrollmentMethod}.
	 * The literals are from the enumeration {@link org.emworkbench.model.deployment.EnrollmentMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enrollment methods the deployment offers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Methods</em>' attribute list.
	 * @see org.emworkbench.model.deployment.EnrollmentMethod
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEnrollment_Methods()
	 * @model
	 * @generated
	 */
	EList<EnrollmentMethod> getMethods();

	/**
	 * Returns the value of the '<em><b>Auto Discovery Registrations</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.AutoDiscoveryRegistration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Citrix AutoDiscovery registrations, one per email domain users enroll with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Auto Discovery Registrations</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEnrollment_AutoDiscoveryRegistrations()
	 * @model containment="true" keys="domain"
	 * @generated
	 */
	EList<AutoDiscoveryRegistration> getAutoDiscoveryRegistrations();

} // Enrollment
