/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delivery Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A delivery group: which users receive which apps, device policies and smart actions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.DeliveryGroup#getName <em>Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.DeliveryGroup#getDescription <em>Description</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.DeliveryGroup#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.DeliveryGroup#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.DeliveryGroup#getUsers <em>Users</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.DeliveryGroup#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.DeliveryGroup#getMembershipRules <em>Membership Rules</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.DeliveryGroup#getApplications <em>Applications</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.DeliveryGroup#getDevicePolicies <em>Device Policies</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.DeliveryGroup#getSmartActions <em>Smart Actions</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup()
 * @model
 * @generated
 */
public interface DeliveryGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group name; unique in a deployment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.DeliveryGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the group is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.DeliveryGroup#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the group is deployed. The built-in AllUsers group can be disabled but never deleted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.DeliveryGroup#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is the server's built-in AllUsers group, which holds every local and directory user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Built In</em>' attribute.
	 * @see #setBuiltIn(boolean)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup_BuiltIn()
	 * @model
	 * @generated
	 */
	boolean isBuiltIn();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.DeliveryGroup#isBuiltIn <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built In</em>' attribute.
	 * @see #isBuiltIn()
	 * @generated
	 */
	void setBuiltIn(boolean value);

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.DirectoryPrincipal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Users assigned one by one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup_Users()
	 * @model containment="true" keys="domainName uniqueId"
	 * @generated
	 */
	EList<DirectoryPrincipal> getUsers();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.DirectoryPrincipal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Directory groups whose members are assigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup_Groups()
	 * @model containment="true" keys="domainName uniqueId"
	 * @generated
	 */
	EList<DirectoryPrincipal> getGroups();

	/**
	 * Returns the value of the '<em><b>Membership Rules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membership rules as the REST API has them: a JSON expression over user properties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Membership Rules</em>' attribute.
	 * @see #setMembershipRules(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup_MembershipRules()
	 * @model
	 * @generated
	 */
	String getMembershipRules();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.DeliveryGroup#getMembershipRules <em>Membership Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Membership Rules</em>' attribute.
	 * @see #getMembershipRules()
	 * @generated
	 */
	void setMembershipRules(String value);

	/**
	 * Returns the value of the '<em><b>Applications</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.AppAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The apps the group delivers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applications</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup_Applications()
	 * @model containment="true"
	 * @generated
	 */
	EList<AppAssignment> getApplications();

	/**
	 * Returns the value of the '<em><b>Device Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.ResourceAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device policies the group delivers, by name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Policies</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup_DevicePolicies()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<ResourceAssignment> getDevicePolicies();

	/**
	 * Returns the value of the '<em><b>Smart Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.ResourceAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The smart actions the group delivers, by name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smart Actions</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeliveryGroup_SmartActions()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<ResourceAssignment> getSmartActions();

} // DeliveryGroup
