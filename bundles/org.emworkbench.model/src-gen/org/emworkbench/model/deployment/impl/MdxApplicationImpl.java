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

import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyValue;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mdx Application</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.MdxApplicationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.MdxApplicationImpl#getPlatform <em>Platform</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.MdxApplicationImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.MdxApplicationImpl#getPackageId <em>Package Id</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.MdxApplicationImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.MdxApplicationImpl#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.MdxApplicationImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.MdxApplicationImpl#getPolicyValues <em>Policy Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MdxApplicationImpl extends MinimalEObjectImpl.Container implements MdxApplication {
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
	 * The default value of the '{@link #getPlatform() <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatform()
	 * @generated
	 * @ordered
	 */
	protected static final Platform PLATFORM_EDEFAULT = Platform.IOS;

	/**
	 * The cached value of the '{@link #getPlatform() <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatform()
	 * @generated
	 * @ordered
	 */
	protected Platform platform = PLATFORM_EDEFAULT;

	/**
	 * This is true if the Platform attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean platformESet;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final AppRole ROLE_EDEFAULT = AppRole.OTHER;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected AppRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPackageId() <em>Package Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackageId()
	 * @generated
	 * @ordered
	 */
	protected static final String PACKAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPackageId() <em>Package Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackageId()
	 * @generated
	 * @ordered
	 */
	protected String packageId = PACKAGE_ID_EDEFAULT;

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
	 * The default value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected String sourceFile = SOURCE_FILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyDefinition> policies;

	/**
	 * The cached value of the '{@link #getPolicyValues() <em>Policy Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyValues()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyValue> policyValues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MdxApplicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.MDX_APPLICATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.MDX_APPLICATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Platform getPlatform() {
		return platform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlatform(Platform newPlatform) {
		Platform oldPlatform = platform;
		platform = newPlatform == null ? PLATFORM_EDEFAULT : newPlatform;
		boolean oldPlatformESet = platformESet;
		platformESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.MDX_APPLICATION__PLATFORM, oldPlatform, platform, !oldPlatformESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPlatform() {
		Platform oldPlatform = platform;
		boolean oldPlatformESet = platformESet;
		platform = PLATFORM_EDEFAULT;
		platformESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DeploymentPackage.MDX_APPLICATION__PLATFORM, oldPlatform, PLATFORM_EDEFAULT, oldPlatformESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPlatform() {
		return platformESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(AppRole newRole) {
		AppRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.MDX_APPLICATION__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPackageId() {
		return packageId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPackageId(String newPackageId) {
		String oldPackageId = packageId;
		packageId = newPackageId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.MDX_APPLICATION__PACKAGE_ID, oldPackageId, packageId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.MDX_APPLICATION__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFile() {
		return sourceFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFile(String newSourceFile) {
		String oldSourceFile = sourceFile;
		sourceFile = newSourceFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.MDX_APPLICATION__SOURCE_FILE, oldSourceFile, sourceFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyDefinition> getPolicies() {
		if (policies == null) {
			policies = new EObjectContainmentEList<PolicyDefinition>(PolicyDefinition.class, this, DeploymentPackage.MDX_APPLICATION__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyValue> getPolicyValues() {
		if (policyValues == null) {
			policyValues = new EObjectContainmentEList<PolicyValue>(PolicyValue.class, this, DeploymentPackage.MDX_APPLICATION__POLICY_VALUES);
		}
		return policyValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.MDX_APPLICATION__POLICIES:
				return ((InternalEList<?>)getPolicies()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.MDX_APPLICATION__POLICY_VALUES:
				return ((InternalEList<?>)getPolicyValues()).basicRemove(otherEnd, msgs);
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
			case DeploymentPackage.MDX_APPLICATION__NAME:
				return getName();
			case DeploymentPackage.MDX_APPLICATION__PLATFORM:
				return getPlatform();
			case DeploymentPackage.MDX_APPLICATION__ROLE:
				return getRole();
			case DeploymentPackage.MDX_APPLICATION__PACKAGE_ID:
				return getPackageId();
			case DeploymentPackage.MDX_APPLICATION__VERSION:
				return getVersion();
			case DeploymentPackage.MDX_APPLICATION__SOURCE_FILE:
				return getSourceFile();
			case DeploymentPackage.MDX_APPLICATION__POLICIES:
				return getPolicies();
			case DeploymentPackage.MDX_APPLICATION__POLICY_VALUES:
				return getPolicyValues();
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
			case DeploymentPackage.MDX_APPLICATION__NAME:
				setName((String)newValue);
				return;
			case DeploymentPackage.MDX_APPLICATION__PLATFORM:
				setPlatform((Platform)newValue);
				return;
			case DeploymentPackage.MDX_APPLICATION__ROLE:
				setRole((AppRole)newValue);
				return;
			case DeploymentPackage.MDX_APPLICATION__PACKAGE_ID:
				setPackageId((String)newValue);
				return;
			case DeploymentPackage.MDX_APPLICATION__VERSION:
				setVersion((String)newValue);
				return;
			case DeploymentPackage.MDX_APPLICATION__SOURCE_FILE:
				setSourceFile((String)newValue);
				return;
			case DeploymentPackage.MDX_APPLICATION__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends PolicyDefinition>)newValue);
				return;
			case DeploymentPackage.MDX_APPLICATION__POLICY_VALUES:
				getPolicyValues().clear();
				getPolicyValues().addAll((Collection<? extends PolicyValue>)newValue);
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
			case DeploymentPackage.MDX_APPLICATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DeploymentPackage.MDX_APPLICATION__PLATFORM:
				unsetPlatform();
				return;
			case DeploymentPackage.MDX_APPLICATION__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case DeploymentPackage.MDX_APPLICATION__PACKAGE_ID:
				setPackageId(PACKAGE_ID_EDEFAULT);
				return;
			case DeploymentPackage.MDX_APPLICATION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case DeploymentPackage.MDX_APPLICATION__SOURCE_FILE:
				setSourceFile(SOURCE_FILE_EDEFAULT);
				return;
			case DeploymentPackage.MDX_APPLICATION__POLICIES:
				getPolicies().clear();
				return;
			case DeploymentPackage.MDX_APPLICATION__POLICY_VALUES:
				getPolicyValues().clear();
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
			case DeploymentPackage.MDX_APPLICATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DeploymentPackage.MDX_APPLICATION__PLATFORM:
				return isSetPlatform();
			case DeploymentPackage.MDX_APPLICATION__ROLE:
				return role != ROLE_EDEFAULT;
			case DeploymentPackage.MDX_APPLICATION__PACKAGE_ID:
				return PACKAGE_ID_EDEFAULT == null ? packageId != null : !PACKAGE_ID_EDEFAULT.equals(packageId);
			case DeploymentPackage.MDX_APPLICATION__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case DeploymentPackage.MDX_APPLICATION__SOURCE_FILE:
				return SOURCE_FILE_EDEFAULT == null ? sourceFile != null : !SOURCE_FILE_EDEFAULT.equals(sourceFile);
			case DeploymentPackage.MDX_APPLICATION__POLICIES:
				return policies != null && !policies.isEmpty();
			case DeploymentPackage.MDX_APPLICATION__POLICY_VALUES:
				return policyValues != null && !policyValues.isEmpty();
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
		result.append(", platform: ");
		if (platformESet) result.append(platform); else result.append("<unset>");
		result.append(", role: ");
		result.append(role);
		result.append(", packageId: ");
		result.append(packageId);
		result.append(", version: ");
		result.append(version);
		result.append(", sourceFile: ");
		result.append(sourceFile);
		result.append(')');
		return result.toString();
	}

} //MdxApplicationImpl
