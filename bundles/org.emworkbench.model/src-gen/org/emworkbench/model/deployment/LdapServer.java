/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.ecore.EObject;

import org.emworkbench.model.CredentialReference;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ldap Server</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An LDAP server of the directory.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.LdapServer#getHost <em>Host</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.LdapServer#getPort <em>Port</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.LdapServer#getTlsMode <em>Tls Mode</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.LdapServer#getBaseDn <em>Base Dn</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.LdapServer#getBindDn <em>Bind Dn</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.LdapServer#getBindCredential <em>Bind Credential</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getLdapServer()
 * @model
 * @generated
 */
public interface LdapServer extends EObject {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host name or address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getLdapServer_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.LdapServer#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"389"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The port; 389 for plain LDAP and StartTLS, 636 for LDAPS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getLdapServer_Port()
	 * @model default="389"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.LdapServer#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Tls Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.emworkbench.model.deployment.TlsMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the connection is protected; unset when not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tls Mode</em>' attribute.
	 * @see org.emworkbench.model.deployment.TlsMode
	 * @see #isSetTlsMode()
	 * @see #unsetTlsMode()
	 * @see #setTlsMode(TlsMode)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getLdapServer_TlsMode()
	 * @model unsettable="true"
	 * @generated
	 */
	TlsMode getTlsMode();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.LdapServer#getTlsMode <em>Tls Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls Mode</em>' attribute.
	 * @see org.emworkbench.model.deployment.TlsMode
	 * @see #isSetTlsMode()
	 * @see #unsetTlsMode()
	 * @see #getTlsMode()
	 * @generated
	 */
	void setTlsMode(TlsMode value);

	/**
	 * Unsets the value of the '{@link org.emworkbench.model.deployment.LdapServer#getTlsMode <em>Tls Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTlsMode()
	 * @see #getTlsMode()
	 * @see #setTlsMode(TlsMode)
	 * @generated
	 */
	void unsetTlsMode();

	/**
	 * Returns whether the value of the '{@link org.emworkbench.model.deployment.LdapServer#getTlsMode <em>Tls Mode</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Tls Mode</em>' attribute is set.
	 * @see #unsetTlsMode()
	 * @see #getTlsMode()
	 * @see #setTlsMode(TlsMode)
	 * @generated
	 */
	boolean isSetTlsMode();

	/**
	 * Returns the value of the '<em><b>Base Dn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where user searches start, e.g. dc=contoso,dc=com.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Dn</em>' attribute.
	 * @see #setBaseDn(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getLdapServer_BaseDn()
	 * @model
	 * @generated
	 */
	String getBaseDn();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.LdapServer#getBaseDn <em>Base Dn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Dn</em>' attribute.
	 * @see #getBaseDn()
	 * @generated
	 */
	void setBaseDn(String value);

	/**
	 * Returns the value of the '<em><b>Bind Dn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The account the server binds with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bind Dn</em>' attribute.
	 * @see #setBindDn(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getLdapServer_BindDn()
	 * @model
	 * @generated
	 */
	String getBindDn();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.LdapServer#getBindDn <em>Bind Dn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bind Dn</em>' attribute.
	 * @see #getBindDn()
	 * @generated
	 */
	void setBindDn(String value);

	/**
	 * Returns the value of the '<em><b>Bind Credential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the bind password is kept (env:VARIABLE or secure-storage:/path), never the password itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bind Credential</em>' attribute.
	 * @see #setBindCredential(CredentialReference)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getLdapServer_BindCredential()
	 * @model dataType="org.emworkbench.model.deployment.CredentialReference"
	 * @generated
	 */
	CredentialReference getBindCredential();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.LdapServer#getBindCredential <em>Bind Credential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bind Credential</em>' attribute.
	 * @see #getBindCredential()
	 * @generated
	 */
	void setBindCredential(CredentialReference value);

} // LdapServer
