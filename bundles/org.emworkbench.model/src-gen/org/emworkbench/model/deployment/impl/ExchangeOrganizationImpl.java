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

import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.ExchangeLogonForm;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.MailDomain;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exchange Organization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.ExchangeOrganizationImpl#getMailDomains <em>Mail Domains</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.ExchangeOrganizationImpl#getLogonForm <em>Logon Form</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.ExchangeOrganizationImpl#getNetbiosDomain <em>Netbios Domain</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.ExchangeOrganizationImpl#getActiveSyncUrl <em>Active Sync Url</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExchangeOrganizationImpl extends MinimalEObjectImpl.Container implements ExchangeOrganization {
	/**
	 * The cached value of the '{@link #getMailDomains() <em>Mail Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMailDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<MailDomain> mailDomains;

	/**
	 * The default value of the '{@link #getLogonForm() <em>Logon Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogonForm()
	 * @generated
	 * @ordered
	 */
	protected static final ExchangeLogonForm LOGON_FORM_EDEFAULT = ExchangeLogonForm.UPN;

	/**
	 * The cached value of the '{@link #getLogonForm() <em>Logon Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogonForm()
	 * @generated
	 * @ordered
	 */
	protected ExchangeLogonForm logonForm = LOGON_FORM_EDEFAULT;

	/**
	 * This is true if the Logon Form attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean logonFormESet;

	/**
	 * The default value of the '{@link #getNetbiosDomain() <em>Netbios Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetbiosDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String NETBIOS_DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNetbiosDomain() <em>Netbios Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetbiosDomain()
	 * @generated
	 * @ordered
	 */
	protected String netbiosDomain = NETBIOS_DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getActiveSyncUrl() <em>Active Sync Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveSyncUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIVE_SYNC_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActiveSyncUrl() <em>Active Sync Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveSyncUrl()
	 * @generated
	 * @ordered
	 */
	protected String activeSyncUrl = ACTIVE_SYNC_URL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExchangeOrganizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.EXCHANGE_ORGANIZATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MailDomain> getMailDomains() {
		if (mailDomains == null) {
			mailDomains = new EObjectContainmentEList<MailDomain>(MailDomain.class, this, DeploymentPackage.EXCHANGE_ORGANIZATION__MAIL_DOMAINS);
		}
		return mailDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExchangeLogonForm getLogonForm() {
		return logonForm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogonForm(ExchangeLogonForm newLogonForm) {
		ExchangeLogonForm oldLogonForm = logonForm;
		logonForm = newLogonForm == null ? LOGON_FORM_EDEFAULT : newLogonForm;
		boolean oldLogonFormESet = logonFormESet;
		logonFormESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.EXCHANGE_ORGANIZATION__LOGON_FORM, oldLogonForm, logonForm, !oldLogonFormESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLogonForm() {
		ExchangeLogonForm oldLogonForm = logonForm;
		boolean oldLogonFormESet = logonFormESet;
		logonForm = LOGON_FORM_EDEFAULT;
		logonFormESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DeploymentPackage.EXCHANGE_ORGANIZATION__LOGON_FORM, oldLogonForm, LOGON_FORM_EDEFAULT, oldLogonFormESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLogonForm() {
		return logonFormESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNetbiosDomain() {
		return netbiosDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetbiosDomain(String newNetbiosDomain) {
		String oldNetbiosDomain = netbiosDomain;
		netbiosDomain = newNetbiosDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.EXCHANGE_ORGANIZATION__NETBIOS_DOMAIN, oldNetbiosDomain, netbiosDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActiveSyncUrl() {
		return activeSyncUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveSyncUrl(String newActiveSyncUrl) {
		String oldActiveSyncUrl = activeSyncUrl;
		activeSyncUrl = newActiveSyncUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.EXCHANGE_ORGANIZATION__ACTIVE_SYNC_URL, oldActiveSyncUrl, activeSyncUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.EXCHANGE_ORGANIZATION__MAIL_DOMAINS:
				return ((InternalEList<?>)getMailDomains()).basicRemove(otherEnd, msgs);
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
			case DeploymentPackage.EXCHANGE_ORGANIZATION__MAIL_DOMAINS:
				return getMailDomains();
			case DeploymentPackage.EXCHANGE_ORGANIZATION__LOGON_FORM:
				return getLogonForm();
			case DeploymentPackage.EXCHANGE_ORGANIZATION__NETBIOS_DOMAIN:
				return getNetbiosDomain();
			case DeploymentPackage.EXCHANGE_ORGANIZATION__ACTIVE_SYNC_URL:
				return getActiveSyncUrl();
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
			case DeploymentPackage.EXCHANGE_ORGANIZATION__MAIL_DOMAINS:
				getMailDomains().clear();
				getMailDomains().addAll((Collection<? extends MailDomain>)newValue);
				return;
			case DeploymentPackage.EXCHANGE_ORGANIZATION__LOGON_FORM:
				setLogonForm((ExchangeLogonForm)newValue);
				return;
			case DeploymentPackage.EXCHANGE_ORGANIZATION__NETBIOS_DOMAIN:
				setNetbiosDomain((String)newValue);
				return;
			case DeploymentPackage.EXCHANGE_ORGANIZATION__ACTIVE_SYNC_URL:
				setActiveSyncUrl((String)newValue);
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
			case DeploymentPackage.EXCHANGE_ORGANIZATION__MAIL_DOMAINS:
				getMailDomains().clear();
				return;
			case DeploymentPackage.EXCHANGE_ORGANIZATION__LOGON_FORM:
				unsetLogonForm();
				return;
			case DeploymentPackage.EXCHANGE_ORGANIZATION__NETBIOS_DOMAIN:
				setNetbiosDomain(NETBIOS_DOMAIN_EDEFAULT);
				return;
			case DeploymentPackage.EXCHANGE_ORGANIZATION__ACTIVE_SYNC_URL:
				setActiveSyncUrl(ACTIVE_SYNC_URL_EDEFAULT);
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
			case DeploymentPackage.EXCHANGE_ORGANIZATION__MAIL_DOMAINS:
				return mailDomains != null && !mailDomains.isEmpty();
			case DeploymentPackage.EXCHANGE_ORGANIZATION__LOGON_FORM:
				return isSetLogonForm();
			case DeploymentPackage.EXCHANGE_ORGANIZATION__NETBIOS_DOMAIN:
				return NETBIOS_DOMAIN_EDEFAULT == null ? netbiosDomain != null : !NETBIOS_DOMAIN_EDEFAULT.equals(netbiosDomain);
			case DeploymentPackage.EXCHANGE_ORGANIZATION__ACTIVE_SYNC_URL:
				return ACTIVE_SYNC_URL_EDEFAULT == null ? activeSyncUrl != null : !ACTIVE_SYNC_URL_EDEFAULT.equals(activeSyncUrl);
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
		result.append(" (logonForm: ");
		if (logonFormESet) result.append(logonForm); else result.append("<unset>");
		result.append(", netbiosDomain: ");
		result.append(netbiosDomain);
		result.append(", activeSyncUrl: ");
		result.append(activeSyncUrl);
		result.append(')');
		return result.toString();
	}

} //ExchangeOrganizationImpl
