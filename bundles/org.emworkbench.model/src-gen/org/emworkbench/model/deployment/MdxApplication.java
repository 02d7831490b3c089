/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mdx Application</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An MDX app (an app wrapped with the MDX Toolkit) uploaded to the server, with the policies its .mdx file declares and the values set for this deployment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.MdxApplication#getName <em>Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.MdxApplication#getPlatform <em>Platform</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.MdxApplication#getRole <em>Role</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.MdxApplication#getPackageId <em>Package Id</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.MdxApplication#getVersion <em>Version</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.MdxApplication#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.MdxApplication#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.MdxApplication#getPolicyValues <em>Policy Values</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getMdxApplication()
 * @model
 * @generated
 */
public interface MdxApplication extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The app name as the console shows it, e.g. Secure Mail; with the platform, unique in a deployment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getMdxApplication_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.MdxApplication#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Platform</b></em>' attribute.
	 * The literals are from the enumeration {@link org.emworkbench.model.deployment.Platform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The platform the .mdx file is for. Always written, because it is part of the app's key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Platform</em>' attribute.
	 * @see org.emworkbench.model.deployment.Platform
	 * @see #isSetPlatform()
	 * @see #unsetPlatform()
	 * @see #setPlatform(Platform)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getMdxApplication_Platform()
	 * @model unsettable="true"
	 * @generated
	 */
	Platform getPlatform();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.MdxApplication#getPlatform <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Platform</em>' attribute.
	 * @see org.emworkbench.model.deployment.Platform
	 * @see #isSetPlatform()
	 * @see #unsetPlatform()
	 * @see #getPlatform()
	 * @generated
	 */
	void setPlatform(Platform value);

	/**
	 * Unsets the value of the '{@link org.emworkbench.model.deployment.MdxApplication#getPlatform <em>Platform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPlatform()
	 * @see #getPlatform()
	 * @see #setPlatform(Platform)
	 * @generated
	 */
	void unsetPlatform();

	/**
	 * Returns whether the value of the '{@link org.emworkbench.model.deployment.MdxApplication#getPlatform <em>Platform</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Platform</em>' attribute is set.
	 * @see #unsetPlatform()
	 * @see #getPlatform()
	 * @see #setPlatform(Platform)
	 * @generated
	 */
	boolean isSetPlatform();

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.emworkbench.model.deployment.AppRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the app is to EMW's rules.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.emworkbench.model.deployment.AppRole
	 * @see #setRole(AppRole)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getMdxApplication_Role()
	 * @model
	 * @generated
	 */
	AppRole getRole();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.MdxApplication#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.emworkbench.model.deployment.AppRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(AppRole value);

	/**
	 * Returns the value of the '<em><b>Package Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bundle id (iOS) or package name (Android).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Package Id</em>' attribute.
	 * @see #setPackageId(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getMdxApplication_PackageId()
	 * @model
	 * @generated
	 */
	String getPackageId();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.MdxApplication#getPackageId <em>Package Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Package Id</em>' attribute.
	 * @see #getPackageId()
	 * @generated
	 */
	void setPackageId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The app version of the uploaded .mdx file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getMdxApplication_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.MdxApplication#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The .mdx file the catalogue was imported from, as given when importing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getMdxApplication_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.MdxApplication#getSourceFile <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File</em>' attribute.
	 * @see #getSourceFile()
	 * @generated
	 */
	void setSourceFile(String value);

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.PolicyDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy catalogue: every policy the .mdx file declares.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getMdxApplication_Policies()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<PolicyDefinition> getPolicies();

	/**
	 * Returns the value of the '<em><b>Policy Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.PolicyValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy values set for this deployment; a policy without a value keeps its default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy Values</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getMdxApplication_PolicyValues()
	 * @model containment="true" keys="policyName"
	 * @generated
	 */
	EList<PolicyValue> getPolicyValues();

} // MdxApplication
