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
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.SrvRecord;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mail Domain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.MailDomainImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.MailDomainImpl#getExpectedSrvRecords <em>Expected Srv Records</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MailDomainImpl extends MinimalEObjectImpl.Container implements MailDomain {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExpectedSrvRecords() <em>Expected Srv Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedSrvRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<SrvRecord> expectedSrvRecords;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MailDomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.MAIL_DOMAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.MAIL_DOMAIN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SrvRecord> getExpectedSrvRecords() {
		if (expectedSrvRecords == null) {
			expectedSrvRecords = new EObjectContainmentEList<SrvRecord>(SrvRecord.class, this, DeploymentPackage.MAIL_DOMAIN__EXPECTED_SRV_RECORDS);
		}
		return expectedSrvRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.MAIL_DOMAIN__EXPECTED_SRV_RECORDS:
				return ((InternalEList<?>)getExpectedSrvRecords()).basicRemove(otherEnd, msgs);
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
			case DeploymentPackage.MAIL_DOMAIN__NAME:
				return getName();
			case DeploymentPackage.MAIL_DOMAIN__EXPECTED_SRV_RECORDS:
				return getExpectedSrvRecords();
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
			case DeploymentPackage.MAIL_DOMAIN__NAME:
				setName((String)newValue);
				return;
			case DeploymentPackage.MAIL_DOMAIN__EXPECTED_SRV_RECORDS:
				getExpectedSrvRecords().clear();
				getExpectedSrvRecords().addAll((Collection<? extends SrvRecord>)newValue);
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
			case DeploymentPackage.MAIL_DOMAIN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DeploymentPackage.MAIL_DOMAIN__EXPECTED_SRV_RECORDS:
				getExpectedSrvRecords().clear();
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
			case DeploymentPackage.MAIL_DOMAIN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DeploymentPackage.MAIL_DOMAIN__EXPECTED_SRV_RECORDS:
				return expectedSrvRecords != null && !expectedSrvRecords.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //MailDomainImpl
