/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.emworkbench.model.CredentialReference;

import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.TlsMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ldap Server</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.LdapServerImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.LdapServerImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.LdapServerImpl#getTlsMode <em>Tls Mode</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.LdapServerImpl#getBaseDn <em>Base Dn</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.LdapServerImpl#getBindDn <em>Bind Dn</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.LdapServerImpl#getBindCredential <em>Bind Credential</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LdapServerImpl extends MinimalEObjectImpl.Container implements LdapServer {
	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 389;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlsMode() <em>Tls Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsMode()
	 * @generated
	 * @ordered
	 */
	protected static final TlsMode TLS_MODE_EDEFAULT = TlsMode.NONE;

	/**
	 * The cached value of the '{@link #getTlsMode() <em>Tls Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsMode()
	 * @generated
	 * @ordered
	 */
	protected TlsMode tlsMode = TLS_MODE_EDEFAULT;

	/**
	 * This is true if the Tls Mode attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean tlsModeESet;

	/**
	 * The default value of the '{@link #getBaseDn() <em>Base Dn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseDn()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_DN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseDn() <em>Base Dn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseDn()
	 * @generated
	 * @ordered
	 */
	protected String baseDn = BASE_DN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBindDn() <em>Bind Dn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindDn()
	 * @generated
	 * @ordered
	 */
	protected static final String BIND_DN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBindDn() <em>Bind Dn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindDn()
	 * @generated
	 * @ordered
	 */
	protected String bindDn = BIND_DN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBindCredential() <em>Bind Credential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindCredential()
	 * @generated
	 * @ordered
	 */
	protected static final CredentialReference BIND_CREDENTIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBindCredential() <em>Bind Credential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBindCredential()
	 * @generated
	 * @ordered
	 */
	protected CredentialReference bindCredential = BIND_CREDENTIAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LdapServerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.LDAP_SERVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.LDAP_SERVER__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.LDAP_SERVER__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TlsMode getTlsMode() {
		return tlsMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlsMode(TlsMode newTlsMode) {
		TlsMode oldTlsMode = tlsMode;
		tlsMode = newTlsMode == null ? TLS_MODE_EDEFAULT : newTlsMode;
		boolean oldTlsModeESet = tlsModeESet;
		tlsModeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.LDAP_SERVER__TLS_MODE, oldTlsMode, tlsMode, !oldTlsModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTlsMode() {
		TlsMode oldTlsMode = tlsMode;
		boolean oldTlsModeESet = tlsModeESet;
		tlsMode = TLS_MODE_EDEFAULT;
		tlsModeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DeploymentPackage.LDAP_SERVER__TLS_MODE, oldTlsMode, TLS_MODE_EDEFAULT, oldTlsModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTlsMode() {
		return tlsModeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseDn() {
		return baseDn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseDn(String newBaseDn) {
		String oldBaseDn = baseDn;
		baseDn = newBaseDn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.LDAP_SERVER__BASE_DN, oldBaseDn, baseDn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBindDn() {
		return bindDn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBindDn(String newBindDn) {
		String oldBindDn = bindDn;
		bindDn = newBindDn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.LDAP_SERVER__BIND_DN, oldBindDn, bindDn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CredentialReference getBindCredential() {
		return bindCredential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBindCredential(CredentialReference newBindCredential) {
		CredentialReference oldBindCredential = bindCredential;
		bindCredential = newBindCredential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.LDAP_SERVER__BIND_CREDENTIAL, oldBindCredential, bindCredential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeploymentPackage.LDAP_SERVER__HOST:
				return getHost();
			case DeploymentPackage.LDAP_SERVER__PORT:
				return getPort();
			case DeploymentPackage.LDAP_SERVER__TLS_MODE:
				return getTlsMode();
			case DeploymentPackage.LDAP_SERVER__BASE_DN:
				return getBaseDn();
			case DeploymentPackage.LDAP_SERVER__BIND_DN:
				return getBindDn();
			case DeploymentPackage.LDAP_SERVER__BIND_CREDENTIAL:
				return getBindCredential();
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
			case DeploymentPackage.LDAP_SERVER__HOST:
				setHost((String)newValue);
				return;
			case DeploymentPackage.LDAP_SERVER__PORT:
				setPort((Integer)newValue);
				return;
			case DeploymentPackage.LDAP_SERVER__TLS_MODE:
				setTlsMode((TlsMode)newValue);
				return;
			case DeploymentPackage.LDAP_SERVER__BASE_DN:
				setBaseDn((String)newValue);
				return;
			case DeploymentPackage.LDAP_SERVER__BIND_DN:
				setBindDn((String)newValue);
				return;
			case DeploymentPackage.LDAP_SERVER__BIND_CREDENTIAL:
				setBindCredential((CredentialReference)newValue);
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
			case DeploymentPackage.LDAP_SERVER__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case DeploymentPackage.LDAP_SERVER__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case DeploymentPackage.LDAP_SERVER__TLS_MODE:
				unsetTlsMode();
				return;
			case DeploymentPackage.LDAP_SERVER__BASE_DN:
				setBaseDn(BASE_DN_EDEFAULT);
				return;
			case DeploymentPackage.LDAP_SERVER__BIND_DN:
				setBindDn(BIND_DN_EDEFAULT);
				return;
			case DeploymentPackage.LDAP_SERVER__BIND_CREDENTIAL:
				setBindCredential(BIND_CREDENTIAL_EDEFAULT);
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
			case DeploymentPackage.LDAP_SERVER__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case DeploymentPackage.LDAP_SERVER__PORT:
				return port != PORT_EDEFAULT;
			case DeploymentPackage.LDAP_SERVER__TLS_MODE:
				return isSetTlsMode();
			case DeploymentPackage.LDAP_SERVER__BASE_DN:
				return BASE_DN_EDEFAULT == null ? baseDn != null : !BASE_DN_EDEFAULT.equals(baseDn);
			case DeploymentPackage.LDAP_SERVER__BIND_DN:
				return BIND_DN_EDEFAULT == null ? bindDn != null : !BIND_DN_EDEFAULT.equals(bindDn);
			case DeploymentPackage.LDAP_SERVER__BIND_CREDENTIAL:
				return BIND_CREDENTIAL_EDEFAULT == null ? bindCredential != null : !BIND_CREDENTIAL_EDEFAULT.equals(bindCredential);
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
		result.append(" (host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", tlsMode: ");
		if (tlsModeESet) result.append(tlsMode); else result.append("<unset>");
		result.append(", baseDn: ");
		result.append(baseDn);
		result.append(", bindDn: ");
		result.append(bindDn);
		result.append(", bindCredential: ");
		result.append(bindCredential);
		result.append(')');
		return result.toString();
	}

} //LdapServerImpl
