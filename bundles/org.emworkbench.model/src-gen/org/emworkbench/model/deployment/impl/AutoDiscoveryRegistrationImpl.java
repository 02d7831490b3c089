/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.UserIdType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Auto Discovery Registration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.AutoDiscoveryRegistrationImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.AutoDiscoveryRegistrationImpl#getServerFqdn <em>Server Fqdn</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.AutoDiscoveryRegistrationImpl#getInstanceName <em>Instance Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.AutoDiscoveryRegistrationImpl#getUserIdType <em>User Id Type</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.AutoDiscoveryRegistrationImpl#getClaimToken <em>Claim Token</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AutoDiscoveryRegistrationImpl extends MinimalEObjectImpl.Container implements AutoDiscoveryRegistration {
	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getServerFqdn() <em>Server Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerFqdn()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVER_FQDN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServerFqdn() <em>Server Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerFqdn()
	 * @generated
	 * @ordered
	 */
	protected String serverFqdn = SERVER_FQDN_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstanceName() <em>Instance Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceName()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTANCE_NAME_EDEFAULT = "zdm";

	/**
	 * The cached value of the '{@link #getInstanceName() <em>Instance Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceName()
	 * @generated
	 * @ordered
	 */
	protected String instanceName = INSTANCE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserIdType() <em>User Id Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserIdType()
	 * @generated
	 * @ordered
	 */
	protected static final UserIdType USER_ID_TYPE_EDEFAULT = UserIdType.UPN;

	/**
	 * The cached value of the '{@link #getUserIdType() <em>User Id Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserIdType()
	 * @generated
	 * @ordered
	 */
	protected UserIdType userIdType = USER_ID_TYPE_EDEFAULT;

	/**
	 * This is true if the User Id Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean userIdTypeESet;

	/**
	 * The default value of the '{@link #getClaimToken() <em>Claim Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimToken()
	 * @generated
	 * @ordered
	 */
	protected static final String CLAIM_TOKEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClaimToken() <em>Claim Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimToken()
	 * @generated
	 * @ordered
	 */
	protected String claimToken = CLAIM_TOKEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AutoDiscoveryRegistrationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.AUTO_DISCOVERY_REGISTRATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServerFqdn() {
		return serverFqdn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServerFqdn(String newServerFqdn) {
		String oldServerFqdn = serverFqdn;
		serverFqdn = newServerFqdn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__SERVER_FQDN, oldServerFqdn, serverFqdn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstanceName() {
		return instanceName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstanceName(String newInstanceName) {
		String oldInstanceName = instanceName;
		instanceName = newInstanceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__INSTANCE_NAME, oldInstanceName, instanceName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserIdType getUserIdType() {
		return userIdType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserIdType(UserIdType newUserIdType) {
		UserIdType oldUserIdType = userIdType;
		userIdType = newUserIdType == null ? USER_ID_TYPE_EDEFAULT : newUserIdType;
		boolean oldUserIdTypeESet = userIdTypeESet;
		userIdTypeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__USER_ID_TYPE, oldUserIdType, userIdType, !oldUserIdTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUserIdType() {
		UserIdType oldUserIdType = userIdType;
		boolean oldUserIdTypeESet = userIdTypeESet;
		userIdType = USER_ID_TYPE_EDEFAULT;
		userIdTypeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__USER_ID_TYPE, oldUserIdType, USER_ID_TYPE_EDEFAULT, oldUserIdTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUserIdType() {
		return userIdTypeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClaimToken() {
		return claimToken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimToken(String newClaimToken) {
		String oldClaimToken = claimToken;
		claimToken = newClaimToken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__CLAIM_TOKEN, oldClaimToken, claimToken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__DOMAIN:
				return getDomain();
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__SERVER_FQDN:
				return getServerFqdn();
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__INSTANCE_NAME:
				return getInstanceName();
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__USER_ID_TYPE:
				return getUserIdType();
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__CLAIM_TOKEN:
				return getClaimToken();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__DOMAIN:
				setDomain((String)newValue);
				return;
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__SERVER_FQDN:
				setServerFqdn((String)newValue);
				return;
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__INSTANCE_NAME:
				setInstanceName((String)newValue);
				return;
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__USER_ID_TYPE:
				setUserIdType((UserIdType)newValue);
				return;
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__CLAIM_TOKEN:
				setClaimToken((String)newValue);
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
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__SERVER_FQDN:
				setServerFqdn(SERVER_FQDN_EDEFAULT);
				return;
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__INSTANCE_NAME:
				setInstanceName(INSTANCE_NAME_EDEFAULT);
				return;
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__USER_ID_TYPE:
				unsetUserIdType();
				return;
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__CLAIM_TOKEN:
				setClaimToken(CLAIM_TOKEN_EDEFAULT);
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
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__SERVER_FQDN:
				return SERVER_FQDN_EDEFAULT == null ? serverFqdn != null : !SERVER_FQDN_EDEFAULT.equals(serverFqdn);
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__INSTANCE_NAME:
				return INSTANCE_NAME_EDEFAULT == null ? instanceName != null : !INSTANCE_NAME_EDEFAULT.equals(instanceName);
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__USER_ID_TYPE:
				return isSetUserIdType();
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION__CLAIM_TOKEN:
				return CLAIM_TOKEN_EDEFAULT == null ? claimToken != null : !CLAIM_TOKEN_EDEFAULT.equals(claimToken);
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
		result.append(" (domain: ");
		result.append(domain);
		result.append(", serverFqdn: ");
		result.append(serverFqdn);
		result.append(", instanceName: ");
		result.append(instanceName);
		result.append(", userIdType: ");
		if (userIdTypeESet) result.append(userIdType); else result.append("<unset>");
		result.append(", claimToken: ");
		result.append(claimToken);
		result.append(')');
		return result.toString();
	}

} //AutoDiscoveryRegistrationImpl
