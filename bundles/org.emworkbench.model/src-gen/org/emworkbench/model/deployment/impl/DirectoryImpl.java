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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.Persona;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Directory</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.DirectoryImpl#getLdapServers <em>Ldap Servers</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DirectoryImpl#getUserSearchAttribute <em>User Search Attribute</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DirectoryImpl#getUserAttributes <em>User Attributes</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DirectoryImpl#getPersonas <em>Personas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DirectoryImpl extends MinimalEObjectImpl.Container implements Directory {
	/**
	 * The cached value of the '{@link #getLdapServers() <em>Ldap Servers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLdapServers()
	 * @generated
	 * @ordered
	 */
	protected EList<LdapServer> ldapServers;

	/**
	 * The default value of the '{@link #getUserSearchAttribute() <em>User Search Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserSearchAttribute()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_SEARCH_ATTRIBUTE_EDEFAULT = "userPrincipalName";

	/**
	 * The cached value of the '{@link #getUserSearchAttribute() <em>User Search Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserSearchAttribute()
	 * @generated
	 * @ordered
	 */
	protected String userSearchAttribute = USER_SEARCH_ATTRIBUTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUserAttributes() <em>User Attributes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> userAttributes;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DirectoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.DIRECTORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LdapServer> getLdapServers() {
		if (ldapServers == null) {
			ldapServers = new EObjectContainmentEList<LdapServer>(LdapServer.class, this, DeploymentPackage.DIRECTORY__LDAP_SERVERS);
		}
		return ldapServers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserSearchAttribute() {
		return userSearchAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserSearchAttribute(String newUserSearchAttribute) {
		String oldUserSearchAttribute = userSearchAttribute;
		userSearchAttribute = newUserSearchAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DIRECTORY__USER_SEARCH_ATTRIBUTE, oldUserSearchAttribute, userSearchAttribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getUserAttributes() {
		if (userAttributes == null) {
			userAttributes = new EDataTypeUniqueEList<String>(String.class, this, DeploymentPackage.DIRECTORY__USER_ATTRIBUTES);
		}
		return userAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, DeploymentPackage.DIRECTORY__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.DIRECTORY__LDAP_SERVERS:
				return ((InternalEList<?>)getLdapServers()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.DIRECTORY__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
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
			case DeploymentPackage.DIRECTORY__LDAP_SERVERS:
				return getLdapServers();
			case DeploymentPackage.DIRECTORY__USER_SEARCH_ATTRIBUTE:
				return getUserSearchAttribute();
			case DeploymentPackage.DIRECTORY__USER_ATTRIBUTES:
				return getUserAttributes();
			case DeploymentPackage.DIRECTORY__PERSONAS:
				return getPersonas();
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
			case DeploymentPackage.DIRECTORY__LDAP_SERVERS:
				getLdapServers().clear();
				getLdapServers().addAll((Collection<? extends LdapServer>)newValue);
				return;
			case DeploymentPackage.DIRECTORY__USER_SEARCH_ATTRIBUTE:
				setUserSearchAttribute((String)newValue);
				return;
			case DeploymentPackage.DIRECTORY__USER_ATTRIBUTES:
				getUserAttributes().clear();
				getUserAttributes().addAll((Collection<? extends String>)newValue);
				return;
			case DeploymentPackage.DIRECTORY__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
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
			case DeploymentPackage.DIRECTORY__LDAP_SERVERS:
				getLdapServers().clear();
				return;
			case DeploymentPackage.DIRECTORY__USER_SEARCH_ATTRIBUTE:
				setUserSearchAttribute(USER_SEARCH_ATTRIBUTE_EDEFAULT);
				return;
			case DeploymentPackage.DIRECTORY__USER_ATTRIBUTES:
				getUserAttributes().clear();
				return;
			case DeploymentPackage.DIRECTORY__PERSONAS:
				getPersonas().clear();
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
			case DeploymentPackage.DIRECTORY__LDAP_SERVERS:
				return ldapServers != null && !ldapServers.isEmpty();
			case DeploymentPackage.DIRECTORY__USER_SEARCH_ATTRIBUTE:
				return USER_SEARCH_ATTRIBUTE_EDEFAULT == null ? userSearchAttribute != null : !USER_SEARCH_ATTRIBUTE_EDEFAULT.equals(userSearchAttribute);
			case DeploymentPackage.DIRECTORY__USER_ATTRIBUTES:
				return userAttributes != null && !userAttributes.isEmpty();
			case DeploymentPackage.DIRECTORY__PERSONAS:
				return personas != null && !personas.isEmpty();
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
		result.append(" (userSearchAttribute: ");
		result.append(userSearchAttribute);
		result.append(", userAttributes: ");
		result.append(userAttributes);
		result.append(')');
		return result.toString();
	}

} //DirectoryImpl
