/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deployment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a model file (*.emw): one customer deployment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.Deployment#getName <em>Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Deployment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Deployment#getServer <em>Server</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Deployment#getEnrollment <em>Enrollment</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Deployment#getApplications <em>Applications</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Deployment#getDeliveryGroups <em>Delivery Groups</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Deployment#getExchange <em>Exchange</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Deployment#getDirectory <em>Directory</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Deployment#getPolicyBindings <em>Policy Bindings</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.Deployment#getRuleSuppressions <em>Rule Suppressions</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment()
 * @model
 * @generated
 */
public interface Deployment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A name for the deployment, usually the customer's, shown in reports and the workbench.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Deployment#getName <em>Name</em>}' attribute.
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
	 * Free notes about the deployment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Deployment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Server</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Endpoint Management (formerly XenMobile) server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Server</em>' containment reference.
	 * @see #setServer(EndpointManagementServer)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment_Server()
	 * @model containment="true"
	 * @generated
	 */
	EndpointManagementServer getServer();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Deployment#getServer <em>Server</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server</em>' containment reference.
	 * @see #getServer()
	 * @generated
	 */
	void setServer(EndpointManagementServer value);

	/**
	 * Returns the value of the '<em><b>Enrollment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How users enroll in Secure Hub.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enrollment</em>' containment reference.
	 * @see #setEnrollment(Enrollment)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment_Enrollment()
	 * @model containment="true"
	 * @generated
	 */
	Enrollment getEnrollment();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Deployment#getEnrollment <em>Enrollment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enrollment</em>' containment reference.
	 * @see #getEnrollment()
	 * @generated
	 */
	void setEnrollment(Enrollment value);

	/**
	 * Returns the value of the '<em><b>Applications</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.MdxApplication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MDX apps uploaded to the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applications</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment_Applications()
	 * @model containment="true" keys="name platform"
	 * @generated
	 */
	EList<MdxApplication> getApplications();

	/**
	 * Returns the value of the '<em><b>Delivery Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.DeliveryGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The delivery groups that assign apps and policies to users.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delivery Groups</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment_DeliveryGroups()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<DeliveryGroup> getDeliveryGroups();

	/**
	 * Returns the value of the '<em><b>Exchange</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's Exchange organization, as Secure Mail meets it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exchange</em>' containment reference.
	 * @see #setExchange(ExchangeOrganization)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment_Exchange()
	 * @model containment="true"
	 * @generated
	 */
	ExchangeOrganization getExchange();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Deployment#getExchange <em>Exchange</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exchange</em>' containment reference.
	 * @see #getExchange()
	 * @generated
	 */
	void setExchange(ExchangeOrganization value);

	/**
	 * Returns the value of the '<em><b>Directory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The directory (Active Directory over LDAP) the server reads users from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Directory</em>' containment reference.
	 * @see #setDirectory(Directory)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment_Directory()
	 * @model containment="true"
	 * @generated
	 */
	Directory getDirectory();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.Deployment#getDirectory <em>Directory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Directory</em>' containment reference.
	 * @see #getDirectory()
	 * @generated
	 */
	void setDirectory(Directory value);

	/**
	 * Returns the value of the '<em><b>Policy Bindings</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.PolicyBinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which policy of which kind of app carries a meaning EMW's rules look for. Edit these when an app names its policies differently.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy Bindings</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment_PolicyBindings()
	 * @model containment="true" keys="appRole policyName"
	 * @generated
	 */
	EList<PolicyBinding> getPolicyBindings();

	/**
	 * Returns the value of the '<em><b>Rule Suppressions</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.RuleSuppression}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rules switched off for this model, each with the reason.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Suppressions</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getDeployment_RuleSuppressions()
	 * @model containment="true" keys="ruleId objectPath"
	 * @generated
	 */
	EList<RuleSuppression> getRuleSuppressions();

} // Deployment
