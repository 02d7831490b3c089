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

import org.emworkbench.model.ServerVersion;

import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.ServerProperty;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Endpoint Management Server</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.EndpointManagementServerImpl#getFqdn <em>Fqdn</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.EndpointManagementServerImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.EndpointManagementServerImpl#getInstanceName <em>Instance Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.EndpointManagementServerImpl#getHttpsPort <em>Https Port</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.EndpointManagementServerImpl#getConsolePort <em>Console Port</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.EndpointManagementServerImpl#getServerProperties <em>Server Properties</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.EndpointManagementServerImpl#getClientProperties <em>Client Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndpointManagementServerImpl extends MinimalEObjectImpl.Container implements EndpointManagementServer {
	/**
	 * The default value of the '{@link #getFqdn() <em>Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFqdn()
	 * @generated
	 * @ordered
	 */
	protected static final String FQDN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFqdn() <em>Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFqdn()
	 * @generated
	 * @ordered
	 */
	protected String fqdn = FQDN_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final ServerVersion VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected ServerVersion version = VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getHttpsPort() <em>Https Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpsPort()
	 * @generated
	 * @ordered
	 */
	protected static final int HTTPS_PORT_EDEFAULT = 443;

	/**
	 * The cached value of the '{@link #getHttpsPort() <em>Https Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHttpsPort()
	 * @generated
	 * @ordered
	 */
	protected int httpsPort = HTTPS_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsolePort() <em>Console Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsolePort()
	 * @generated
	 * @ordered
	 */
	protected static final int CONSOLE_PORT_EDEFAULT = 4443;

	/**
	 * The cached value of the '{@link #getConsolePort() <em>Console Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsolePort()
	 * @generated
	 * @ordered
	 */
	protected int consolePort = CONSOLE_PORT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServerProperties() <em>Server Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<ServerProperty> serverProperties;

	/**
	 * The cached value of the '{@link #getClientProperties() <em>Client Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<ClientProperty> clientProperties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointManagementServerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.ENDPOINT_MANAGEMENT_SERVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFqdn() {
		return fqdn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFqdn(String newFqdn) {
		String oldFqdn = fqdn;
		fqdn = newFqdn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__FQDN, oldFqdn, fqdn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerVersion getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(ServerVersion newVersion) {
		ServerVersion oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__VERSION, oldVersion, version));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__INSTANCE_NAME, oldInstanceName, instanceName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHttpsPort() {
		return httpsPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHttpsPort(int newHttpsPort) {
		int oldHttpsPort = httpsPort;
		httpsPort = newHttpsPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__HTTPS_PORT, oldHttpsPort, httpsPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConsolePort() {
		return consolePort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsolePort(int newConsolePort) {
		int oldConsolePort = consolePort;
		consolePort = newConsolePort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CONSOLE_PORT, oldConsolePort, consolePort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServerProperty> getServerProperties() {
		if (serverProperties == null) {
			serverProperties = new EObjectContainmentEList<ServerProperty>(ServerProperty.class, this, DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__SERVER_PROPERTIES);
		}
		return serverProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClientProperty> getClientProperties() {
		if (clientProperties == null) {
			clientProperties = new EObjectContainmentEList<ClientProperty>(ClientProperty.class, this, DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES);
		}
		return clientProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__SERVER_PROPERTIES:
				return ((InternalEList<?>)getServerProperties()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES:
				return ((InternalEList<?>)getClientProperties()).basicRemove(otherEnd, msgs);
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
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__FQDN:
				return getFqdn();
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__VERSION:
				return getVersion();
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__INSTANCE_NAME:
				return getInstanceName();
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__HTTPS_PORT:
				return getHttpsPort();
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CONSOLE_PORT:
				return getConsolePort();
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__SERVER_PROPERTIES:
				return getServerProperties();
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES:
				return getClientProperties();
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
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__FQDN:
				setFqdn((String)newValue);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__VERSION:
				setVersion((ServerVersion)newValue);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__INSTANCE_NAME:
				setInstanceName((String)newValue);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__HTTPS_PORT:
				setHttpsPort((Integer)newValue);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CONSOLE_PORT:
				setConsolePort((Integer)newValue);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__SERVER_PROPERTIES:
				getServerProperties().clear();
				getServerProperties().addAll((Collection<? extends ServerProperty>)newValue);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES:
				getClientProperties().clear();
				getClientProperties().addAll((Collection<? extends ClientProperty>)newValue);
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
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__FQDN:
				setFqdn(FQDN_EDEFAULT);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__INSTANCE_NAME:
				setInstanceName(INSTANCE_NAME_EDEFAULT);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__HTTPS_PORT:
				setHttpsPort(HTTPS_PORT_EDEFAULT);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CONSOLE_PORT:
				setConsolePort(CONSOLE_PORT_EDEFAULT);
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__SERVER_PROPERTIES:
				getServerProperties().clear();
				return;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES:
				getClientProperties().clear();
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
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__FQDN:
				return FQDN_EDEFAULT == null ? fqdn != null : !FQDN_EDEFAULT.equals(fqdn);
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__INSTANCE_NAME:
				return INSTANCE_NAME_EDEFAULT == null ? instanceName != null : !INSTANCE_NAME_EDEFAULT.equals(instanceName);
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__HTTPS_PORT:
				return httpsPort != HTTPS_PORT_EDEFAULT;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CONSOLE_PORT:
				return consolePort != CONSOLE_PORT_EDEFAULT;
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__SERVER_PROPERTIES:
				return serverProperties != null && !serverProperties.isEmpty();
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES:
				return clientProperties != null && !clientProperties.isEmpty();
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
		result.append(" (fqdn: ");
		result.append(fqdn);
		result.append(", version: ");
		result.append(version);
		result.append(", instanceName: ");
		result.append(instanceName);
		result.append(", httpsPort: ");
		result.append(httpsPort);
		result.append(", consolePort: ");
		result.append(consolePort);
		result.append(')');
		return result.toString();
	}

} //EndpointManagementServerImpl
