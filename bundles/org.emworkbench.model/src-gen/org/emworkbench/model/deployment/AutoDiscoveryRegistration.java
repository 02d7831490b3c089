/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Auto Discovery Registration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The registration of an email domain with Citrix AutoDiscovery, which tells Secure Hub which server serves users of that domain.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getServerFqdn <em>Server Fqdn</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getInstanceName <em>Instance Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getUserIdType <em>User Id Type</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getClaimToken <em>Claim Token</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getAutoDiscoveryRegistration()
 * @model
 * @generated
 */
public interface AutoDiscoveryRegistration extends EObject {
	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The email domain, e.g. contoso.com.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getAutoDiscoveryRegistration_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Server Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Endpoint Management server the domain's users are sent to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Server Fqdn</em>' attribute.
	 * @see #setServerFqdn(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getAutoDiscoveryRegistration_ServerFqdn()
	 * @model
	 * @generated
	 */
	String getServerFqdn();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getServerFqdn <em>Server Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server Fqdn</em>' attribute.
	 * @see #getServerFqdn()
	 * @generated
	 */
	void setServerFqdn(String value);

	/**
	 * Returns the value of the '<em><b>Instance Name</b></em>' attribute.
	 * The default value is <code>"zdm"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server instance, usually zdm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instance Name</em>' attribute.
	 * @see #setInstanceName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getAutoDiscoveryRegistration_InstanceName()
	 * @model default="zdm"
	 * @generated
	 */
	String getInstanceName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getInstanceName <em>Instance Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance Name</em>' attribute.
	 * @see #getInstanceName()
	 * @generated
	 */
	void setInstanceName(String value);

	/**
	 * Returns the value of the '<em><b>User Id Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.emworkbench.model.deployment.UserIdType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which user identifier the registration expects; unset when not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Id Type</em>' attribute.
	 * @see org.emworkbench.model.deployment.UserIdType
	 * @see #isSetUserIdType()
	 * @see #unsetUserIdType()
	 * @see #setUserIdType(UserIdType)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getAutoDiscoveryRegistration_UserIdType()
	 * @model unsettable="true"
	 * @generated
	 */
	UserIdType getUserIdType();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getUserIdType <em>User Id Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Id Type</em>' attribute.
	 * @see org.emworkbench.model.deployment.UserIdType
	 * @see #isSetUserIdType()
	 * @see #unsetUserIdType()
	 * @see #getUserIdType()
	 * @generated
	 */
	void setUserIdType(UserIdType value);

	/**
	 * Unsets the value of the '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getUserIdType <em>User Id Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUserIdType()
	 * @see #getUserIdType()
	 * @see #setUserIdType(UserIdType)
	 * @generated
	 */
	void unsetUserIdType();

	/**
	 * Returns whether the value of the '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getUserIdType <em>User Id Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>User Id Type</em>' attribute is set.
	 * @see #unsetUserIdType()
	 * @see #getUserIdType()
	 * @see #setUserIdType(UserIdType)
	 * @generated
	 */
	boolean isSetUserIdType();

	/**
	 * Returns the value of the '<em><b>Claim Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The token published in a DNS TXT record of the domain to prove ownership. Not a secret: it is public in DNS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Claim Token</em>' attribute.
	 * @see #setClaimToken(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getAutoDiscoveryRegistration_ClaimToken()
	 * @model
	 * @generated
	 */
	String getClaimToken();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getClaimToken <em>Claim Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim Token</em>' attribute.
	 * @see #getClaimToken()
	 * @generated
	 */
	void setClaimToken(String value);

} // AutoDiscoveryRegistration
