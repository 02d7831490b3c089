/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mail Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mail domain and how Exchange Autodiscover is expected to be found for it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.MailDomain#getName <em>Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.MailDomain#getExpectedSrvRecords <em>Expected Srv Records</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getMailDomain()
 * @model
 * @generated
 */
public interface MailDomain extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domain, e.g. contoso.com.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getMailDomain_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.MailDomain#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Expected Srv Records</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.SrvRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The _autodiscover._tcp SRV records the domain is expected to publish.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Srv Records</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getMailDomain_ExpectedSrvRecords()
	 * @model containment="true" keys="target port"
	 * @generated
	 */
	EList<SrvRecord> getExpectedSrvRecords();

} // MailDomain
