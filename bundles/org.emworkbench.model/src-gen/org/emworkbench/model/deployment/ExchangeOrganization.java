/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exchange Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The customer's Exchange organization as Secure Mail meets it: the mail domains, how they are autodiscovered and how users log on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.ExchangeOrganization#getMailDomains <em>Mail Domains</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.ExchangeOrganization#getLogonForm <em>Logon Form</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.ExchangeOrganization#getNetbiosDomain <em>Netbios Domain</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.ExchangeOrganization#getActiveSyncUrl <em>Active Sync Url</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getExchangeOrganization()
 * @model
 * @generated
 */
public interface ExchangeOrganization extends EObject {
	/**
	 * Returns the value of the '<em><b>Mail Domains</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.MailDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mail domains users have addresses in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mail Domains</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getExchangeOrganization_MailDomains()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<MailDomain> getMailDomains();

	/**
	 * Returns the value of the '<em><b>Logon Form</b></em>' attribute.
	 * The literals are from the enumeration {@link org.emworkbench.model.deployment.ExchangeLogonForm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The form of user name Exchange accepts for ActiveSync; unset when not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logon Form</em>' attribute.
	 * @see org.emworkbench.model.deployment.ExchangeLogonForm
	 * @see #isSetLogonForm()
	 * @see #unsetLogonForm()
	 * @see #setLogonForm(ExchangeLogonForm)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getExchangeOrganization_LogonForm()
	 * @model unsettable="true"
	 * @generated
	 */
	ExchangeLogonForm getLogonForm();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.ExchangeOrganization#getLogonForm <em>Logon Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logon Form</em>' attribute.
	 * @see org.emworkbench.model.deployment.ExchangeLogonForm
	 * @see #isSetLogonForm()
	 * @see #unsetLogonForm()
	 * @see #getLogonForm()
	 * @generated
	 */
	void setLogonForm(ExchangeLogonForm value);

	/**
	 * Unsets the value of the '{@link org.emworkbench.model.deployment.ExchangeOrganization#getLogonForm <em>Logon Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLogonForm()
	 * @see #getLogonForm()
	 * @see #setLogonForm(ExchangeLogonForm)
	 * @generated
	 */
	void unsetLogonForm();

	/**
	 * Returns whether the value of the '{@link org.emworkbench.model.deployment.ExchangeOrganization#getLogonForm <em>Logon Form</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Logon Form</em>' attribute is set.
	 * @see #unsetLogonForm()
	 * @see #getLogonForm()
	 * @see #setLogonForm(ExchangeLogonForm)
	 * @generated
	 */
	boolean isSetLogonForm();

	/**
	 * Returns the value of the '<em><b>Netbios Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The NetBIOS domain name, for DOMAIN&#92;user logon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Netbios Domain</em>' attribute.
	 * @see #setNetbiosDomain(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getExchangeOrganization_NetbiosDomain()
	 * @model
	 * @generated
	 */
	String getNetbiosDomain();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.ExchangeOrganization#getNetbiosDomain <em>Netbios Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Netbios Domain</em>' attribute.
	 * @see #getNetbiosDomain()
	 * @generated
	 */
	void setNetbiosDomain(String value);

	/**
	 * Returns the value of the '<em><b>Active Sync Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ActiveSync URL, e.g. https://mail.contoso.com/Microsoft-Server-ActiveSync.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active Sync Url</em>' attribute.
	 * @see #setActiveSyncUrl(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getExchangeOrganization_ActiveSyncUrl()
	 * @model
	 * @generated
	 */
	String getActiveSyncUrl();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.ExchangeOrganization#getActiveSyncUrl <em>Active Sync Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active Sync Url</em>' attribute.
	 * @see #getActiveSyncUrl()
	 * @generated
	 */
	void setActiveSyncUrl(String value);

} // ExchangeOrganization
