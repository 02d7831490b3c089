/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sample user, with what the deployment should do for them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.Persona#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Persona#getMail <em>Mail</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Persona#getUserPrincipalName <em>User Principal Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Persona#getSAMAccountName <em>SAM Account Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Persona#getExpectedGroups <em>Expected Groups</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getPersona()
 * @model
 * @generated
 */
public interface Persona extends EObject {
	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The display name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPersona_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Persona#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Mail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The email address; unique among personas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mail</em>' attribute.
	 * @see #setMail(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPersona_Mail()
	 * @model
	 * @generated
	 */
	String getMail();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Persona#getMail <em>Mail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mail</em>' attribute.
	 * @see #getMail()
	 * @generated
	 */
	void setMail(String value);

	/**
	 * Returns the value of the '<em><b>User Principal Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The userPrincipalName.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Principal Name</em>' attribute.
	 * @see #setUserPrincipalName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPersona_UserPrincipalName()
	 * @model
	 * @generated
	 */
	String getUserPrincipalName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Persona#getUserPrincipalName <em>User Principal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Principal Name</em>' attribute.
	 * @see #getUserPrincipalName()
	 * @generated
	 */
	void setUserPrincipalName(String value);

	/**
	 * Returns the value of the '<em><b>SAM Account Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sAMAccountName.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>SAM Account Name</em>' attribute.
	 * @see #setSAMAccountName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPersona_SAMAccountName()
	 * @model
	 * @generated
	 */
	String getSAMAccountName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Persona#getSAMAccountName <em>SAM Account Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>SAM Account Name</em>' attribute.
	 * @see #getSAMAccountName()
	 * @generated
	 */
	void setSAMAccountName(String value);

	/**
	 * Returns the value of the '<em><b>Expected Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The distinguished names of the groups the user is expected to be in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Groups</em>' attribute list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPersona_ExpectedGroups()
	 * @model
	 * @generated
	 */
	EList<String> getExpectedGroups();

} // Persona
