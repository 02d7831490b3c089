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

import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.EndpointManagementServer;

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
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

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
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
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
				setVersion((String)newValue);
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
		result.append(')');
		return result.toString();
	}

} //EndpointManagementServerImpl
