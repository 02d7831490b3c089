/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.Persona;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.PersonaImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.PersonaImpl#getMail <em>Mail</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.PersonaImpl#getUserPrincipalName <em>User Principal Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.PersonaImpl#getSAMAccountName <em>SAM Account Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.PersonaImpl#getExpectedGroups <em>Expected Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonaImpl extends MinimalEObjectImpl.Container implements Persona {
	/**
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected String displayName = DISPLAY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMail() <em>Mail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMail()
	 * @generated
	 * @ordered
	 */
	protected static final String MAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMail() <em>Mail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMail()
	 * @generated
	 * @ordered
	 */
	protected String mail = MAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserPrincipalName() <em>User Principal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPrincipalName()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_PRINCIPAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserPrincipalName() <em>User Principal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPrincipalName()
	 * @generated
	 * @ordered
	 */
	protected String userPrincipalName = USER_PRINCIPAL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSAMAccountName() <em>SAM Account Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSAMAccountName()
	 * @generated
	 * @ordered
	 */
	protected static final String SAM_ACCOUNT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSAMAccountName() <em>SAM Account Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSAMAccountName()
	 * @generated
	 * @ordered
	 */
	protected String sAMAccountName = SAM_ACCOUNT_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExpectedGroups() <em>Expected Groups</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<String> expectedGroups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.PERSONA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return displayName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		String oldDisplayName = displayName;
		displayName = newDisplayName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.PERSONA__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMail() {
		return mail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMail(String newMail) {
		String oldMail = mail;
		mail = newMail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.PERSONA__MAIL, oldMail, mail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserPrincipalName() {
		return userPrincipalName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserPrincipalName(String newUserPrincipalName) {
		String oldUserPrincipalName = userPrincipalName;
		userPrincipalName = newUserPrincipalName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.PERSONA__USER_PRINCIPAL_NAME, oldUserPrincipalName, userPrincipalName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSAMAccountName() {
		return sAMAccountName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSAMAccountName(String newSAMAccountName) {
		String oldSAMAccountName = sAMAccountName;
		sAMAccountName = newSAMAccountName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.PERSONA__SAM_ACCOUNT_NAME, oldSAMAccountName, sAMAccountName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExpectedGroups() {
		if (expectedGroups == null) {
			expectedGroups = new EDataTypeUniqueEList<String>(String.class, this, DeploymentPackage.PERSONA__EXPECTED_GROUPS);
		}
		return expectedGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeploymentPackage.PERSONA__DISPLAY_NAME:
				return getDisplayName();
			case DeploymentPackage.PERSONA__MAIL:
				return getMail();
			case DeploymentPackage.PERSONA__USER_PRINCIPAL_NAME:
				return getUserPrincipalName();
			case DeploymentPackage.PERSONA__SAM_ACCOUNT_NAME:
				return getSAMAccountName();
			case DeploymentPackage.PERSONA__EXPECTED_GROUPS:
				return getExpectedGroups();
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
			case DeploymentPackage.PERSONA__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case DeploymentPackage.PERSONA__MAIL:
				setMail((String)newValue);
				return;
			case DeploymentPackage.PERSONA__USER_PRINCIPAL_NAME:
				setUserPrincipalName((String)newValue);
				return;
			case DeploymentPackage.PERSONA__SAM_ACCOUNT_NAME:
				setSAMAccountName((String)newValue);
				return;
			case DeploymentPackage.PERSONA__EXPECTED_GROUPS:
				getExpectedGroups().clear();
				getExpectedGroups().addAll((Collection<? extends String>)newValue);
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
			case DeploymentPackage.PERSONA__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case DeploymentPackage.PERSONA__MAIL:
				setMail(MAIL_EDEFAULT);
				return;
			case DeploymentPackage.PERSONA__USER_PRINCIPAL_NAME:
				setUserPrincipalName(USER_PRINCIPAL_NAME_EDEFAULT);
				return;
			case DeploymentPackage.PERSONA__SAM_ACCOUNT_NAME:
				setSAMAccountName(SAM_ACCOUNT_NAME_EDEFAULT);
				return;
			case DeploymentPackage.PERSONA__EXPECTED_GROUPS:
				getExpectedGroups().clear();
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
			case DeploymentPackage.PERSONA__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case DeploymentPackage.PERSONA__MAIL:
				return MAIL_EDEFAULT == null ? mail != null : !MAIL_EDEFAULT.equals(mail);
			case DeploymentPackage.PERSONA__USER_PRINCIPAL_NAME:
				return USER_PRINCIPAL_NAME_EDEFAULT == null ? userPrincipalName != null : !USER_PRINCIPAL_NAME_EDEFAULT.equals(userPrincipalName);
			case DeploymentPackage.PERSONA__SAM_ACCOUNT_NAME:
				return SAM_ACCOUNT_NAME_EDEFAULT == null ? sAMAccountName != null : !SAM_ACCOUNT_NAME_EDEFAULT.equals(sAMAccountName);
			case DeploymentPackage.PERSONA__EXPECTED_GROUPS:
				return expectedGroups != null && !expectedGroups.isEmpty();
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
		result.append(" (displayName: ");
		result.append(displayName);
		result.append(", mail: ");
		result.append(mail);
		result.append(", userPrincipalName: ");
		result.append(userPrincipalName);
		result.append(", sAMAccountName: ");
		result.append(sAMAccountName);
		result.append(", expectedGroups: ");
		result.append(expectedGroups);
		result.append(')');
		return result.toString();
	}

} //PersonaImpl
