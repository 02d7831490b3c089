/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.emworkbench.model.deployment.DeploymentPackage
 * @generated
 */
public interface DeploymentFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DeploymentFactory eINSTANCE = org.emworkbench.model.deployment.impl.DeploymentFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Deployment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deployment</em>'.
	 * @generated
	 */
	Deployment createDeployment();

	/**
	 * Returns a new object of class '<em>Endpoint Management Server</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Endpoint Management Server</em>'.
	 * @generated
	 */
	EndpointManagementServer createEndpointManagementServer();

	/**
	 * Returns a new object of class '<em>Server Property</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Server Property</em>'.
	 * @generated
	 */
	ServerProperty createServerProperty();

	/**
	 * Returns a new object of class '<em>Client Property</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Client Property</em>'.
	 * @generated
	 */
	ClientProperty createClientProperty();

	/**
	 * Returns a new object of class '<em>Enrollment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enrollment</em>'.
	 * @generated
	 */
	Enrollment createEnrollment();

	/**
	 * Returns a new object of class '<em>Auto Discovery Registration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Auto Discovery Registration</em>'.
	 * @generated
	 */
	AutoDiscoveryRegistration createAutoDiscoveryRegistration();

	/**
	 * Returns a new object of class '<em>Mdx Application</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mdx Application</em>'.
	 * @generated
	 */
	MdxApplication createMdxApplication();

	/**
	 * Returns a new object of class '<em>Policy Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Definition</em>'.
	 * @generated
	 */
	PolicyDefinition createPolicyDefinition();

	/**
	 * Returns a new object of class '<em>Allowed Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Allowed Value</em>'.
	 * @generated
	 */
	AllowedValue createAllowedValue();

	/**
	 * Returns a new object of class '<em>Policy Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Value</em>'.
	 * @generated
	 */
	PolicyValue createPolicyValue();

	/**
	 * Returns a new object of class '<em>Policy Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Binding</em>'.
	 * @generated
	 */
	PolicyBinding createPolicyBinding();

	/**
	 * Returns a new object of class '<em>Policy Value Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Value Binding</em>'.
	 * @generated
	 */
	PolicyValueBinding createPolicyValueBinding();

	/**
	 * Returns a new object of class '<em>Delivery Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Delivery Group</em>'.
	 * @generated
	 */
	DeliveryGroup createDeliveryGroup();

	/**
	 * Returns a new object of class '<em>Directory Principal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Directory Principal</em>'.
	 * @generated
	 */
	DirectoryPrincipal createDirectoryPrincipal();

	/**
	 * Returns a new object of class '<em>App Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>App Assignment</em>'.
	 * @generated
	 */
	AppAssignment createAppAssignment();

	/**
	 * Returns a new object of class '<em>Resource Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Assignment</em>'.
	 * @generated
	 */
	ResourceAssignment createResourceAssignment();

	/**
	 * Returns a new object of class '<em>Exchange Organization</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exchange Organization</em>'.
	 * @generated
	 */
	ExchangeOrganization createExchangeOrganization();

	/**
	 * Returns a new object of class '<em>Mail Domain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mail Domain</em>'.
	 * @generated
	 */
	MailDomain createMailDomain();

	/**
	 * Returns a new object of class '<em>Srv Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Srv Record</em>'.
	 * @generated
	 */
	SrvRecord createSrvRecord();

	/**
	 * Returns a new object of class '<em>Directory</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Directory</em>'.
	 * @generated
	 */
	Directory createDirectory();

	/**
	 * Returns a new object of class '<em>Ldap Server</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ldap Server</em>'.
	 * @generated
	 */
	LdapServer createLdapServer();

	/**
	 * Returns a new object of class '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persona</em>'.
	 * @generated
	 */
	Persona createPersona();

	/**
	 * Returns a new object of class '<em>Rule Suppression</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rule Suppression</em>'.
	 * @generated
	 */
	RuleSuppression createRuleSuppression();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DeploymentPackage getDeploymentPackage();

} //DeploymentFactory
