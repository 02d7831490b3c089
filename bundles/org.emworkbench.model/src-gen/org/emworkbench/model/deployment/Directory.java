/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Directory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The directory the server reads users and groups from, and sample users to check the deployment with.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.Directory#getLdapServers <em>Ldap Servers</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Directory#getUserSearchAttribute <em>User Search Attribute</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Directory#getUserAttributes <em>User Attributes</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Directory#getPersonas <em>Personas</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getDirectory()
 * @model
 * @generated
 */
public interface Directory extends EObject {
	/**
	 * Returns the value of the '<em><b>Ldap Servers</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.LdapServer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The LDAP servers, in the order they are tried.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ldap Servers</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDirectory_LdapServers()
	 * @model containment="true" keys="host port"
	 * @generated
	 */
	EList<LdapServer> getLdapServers();

	/**
	 * Returns the value of the '<em><b>User Search Attribute</b></em>' attribute.
	 * The default value is <code>"userPrincipalName"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The attribute users log on with, e.g. userPrincipalName.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Search Attribute</em>' attribute.
	 * @see #setUserSearchAttribute(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDirectory_UserSearchAttribute()
	 * @model default="userPrincipalName"
	 * @generated
	 */
	String getUserSearchAttribute();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Directory#getUserSearchAttribute <em>User Search Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Search Attribute</em>' attribute.
	 * @see #getUserSearchAttribute()
	 * @generated
	 */
	void setUserSearchAttribute(String value);

	/**
	 * Returns the value of the '<em><b>User Attributes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user attributes the server reads from the directory; macros can only use these.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Attributes</em>' attribute list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDirectory_UserAttributes()
	 * @model
	 * @generated
	 */
	EList<String> getUserAttributes();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sample users whose experience the rules and simulations check.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDirectory_Personas()
	 * @model containment="true" keys="mail"
	 * @generated
	 */
	EList<Persona> getPersonas();

} // Directory
