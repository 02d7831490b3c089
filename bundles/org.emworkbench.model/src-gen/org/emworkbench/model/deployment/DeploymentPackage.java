/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A customer's Citrix Endpoint Management deployment as a consultant models it before go-live: the server and its settings, enrollment, MDX apps and their policies, delivery groups, the Exchange organization and the directory. Every object that can occur more than once has a stable, human-meaningful key (listed in the eKeys of its containment reference), which references, exports and diffs use instead of positions.
 * <!-- end-model-doc -->
 * @see org.emworkbench.model.deployment.DeploymentFactory
 * @model kind="package"
 * @generated
 */
public interface DeploymentPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "deployment";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.emworkbench.org/deployment/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "deployment";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DeploymentPackage eINSTANCE = org.emworkbench.model.deployment.impl.DeploymentPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.DeploymentImpl <em>Deployment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.DeploymentImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getDeployment()
	 * @generated
	 */
	int DEPLOYMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Server</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__SERVER = 2;

	/**
	 * The feature id for the '<em><b>Enrollment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__ENROLLMENT = 3;

	/**
	 * The feature id for the '<em><b>Applications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__APPLICATIONS = 4;

	/**
	 * The feature id for the '<em><b>Delivery Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__DELIVERY_GROUPS = 5;

	/**
	 * The feature id for the '<em><b>Exchange</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__EXCHANGE = 6;

	/**
	 * The feature id for the '<em><b>Directory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__DIRECTORY = 7;

	/**
	 * The feature id for the '<em><b>Policy Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__POLICY_BINDINGS = 8;

	/**
	 * The feature id for the '<em><b>Rule Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__RULE_SUPPRESSIONS = 9;

	/**
	 * The number of structural features of the '<em>Deployment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Deployment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.EndpointManagementServerImpl <em>Endpoint Management Server</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.EndpointManagementServerImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getEndpointManagementServer()
	 * @generated
	 */
	int ENDPOINT_MANAGEMENT_SERVER = 1;

	/**
	 * The feature id for the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER__FQDN = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Instance Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER__INSTANCE_NAME = 2;

	/**
	 * The feature id for the '<em><b>Https Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER__HTTPS_PORT = 3;

	/**
	 * The feature id for the '<em><b>Console Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER__CONSOLE_PORT = 4;

	/**
	 * The feature id for the '<em><b>Server Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER__SERVER_PROPERTIES = 5;

	/**
	 * The feature id for the '<em><b>Client Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES = 6;

	/**
	 * The number of structural features of the '<em>Endpoint Management Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Endpoint Management Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.ServerPropertyImpl <em>Server Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.ServerPropertyImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getServerProperty()
	 * @generated
	 */
	int SERVER_PROPERTY = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROPERTY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROPERTY__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROPERTY__DISPLAY_NAME = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROPERTY__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROPERTY__DEFAULT_VALUE = 4;

	/**
	 * The number of structural features of the '<em>Server Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROPERTY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Server Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVER_PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.ClientPropertyImpl <em>Client Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.ClientPropertyImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getClientProperty()
	 * @generated
	 */
	int CLIENT_PROPERTY = 3;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_PROPERTY__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_PROPERTY__DISPLAY_NAME = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_PROPERTY__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Predefined</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_PROPERTY__PREDEFINED = 4;

	/**
	 * The number of structural features of the '<em>Client Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_PROPERTY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Client Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.EnrollmentImpl <em>Enrollment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.EnrollmentImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getEnrollment()
	 * @generated
	 */
	int ENROLLMENT = 4;

	/**
	 * The feature id for the '<em><b>Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT__METHODS = 0;

	/**
	 * The feature id for the '<em><b>Auto Discovery Registrations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT__AUTO_DISCOVERY_REGISTRATIONS = 1;

	/**
	 * The number of structural features of the '<em>Enrollment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Enrollment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENROLLMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.AutoDiscoveryRegistrationImpl <em>Auto Discovery Registration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.AutoDiscoveryRegistrationImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getAutoDiscoveryRegistration()
	 * @generated
	 */
	int AUTO_DISCOVERY_REGISTRATION = 5;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_DISCOVERY_REGISTRATION__DOMAIN = 0;

	/**
	 * The feature id for the '<em><b>Server Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_DISCOVERY_REGISTRATION__SERVER_FQDN = 1;

	/**
	 * The feature id for the '<em><b>Instance Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_DISCOVERY_REGISTRATION__INSTANCE_NAME = 2;

	/**
	 * The feature id for the '<em><b>User Id Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_DISCOVERY_REGISTRATION__USER_ID_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Claim Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_DISCOVERY_REGISTRATION__CLAIM_TOKEN = 4;

	/**
	 * The number of structural features of the '<em>Auto Discovery Registration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_DISCOVERY_REGISTRATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Auto Discovery Registration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTO_DISCOVERY_REGISTRATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.MdxApplicationImpl <em>Mdx Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.MdxApplicationImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getMdxApplication()
	 * @generated
	 */
	int MDX_APPLICATION = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MDX_APPLICATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Platform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MDX_APPLICATION__PLATFORM = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MDX_APPLICATION__ROLE = 2;

	/**
	 * The feature id for the '<em><b>Package Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MDX_APPLICATION__PACKAGE_ID = 3;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MDX_APPLICATION__VERSION = 4;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MDX_APPLICATION__SOURCE_FILE = 5;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MDX_APPLICATION__POLICIES = 6;

	/**
	 * The feature id for the '<em><b>Policy Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MDX_APPLICATION__POLICY_VALUES = 7;

	/**
	 * The number of structural features of the '<em>Mdx Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MDX_APPLICATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Mdx Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MDX_APPLICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.PolicyDefinitionImpl <em>Policy Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.PolicyDefinitionImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyDefinition()
	 * @generated
	 */
	int POLICY_DEFINITION = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DEFINITION__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DEFINITION__CATEGORY = 2;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DEFINITION__DEFAULT_VALUE = 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DEFINITION__TITLE = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DEFINITION__DESCRIPTION = 5;

	/**
	 * The feature id for the '<em><b>Allowed Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DEFINITION__ALLOWED_VALUES = 6;

	/**
	 * The number of structural features of the '<em>Policy Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DEFINITION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Policy Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.AllowedValueImpl <em>Allowed Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.AllowedValueImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getAllowedValue()
	 * @generated
	 */
	int ALLOWED_VALUE = 8;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOWED_VALUE__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOWED_VALUE__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Allowed Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOWED_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Allowed Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOWED_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.PolicyValueImpl <em>Policy Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.PolicyValueImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyValue()
	 * @generated
	 */
	int POLICY_VALUE = 9;

	/**
	 * The feature id for the '<em><b>Policy Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VALUE__POLICY_NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Policy Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Policy Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.PolicyBindingImpl <em>Policy Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.PolicyBindingImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyBinding()
	 * @generated
	 */
	int POLICY_BINDING = 10;

	/**
	 * The feature id for the '<em><b>App Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_BINDING__APP_ROLE = 0;

	/**
	 * The feature id for the '<em><b>Policy Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_BINDING__POLICY_NAME = 1;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_BINDING__MEANING = 2;

	/**
	 * The feature id for the '<em><b>Value Bindings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_BINDING__VALUE_BINDINGS = 3;

	/**
	 * The number of structural features of the '<em>Policy Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_BINDING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Policy Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_BINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.PolicyValueBindingImpl <em>Policy Value Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.PolicyValueBindingImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyValueBinding()
	 * @generated
	 */
	int POLICY_VALUE_BINDING = 11;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VALUE_BINDING__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VALUE_BINDING__MEANING = 1;

	/**
	 * The number of structural features of the '<em>Policy Value Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VALUE_BINDING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Policy Value Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_VALUE_BINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl <em>Delivery Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.DeliveryGroupImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getDeliveryGroup()
	 * @generated
	 */
	int DELIVERY_GROUP = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP__ENABLED = 2;

	/**
	 * The feature id for the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP__BUILT_IN = 3;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP__USERS = 4;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP__GROUPS = 5;

	/**
	 * The feature id for the '<em><b>Membership Rules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP__MEMBERSHIP_RULES = 6;

	/**
	 * The feature id for the '<em><b>Applications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP__APPLICATIONS = 7;

	/**
	 * The feature id for the '<em><b>Device Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP__DEVICE_POLICIES = 8;

	/**
	 * The feature id for the '<em><b>Smart Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP__SMART_ACTIONS = 9;

	/**
	 * The number of structural features of the '<em>Delivery Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Delivery Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERY_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.DirectoryPrincipalImpl <em>Directory Principal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.DirectoryPrincipalImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getDirectoryPrincipal()
	 * @generated
	 */
	int DIRECTORY_PRINCIPAL = 13;

	/**
	 * The feature id for the '<em><b>Domain Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_PRINCIPAL__DOMAIN_NAME = 0;

	/**
	 * The feature id for the '<em><b>Unique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_PRINCIPAL__UNIQUE_ID = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_PRINCIPAL__NAME = 2;

	/**
	 * The number of structural features of the '<em>Directory Principal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_PRINCIPAL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Directory Principal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_PRINCIPAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.AppAssignmentImpl <em>App Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.AppAssignmentImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getAppAssignment()
	 * @generated
	 */
	int APP_ASSIGNMENT = 14;

	/**
	 * The feature id for the '<em><b>Application</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_ASSIGNMENT__APPLICATION = 0;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_ASSIGNMENT__REQUIRED = 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_ASSIGNMENT__PRIORITY = 2;

	/**
	 * The number of structural features of the '<em>App Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_ASSIGNMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>App Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APP_ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.ResourceAssignmentImpl <em>Resource Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.ResourceAssignmentImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getResourceAssignment()
	 * @generated
	 */
	int RESOURCE_ASSIGNMENT = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ASSIGNMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ASSIGNMENT__PRIORITY = 1;

	/**
	 * The number of structural features of the '<em>Resource Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ASSIGNMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Resource Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.ExchangeOrganizationImpl <em>Exchange Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.ExchangeOrganizationImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getExchangeOrganization()
	 * @generated
	 */
	int EXCHANGE_ORGANIZATION = 16;

	/**
	 * The feature id for the '<em><b>Mail Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_ORGANIZATION__MAIL_DOMAINS = 0;

	/**
	 * The feature id for the '<em><b>Logon Form</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_ORGANIZATION__LOGON_FORM = 1;

	/**
	 * The feature id for the '<em><b>Netbios Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_ORGANIZATION__NETBIOS_DOMAIN = 2;

	/**
	 * The feature id for the '<em><b>Active Sync Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_ORGANIZATION__ACTIVE_SYNC_URL = 3;

	/**
	 * The number of structural features of the '<em>Exchange Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_ORGANIZATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Exchange Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_ORGANIZATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.MailDomainImpl <em>Mail Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.MailDomainImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getMailDomain()
	 * @generated
	 */
	int MAIL_DOMAIN = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_DOMAIN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Expected Srv Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_DOMAIN__EXPECTED_SRV_RECORDS = 1;

	/**
	 * The number of structural features of the '<em>Mail Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_DOMAIN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Mail Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAIL_DOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.SrvRecordImpl <em>Srv Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.SrvRecordImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getSrvRecord()
	 * @generated
	 */
	int SRV_RECORD = 18;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRV_RECORD__PRIORITY = 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRV_RECORD__WEIGHT = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRV_RECORD__PORT = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRV_RECORD__TARGET = 3;

	/**
	 * The number of structural features of the '<em>Srv Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRV_RECORD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Srv Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SRV_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.DirectoryImpl <em>Directory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.DirectoryImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getDirectory()
	 * @generated
	 */
	int DIRECTORY = 19;

	/**
	 * The feature id for the '<em><b>Ldap Servers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__LDAP_SERVERS = 0;

	/**
	 * The feature id for the '<em><b>User Search Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__USER_SEARCH_ATTRIBUTE = 1;

	/**
	 * The feature id for the '<em><b>User Attributes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__USER_ATTRIBUTES = 2;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY__PERSONAS = 3;

	/**
	 * The number of structural features of the '<em>Directory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Directory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.LdapServerImpl <em>Ldap Server</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.LdapServerImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getLdapServer()
	 * @generated
	 */
	int LDAP_SERVER = 20;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LDAP_SERVER__HOST = 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LDAP_SERVER__PORT = 1;

	/**
	 * The feature id for the '<em><b>Tls Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LDAP_SERVER__TLS_MODE = 2;

	/**
	 * The feature id for the '<em><b>Base Dn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LDAP_SERVER__BASE_DN = 3;

	/**
	 * The feature id for the '<em><b>Bind Dn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LDAP_SERVER__BIND_DN = 4;

	/**
	 * The feature id for the '<em><b>Bind Credential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LDAP_SERVER__BIND_CREDENTIAL = 5;

	/**
	 * The number of structural features of the '<em>Ldap Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LDAP_SERVER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Ldap Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LDAP_SERVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.PersonaImpl <em>Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.PersonaImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPersona()
	 * @generated
	 */
	int PERSONA = 21;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DISPLAY_NAME = 0;

	/**
	 * The feature id for the '<em><b>Mail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__MAIL = 1;

	/**
	 * The feature id for the '<em><b>User Principal Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__USER_PRINCIPAL_NAME = 2;

	/**
	 * The feature id for the '<em><b>SAM Account Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__SAM_ACCOUNT_NAME = 3;

	/**
	 * The feature id for the '<em><b>Expected Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__EXPECTED_GROUPS = 4;

	/**
	 * The number of structural features of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.RuleSuppressionImpl <em>Rule Suppression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.RuleSuppressionImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getRuleSuppression()
	 * @generated
	 */
	int RULE_SUPPRESSION = 22;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SUPPRESSION__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Object Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SUPPRESSION__OBJECT_PATH = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SUPPRESSION__REASON = 2;

	/**
	 * The number of structural features of the '<em>Rule Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SUPPRESSION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Rule Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SUPPRESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.Platform <em>Platform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.Platform
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPlatform()
	 * @generated
	 */
	int PLATFORM = 23;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.AppRole <em>App Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.AppRole
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getAppRole()
	 * @generated
	 */
	int APP_ROLE = 24;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.EnrollmentMethod <em>Enrollment Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.EnrollmentMethod
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getEnrollmentMethod()
	 * @generated
	 */
	int ENROLLMENT_METHOD = 25;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.UserIdType <em>User Id Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.UserIdType
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getUserIdType()
	 * @generated
	 */
	int USER_ID_TYPE = 26;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.ExchangeLogonForm <em>Exchange Logon Form</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.ExchangeLogonForm
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getExchangeLogonForm()
	 * @generated
	 */
	int EXCHANGE_LOGON_FORM = 27;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.TlsMode <em>Tls Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.TlsMode
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getTlsMode()
	 * @generated
	 */
	int TLS_MODE = 28;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.PolicyMeaning <em>Policy Meaning</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.PolicyMeaning
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyMeaning()
	 * @generated
	 */
	int POLICY_MEANING = 29;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.PolicyValueMeaning <em>Policy Value Meaning</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.PolicyValueMeaning
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyValueMeaning()
	 * @generated
	 */
	int POLICY_VALUE_MEANING = 30;

	/**
	 * The meta object id for the '<em>Server Version</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.ServerVersion
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getServerVersion()
	 * @generated
	 */
	int SERVER_VERSION = 31;

	/**
	 * The meta object id for the '<em>Credential Reference</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.CredentialReference
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getCredentialReference()
	 * @generated
	 */
	int CREDENTIAL_REFERENCE = 32;


	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.Deployment <em>Deployment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deployment</em>'.
	 * @see org.emworkbench.model.deployment.Deployment
	 * @generated
	 */
	EClass getDeployment();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.Deployment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.emworkbench.model.deployment.Deployment#getName()
	 * @see #getDeployment()
	 * @generated
	 */
	EAttribute getDeployment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.Deployment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.emworkbench.model.deployment.Deployment#getDescription()
	 * @see #getDeployment()
	 * @generated
	 */
	EAttribute getDeployment_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.emworkbench.model.deployment.Deployment#getServer <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Server</em>'.
	 * @see org.emworkbench.model.deployment.Deployment#getServer()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_Server();

	/**
	 * Returns the meta object for the containment reference '{@link org.emworkbench.model.deployment.Deployment#getEnrollment <em>Enrollment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Enrollment</em>'.
	 * @see org.emworkbench.model.deployment.Deployment#getEnrollment()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_Enrollment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.Deployment#getApplications <em>Applications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Applications</em>'.
	 * @see org.emworkbench.model.deployment.Deployment#getApplications()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_Applications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.Deployment#getDeliveryGroups <em>Delivery Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Delivery Groups</em>'.
	 * @see org.emworkbench.model.deployment.Deployment#getDeliveryGroups()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_DeliveryGroups();

	/**
	 * Returns the meta object for the containment reference '{@link org.emworkbench.model.deployment.Deployment#getExchange <em>Exchange</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Exchange</em>'.
	 * @see org.emworkbench.model.deployment.Deployment#getExchange()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_Exchange();

	/**
	 * Returns the meta object for the containment reference '{@link org.emworkbench.model.deployment.Deployment#getDirectory <em>Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Directory</em>'.
	 * @see org.emworkbench.model.deployment.Deployment#getDirectory()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_Directory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.Deployment#getPolicyBindings <em>Policy Bindings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policy Bindings</em>'.
	 * @see org.emworkbench.model.deployment.Deployment#getPolicyBindings()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_PolicyBindings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.Deployment#getRuleSuppressions <em>Rule Suppressions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rule Suppressions</em>'.
	 * @see org.emworkbench.model.deployment.Deployment#getRuleSuppressions()
	 * @see #getDeployment()
	 * @generated
	 */
	EReference getDeployment_RuleSuppressions();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.EndpointManagementServer <em>Endpoint Management Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint Management Server</em>'.
	 * @see org.emworkbench.model.deployment.EndpointManagementServer
	 * @generated
	 */
	EClass getEndpointManagementServer();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.EndpointManagementServer#getFqdn <em>Fqdn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fqdn</em>'.
	 * @see org.emworkbench.model.deployment.EndpointManagementServer#getFqdn()
	 * @see #getEndpointManagementServer()
	 * @generated
	 */
	EAttribute getEndpointManagementServer_Fqdn();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.EndpointManagementServer#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.emworkbench.model.deployment.EndpointManagementServer#getVersion()
	 * @see #getEndpointManagementServer()
	 * @generated
	 */
	EAttribute getEndpointManagementServer_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.EndpointManagementServer#getInstanceName <em>Instance Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instance Name</em>'.
	 * @see org.emworkbench.model.deployment.EndpointManagementServer#getInstanceName()
	 * @see #getEndpointManagementServer()
	 * @generated
	 */
	EAttribute getEndpointManagementServer_InstanceName();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.EndpointManagementServer#getHttpsPort <em>Https Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Https Port</em>'.
	 * @see org.emworkbench.model.deployment.EndpointManagementServer#getHttpsPort()
	 * @see #getEndpointManagementServer()
	 * @generated
	 */
	EAttribute getEndpointManagementServer_HttpsPort();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.EndpointManagementServer#getConsolePort <em>Console Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Console Port</em>'.
	 * @see org.emworkbench.model.deployment.EndpointManagementServer#getConsolePort()
	 * @see #getEndpointManagementServer()
	 * @generated
	 */
	EAttribute getEndpointManagementServer_ConsolePort();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.EndpointManagementServer#getServerProperties <em>Server Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Server Properties</em>'.
	 * @see org.emworkbench.model.deployment.EndpointManagementServer#getServerProperties()
	 * @see #getEndpointManagementServer()
	 * @generated
	 */
	EReference getEndpointManagementServer_ServerProperties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.EndpointManagementServer#getClientProperties <em>Client Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Client Properties</em>'.
	 * @see org.emworkbench.model.deployment.EndpointManagementServer#getClientProperties()
	 * @see #getEndpointManagementServer()
	 * @generated
	 */
	EReference getEndpointManagementServer_ClientProperties();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.ServerProperty <em>Server Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Server Property</em>'.
	 * @see org.emworkbench.model.deployment.ServerProperty
	 * @generated
	 */
	EClass getServerProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ServerProperty#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.emworkbench.model.deployment.ServerProperty#getName()
	 * @see #getServerProperty()
	 * @generated
	 */
	EAttribute getServerProperty_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ServerProperty#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.emworkbench.model.deployment.ServerProperty#getValue()
	 * @see #getServerProperty()
	 * @generated
	 */
	EAttribute getServerProperty_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ServerProperty#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.emworkbench.model.deployment.ServerProperty#getDisplayName()
	 * @see #getServerProperty()
	 * @generated
	 */
	EAttribute getServerProperty_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ServerProperty#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.emworkbench.model.deployment.ServerProperty#getDescription()
	 * @see #getServerProperty()
	 * @generated
	 */
	EAttribute getServerProperty_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ServerProperty#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see org.emworkbench.model.deployment.ServerProperty#getDefaultValue()
	 * @see #getServerProperty()
	 * @generated
	 */
	EAttribute getServerProperty_DefaultValue();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.ClientProperty <em>Client Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client Property</em>'.
	 * @see org.emworkbench.model.deployment.ClientProperty
	 * @generated
	 */
	EClass getClientProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ClientProperty#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.emworkbench.model.deployment.ClientProperty#getKey()
	 * @see #getClientProperty()
	 * @generated
	 */
	EAttribute getClientProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ClientProperty#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.emworkbench.model.deployment.ClientProperty#getValue()
	 * @see #getClientProperty()
	 * @generated
	 */
	EAttribute getClientProperty_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ClientProperty#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.emworkbench.model.deployment.ClientProperty#getDisplayName()
	 * @see #getClientProperty()
	 * @generated
	 */
	EAttribute getClientProperty_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ClientProperty#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.emworkbench.model.deployment.ClientProperty#getDescription()
	 * @see #getClientProperty()
	 * @generated
	 */
	EAttribute getClientProperty_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ClientProperty#isPredefined <em>Predefined</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predefined</em>'.
	 * @see org.emworkbench.model.deployment.ClientProperty#isPredefined()
	 * @see #getClientProperty()
	 * @generated
	 */
	EAttribute getClientProperty_Predefined();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.Enrollment <em>Enrollment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enrollment</em>'.
	 * @see org.emworkbench.model.deployment.Enrollment
	 * @generated
	 */
	EClass getEnrollment();

	/**
	 * Returns the meta object for the attribute list '{@link org.emworkbench.model.deployment.Enrollment#getMethods <em>Methods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Methods</em>'.
	 * @see org.emworkbench.model.deployment.Enrollment#getMethods()
	 * @see #getEnrollment()
	 * @generated
	 */
	EAttribute getEnrollment_Methods();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.Enrollment#getAutoDiscoveryRegistrations <em>Auto Discovery Registrations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Auto Discovery Registrations</em>'.
	 * @see org.emworkbench.model.deployment.Enrollment#getAutoDiscoveryRegistrations()
	 * @see #getEnrollment()
	 * @generated
	 */
	EReference getEnrollment_AutoDiscoveryRegistrations();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration <em>Auto Discovery Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Auto Discovery Registration</em>'.
	 * @see org.emworkbench.model.deployment.AutoDiscoveryRegistration
	 * @generated
	 */
	EClass getAutoDiscoveryRegistration();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.emworkbench.model.deployment.AutoDiscoveryRegistration#getDomain()
	 * @see #getAutoDiscoveryRegistration()
	 * @generated
	 */
	EAttribute getAutoDiscoveryRegistration_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getServerFqdn <em>Server Fqdn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Server Fqdn</em>'.
	 * @see org.emworkbench.model.deployment.AutoDiscoveryRegistration#getServerFqdn()
	 * @see #getAutoDiscoveryRegistration()
	 * @generated
	 */
	EAttribute getAutoDiscoveryRegistration_ServerFqdn();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getInstanceName <em>Instance Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instance Name</em>'.
	 * @see org.emworkbench.model.deployment.AutoDiscoveryRegistration#getInstanceName()
	 * @see #getAutoDiscoveryRegistration()
	 * @generated
	 */
	EAttribute getAutoDiscoveryRegistration_InstanceName();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getUserIdType <em>User Id Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Id Type</em>'.
	 * @see org.emworkbench.model.deployment.AutoDiscoveryRegistration#getUserIdType()
	 * @see #getAutoDiscoveryRegistration()
	 * @generated
	 */
	EAttribute getAutoDiscoveryRegistration_UserIdType();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration#getClaimToken <em>Claim Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Claim Token</em>'.
	 * @see org.emworkbench.model.deployment.AutoDiscoveryRegistration#getClaimToken()
	 * @see #getAutoDiscoveryRegistration()
	 * @generated
	 */
	EAttribute getAutoDiscoveryRegistration_ClaimToken();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.MdxApplication <em>Mdx Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mdx Application</em>'.
	 * @see org.emworkbench.model.deployment.MdxApplication
	 * @generated
	 */
	EClass getMdxApplication();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.MdxApplication#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.emworkbench.model.deployment.MdxApplication#getName()
	 * @see #getMdxApplication()
	 * @generated
	 */
	EAttribute getMdxApplication_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.MdxApplication#getPlatform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Platform</em>'.
	 * @see org.emworkbench.model.deployment.MdxApplication#getPlatform()
	 * @see #getMdxApplication()
	 * @generated
	 */
	EAttribute getMdxApplication_Platform();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.MdxApplication#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.emworkbench.model.deployment.MdxApplication#getRole()
	 * @see #getMdxApplication()
	 * @generated
	 */
	EAttribute getMdxApplication_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.MdxApplication#getPackageId <em>Package Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Package Id</em>'.
	 * @see org.emworkbench.model.deployment.MdxApplication#getPackageId()
	 * @see #getMdxApplication()
	 * @generated
	 */
	EAttribute getMdxApplication_PackageId();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.MdxApplication#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.emworkbench.model.deployment.MdxApplication#getVersion()
	 * @see #getMdxApplication()
	 * @generated
	 */
	EAttribute getMdxApplication_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.MdxApplication#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see org.emworkbench.model.deployment.MdxApplication#getSourceFile()
	 * @see #getMdxApplication()
	 * @generated
	 */
	EAttribute getMdxApplication_SourceFile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.MdxApplication#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policies</em>'.
	 * @see org.emworkbench.model.deployment.MdxApplication#getPolicies()
	 * @see #getMdxApplication()
	 * @generated
	 */
	EReference getMdxApplication_Policies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.MdxApplication#getPolicyValues <em>Policy Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policy Values</em>'.
	 * @see org.emworkbench.model.deployment.MdxApplication#getPolicyValues()
	 * @see #getMdxApplication()
	 * @generated
	 */
	EReference getMdxApplication_PolicyValues();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.PolicyDefinition <em>Policy Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Definition</em>'.
	 * @see org.emworkbench.model.deployment.PolicyDefinition
	 * @generated
	 */
	EClass getPolicyDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.emworkbench.model.deployment.PolicyDefinition#getName()
	 * @see #getPolicyDefinition()
	 * @generated
	 */
	EAttribute getPolicyDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.emworkbench.model.deployment.PolicyDefinition#getType()
	 * @see #getPolicyDefinition()
	 * @generated
	 */
	EAttribute getPolicyDefinition_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyDefinition#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.emworkbench.model.deployment.PolicyDefinition#getCategory()
	 * @see #getPolicyDefinition()
	 * @generated
	 */
	EAttribute getPolicyDefinition_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyDefinition#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see org.emworkbench.model.deployment.PolicyDefinition#getDefaultValue()
	 * @see #getPolicyDefinition()
	 * @generated
	 */
	EAttribute getPolicyDefinition_DefaultValue();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyDefinition#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.emworkbench.model.deployment.PolicyDefinition#getTitle()
	 * @see #getPolicyDefinition()
	 * @generated
	 */
	EAttribute getPolicyDefinition_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.emworkbench.model.deployment.PolicyDefinition#getDescription()
	 * @see #getPolicyDefinition()
	 * @generated
	 */
	EAttribute getPolicyDefinition_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.PolicyDefinition#getAllowedValues <em>Allowed Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Allowed Values</em>'.
	 * @see org.emworkbench.model.deployment.PolicyDefinition#getAllowedValues()
	 * @see #getPolicyDefinition()
	 * @generated
	 */
	EReference getPolicyDefinition_AllowedValues();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.AllowedValue <em>Allowed Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allowed Value</em>'.
	 * @see org.emworkbench.model.deployment.AllowedValue
	 * @generated
	 */
	EClass getAllowedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.AllowedValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.emworkbench.model.deployment.AllowedValue#getValue()
	 * @see #getAllowedValue()
	 * @generated
	 */
	EAttribute getAllowedValue_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.AllowedValue#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.emworkbench.model.deployment.AllowedValue#getLabel()
	 * @see #getAllowedValue()
	 * @generated
	 */
	EAttribute getAllowedValue_Label();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.PolicyValue <em>Policy Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Value</em>'.
	 * @see org.emworkbench.model.deployment.PolicyValue
	 * @generated
	 */
	EClass getPolicyValue();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyValue#getPolicyName <em>Policy Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy Name</em>'.
	 * @see org.emworkbench.model.deployment.PolicyValue#getPolicyName()
	 * @see #getPolicyValue()
	 * @generated
	 */
	EAttribute getPolicyValue_PolicyName();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.emworkbench.model.deployment.PolicyValue#getValue()
	 * @see #getPolicyValue()
	 * @generated
	 */
	EAttribute getPolicyValue_Value();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.PolicyBinding <em>Policy Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Binding</em>'.
	 * @see org.emworkbench.model.deployment.PolicyBinding
	 * @generated
	 */
	EClass getPolicyBinding();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyBinding#getAppRole <em>App Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>App Role</em>'.
	 * @see org.emworkbench.model.deployment.PolicyBinding#getAppRole()
	 * @see #getPolicyBinding()
	 * @generated
	 */
	EAttribute getPolicyBinding_AppRole();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyBinding#getPolicyName <em>Policy Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy Name</em>'.
	 * @see org.emworkbench.model.deployment.PolicyBinding#getPolicyName()
	 * @see #getPolicyBinding()
	 * @generated
	 */
	EAttribute getPolicyBinding_PolicyName();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyBinding#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see org.emworkbench.model.deployment.PolicyBinding#getMeaning()
	 * @see #getPolicyBinding()
	 * @generated
	 */
	EAttribute getPolicyBinding_Meaning();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.PolicyBinding#getValueBindings <em>Value Bindings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Value Bindings</em>'.
	 * @see org.emworkbench.model.deployment.PolicyBinding#getValueBindings()
	 * @see #getPolicyBinding()
	 * @generated
	 */
	EReference getPolicyBinding_ValueBindings();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.PolicyValueBinding <em>Policy Value Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Value Binding</em>'.
	 * @see org.emworkbench.model.deployment.PolicyValueBinding
	 * @generated
	 */
	EClass getPolicyValueBinding();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyValueBinding#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.emworkbench.model.deployment.PolicyValueBinding#getValue()
	 * @see #getPolicyValueBinding()
	 * @generated
	 */
	EAttribute getPolicyValueBinding_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.PolicyValueBinding#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see org.emworkbench.model.deployment.PolicyValueBinding#getMeaning()
	 * @see #getPolicyValueBinding()
	 * @generated
	 */
	EAttribute getPolicyValueBinding_Meaning();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.DeliveryGroup <em>Delivery Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delivery Group</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup
	 * @generated
	 */
	EClass getDeliveryGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.DeliveryGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup#getName()
	 * @see #getDeliveryGroup()
	 * @generated
	 */
	EAttribute getDeliveryGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.DeliveryGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup#getDescription()
	 * @see #getDeliveryGroup()
	 * @generated
	 */
	EAttribute getDeliveryGroup_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.DeliveryGroup#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup#isEnabled()
	 * @see #getDeliveryGroup()
	 * @generated
	 */
	EAttribute getDeliveryGroup_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.DeliveryGroup#isBuiltIn <em>Built In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built In</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup#isBuiltIn()
	 * @see #getDeliveryGroup()
	 * @generated
	 */
	EAttribute getDeliveryGroup_BuiltIn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.DeliveryGroup#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup#getUsers()
	 * @see #getDeliveryGroup()
	 * @generated
	 */
	EReference getDeliveryGroup_Users();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.DeliveryGroup#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup#getGroups()
	 * @see #getDeliveryGroup()
	 * @generated
	 */
	EReference getDeliveryGroup_Groups();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.DeliveryGroup#getMembershipRules <em>Membership Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Membership Rules</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup#getMembershipRules()
	 * @see #getDeliveryGroup()
	 * @generated
	 */
	EAttribute getDeliveryGroup_MembershipRules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.DeliveryGroup#getApplications <em>Applications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Applications</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup#getApplications()
	 * @see #getDeliveryGroup()
	 * @generated
	 */
	EReference getDeliveryGroup_Applications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.DeliveryGroup#getDevicePolicies <em>Device Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Device Policies</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup#getDevicePolicies()
	 * @see #getDeliveryGroup()
	 * @generated
	 */
	EReference getDeliveryGroup_DevicePolicies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.DeliveryGroup#getSmartActions <em>Smart Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Smart Actions</em>'.
	 * @see org.emworkbench.model.deployment.DeliveryGroup#getSmartActions()
	 * @see #getDeliveryGroup()
	 * @generated
	 */
	EReference getDeliveryGroup_SmartActions();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.DirectoryPrincipal <em>Directory Principal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Directory Principal</em>'.
	 * @see org.emworkbench.model.deployment.DirectoryPrincipal
	 * @generated
	 */
	EClass getDirectoryPrincipal();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.DirectoryPrincipal#getDomainName <em>Domain Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Name</em>'.
	 * @see org.emworkbench.model.deployment.DirectoryPrincipal#getDomainName()
	 * @see #getDirectoryPrincipal()
	 * @generated
	 */
	EAttribute getDirectoryPrincipal_DomainName();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.DirectoryPrincipal#getUniqueId <em>Unique Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique Id</em>'.
	 * @see org.emworkbench.model.deployment.DirectoryPrincipal#getUniqueId()
	 * @see #getDirectoryPrincipal()
	 * @generated
	 */
	EAttribute getDirectoryPrincipal_UniqueId();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.DirectoryPrincipal#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.emworkbench.model.deployment.DirectoryPrincipal#getName()
	 * @see #getDirectoryPrincipal()
	 * @generated
	 */
	EAttribute getDirectoryPrincipal_Name();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.AppAssignment <em>App Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>App Assignment</em>'.
	 * @see org.emworkbench.model.deployment.AppAssignment
	 * @generated
	 */
	EClass getAppAssignment();

	/**
	 * Returns the meta object for the reference '{@link org.emworkbench.model.deployment.AppAssignment#getApplication <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Application</em>'.
	 * @see org.emworkbench.model.deployment.AppAssignment#getApplication()
	 * @see #getAppAssignment()
	 * @generated
	 */
	EReference getAppAssignment_Application();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.AppAssignment#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.emworkbench.model.deployment.AppAssignment#isRequired()
	 * @see #getAppAssignment()
	 * @generated
	 */
	EAttribute getAppAssignment_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.AppAssignment#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.emworkbench.model.deployment.AppAssignment#getPriority()
	 * @see #getAppAssignment()
	 * @generated
	 */
	EAttribute getAppAssignment_Priority();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.ResourceAssignment <em>Resource Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Assignment</em>'.
	 * @see org.emworkbench.model.deployment.ResourceAssignment
	 * @generated
	 */
	EClass getResourceAssignment();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ResourceAssignment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.emworkbench.model.deployment.ResourceAssignment#getName()
	 * @see #getResourceAssignment()
	 * @generated
	 */
	EAttribute getResourceAssignment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ResourceAssignment#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.emworkbench.model.deployment.ResourceAssignment#getPriority()
	 * @see #getResourceAssignment()
	 * @generated
	 */
	EAttribute getResourceAssignment_Priority();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.ExchangeOrganization <em>Exchange Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exchange Organization</em>'.
	 * @see org.emworkbench.model.deployment.ExchangeOrganization
	 * @generated
	 */
	EClass getExchangeOrganization();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.ExchangeOrganization#getMailDomains <em>Mail Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mail Domains</em>'.
	 * @see org.emworkbench.model.deployment.ExchangeOrganization#getMailDomains()
	 * @see #getExchangeOrganization()
	 * @generated
	 */
	EReference getExchangeOrganization_MailDomains();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ExchangeOrganization#getLogonForm <em>Logon Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logon Form</em>'.
	 * @see org.emworkbench.model.deployment.ExchangeOrganization#getLogonForm()
	 * @see #getExchangeOrganization()
	 * @generated
	 */
	EAttribute getExchangeOrganization_LogonForm();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ExchangeOrganization#getNetbiosDomain <em>Netbios Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Netbios Domain</em>'.
	 * @see org.emworkbench.model.deployment.ExchangeOrganization#getNetbiosDomain()
	 * @see #getExchangeOrganization()
	 * @generated
	 */
	EAttribute getExchangeOrganization_NetbiosDomain();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.ExchangeOrganization#getActiveSyncUrl <em>Active Sync Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active Sync Url</em>'.
	 * @see org.emworkbench.model.deployment.ExchangeOrganization#getActiveSyncUrl()
	 * @see #getExchangeOrganization()
	 * @generated
	 */
	EAttribute getExchangeOrganization_ActiveSyncUrl();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.MailDomain <em>Mail Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mail Domain</em>'.
	 * @see org.emworkbench.model.deployment.MailDomain
	 * @generated
	 */
	EClass getMailDomain();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.MailDomain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.emworkbench.model.deployment.MailDomain#getName()
	 * @see #getMailDomain()
	 * @generated
	 */
	EAttribute getMailDomain_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.MailDomain#getExpectedSrvRecords <em>Expected Srv Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Expected Srv Records</em>'.
	 * @see org.emworkbench.model.deployment.MailDomain#getExpectedSrvRecords()
	 * @see #getMailDomain()
	 * @generated
	 */
	EReference getMailDomain_ExpectedSrvRecords();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.SrvRecord <em>Srv Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Srv Record</em>'.
	 * @see org.emworkbench.model.deployment.SrvRecord
	 * @generated
	 */
	EClass getSrvRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.SrvRecord#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.emworkbench.model.deployment.SrvRecord#getPriority()
	 * @see #getSrvRecord()
	 * @generated
	 */
	EAttribute getSrvRecord_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.SrvRecord#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.emworkbench.model.deployment.SrvRecord#getWeight()
	 * @see #getSrvRecord()
	 * @generated
	 */
	EAttribute getSrvRecord_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.SrvRecord#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.emworkbench.model.deployment.SrvRecord#getPort()
	 * @see #getSrvRecord()
	 * @generated
	 */
	EAttribute getSrvRecord_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.SrvRecord#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.emworkbench.model.deployment.SrvRecord#getTarget()
	 * @see #getSrvRecord()
	 * @generated
	 */
	EAttribute getSrvRecord_Target();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.Directory <em>Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Directory</em>'.
	 * @see org.emworkbench.model.deployment.Directory
	 * @generated
	 */
	EClass getDirectory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.Directory#getLdapServers <em>Ldap Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ldap Servers</em>'.
	 * @see org.emworkbench.model.deployment.Directory#getLdapServers()
	 * @see #getDirectory()
	 * @generated
	 */
	EReference getDirectory_LdapServers();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.Directory#getUserSearchAttribute <em>User Search Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Search Attribute</em>'.
	 * @see org.emworkbench.model.deployment.Directory#getUserSearchAttribute()
	 * @see #getDirectory()
	 * @generated
	 */
	EAttribute getDirectory_UserSearchAttribute();

	/**
	 * Returns the meta object for the attribute list '{@link org.emworkbench.model.deployment.Directory#getUserAttributes <em>User Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>User Attributes</em>'.
	 * @see org.emworkbench.model.deployment.Directory#getUserAttributes()
	 * @see #getDirectory()
	 * @generated
	 */
	EAttribute getDirectory_UserAttributes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.emworkbench.model.deployment.Directory#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Personas</em>'.
	 * @see org.emworkbench.model.deployment.Directory#getPersonas()
	 * @see #getDirectory()
	 * @generated
	 */
	EReference getDirectory_Personas();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.LdapServer <em>Ldap Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ldap Server</em>'.
	 * @see org.emworkbench.model.deployment.LdapServer
	 * @generated
	 */
	EClass getLdapServer();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.LdapServer#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see org.emworkbench.model.deployment.LdapServer#getHost()
	 * @see #getLdapServer()
	 * @generated
	 */
	EAttribute getLdapServer_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.LdapServer#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.emworkbench.model.deployment.LdapServer#getPort()
	 * @see #getLdapServer()
	 * @generated
	 */
	EAttribute getLdapServer_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.LdapServer#getTlsMode <em>Tls Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls Mode</em>'.
	 * @see org.emworkbench.model.deployment.LdapServer#getTlsMode()
	 * @see #getLdapServer()
	 * @generated
	 */
	EAttribute getLdapServer_TlsMode();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.LdapServer#getBaseDn <em>Base Dn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Dn</em>'.
	 * @see org.emworkbench.model.deployment.LdapServer#getBaseDn()
	 * @see #getLdapServer()
	 * @generated
	 */
	EAttribute getLdapServer_BaseDn();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.LdapServer#getBindDn <em>Bind Dn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bind Dn</em>'.
	 * @see org.emworkbench.model.deployment.LdapServer#getBindDn()
	 * @see #getLdapServer()
	 * @generated
	 */
	EAttribute getLdapServer_BindDn();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.LdapServer#getBindCredential <em>Bind Credential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bind Credential</em>'.
	 * @see org.emworkbench.model.deployment.LdapServer#getBindCredential()
	 * @see #getLdapServer()
	 * @generated
	 */
	EAttribute getLdapServer_BindCredential();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Persona</em>'.
	 * @see org.emworkbench.model.deployment.Persona
	 * @generated
	 */
	EClass getPersona();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.Persona#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.emworkbench.model.deployment.Persona#getDisplayName()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.Persona#getMail <em>Mail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mail</em>'.
	 * @see org.emworkbench.model.deployment.Persona#getMail()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Mail();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.Persona#getUserPrincipalName <em>User Principal Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Principal Name</em>'.
	 * @see org.emworkbench.model.deployment.Persona#getUserPrincipalName()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_UserPrincipalName();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.Persona#getSAMAccountName <em>SAM Account Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>SAM Account Name</em>'.
	 * @see org.emworkbench.model.deployment.Persona#getSAMAccountName()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_SAMAccountName();

	/**
	 * Returns the meta object for the attribute list '{@link org.emworkbench.model.deployment.Persona#getExpectedGroups <em>Expected Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Expected Groups</em>'.
	 * @see org.emworkbench.model.deployment.Persona#getExpectedGroups()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_ExpectedGroups();

	/**
	 * Returns the meta object for class '{@link org.emworkbench.model.deployment.RuleSuppression <em>Rule Suppression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Suppression</em>'.
	 * @see org.emworkbench.model.deployment.RuleSuppression
	 * @generated
	 */
	EClass getRuleSuppression();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.RuleSuppression#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.emworkbench.model.deployment.RuleSuppression#getRuleId()
	 * @see #getRuleSuppression()
	 * @generated
	 */
	EAttribute getRuleSuppression_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.RuleSuppression#getObjectPath <em>Object Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Path</em>'.
	 * @see org.emworkbench.model.deployment.RuleSuppression#getObjectPath()
	 * @see #getRuleSuppression()
	 * @generated
	 */
	EAttribute getRuleSuppression_ObjectPath();

	/**
	 * Returns the meta object for the attribute '{@link org.emworkbench.model.deployment.RuleSuppression#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.emworkbench.model.deployment.RuleSuppression#getReason()
	 * @see #getRuleSuppression()
	 * @generated
	 */
	EAttribute getRuleSuppression_Reason();

	/**
	 * Returns the meta object for enum '{@link org.emworkbench.model.deployment.Platform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Platform</em>'.
	 * @see org.emworkbench.model.deployment.Platform
	 * @generated
	 */
	EEnum getPlatform();

	/**
	 * Returns the meta object for enum '{@link org.emworkbench.model.deployment.AppRole <em>App Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>App Role</em>'.
	 * @see org.emworkbench.model.deployment.AppRole
	 * @generated
	 */
	EEnum getAppRole();

	/**
	 * Returns the meta object for enum '{@link org.emworkbench.model.deployment.EnrollmentMethod <em>Enrollment Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Enrollment Method</em>'.
	 * @see org.emworkbench.model.deployment.EnrollmentMethod
	 * @generated
	 */
	EEnum getEnrollmentMethod();

	/**
	 * Returns the meta object for enum '{@link org.emworkbench.model.deployment.UserIdType <em>User Id Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>User Id Type</em>'.
	 * @see org.emworkbench.model.deployment.UserIdType
	 * @generated
	 */
	EEnum getUserIdType();

	/**
	 * Returns the meta object for enum '{@link org.emworkbench.model.deployment.ExchangeLogonForm <em>Exchange Logon Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Exchange Logon Form</em>'.
	 * @see org.emworkbench.model.deployment.ExchangeLogonForm
	 * @generated
	 */
	EEnum getExchangeLogonForm();

	/**
	 * Returns the meta object for enum '{@link org.emworkbench.model.deployment.TlsMode <em>Tls Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tls Mode</em>'.
	 * @see org.emworkbench.model.deployment.TlsMode
	 * @generated
	 */
	EEnum getTlsMode();

	/**
	 * Returns the meta object for enum '{@link org.emworkbench.model.deployment.PolicyMeaning <em>Policy Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Policy Meaning</em>'.
	 * @see org.emworkbench.model.deployment.PolicyMeaning
	 * @generated
	 */
	EEnum getPolicyMeaning();

	/**
	 * Returns the meta object for enum '{@link org.emworkbench.model.deployment.PolicyValueMeaning <em>Policy Value Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Policy Value Meaning</em>'.
	 * @see org.emworkbench.model.deployment.PolicyValueMeaning
	 * @generated
	 */
	EEnum getPolicyValueMeaning();

	/**
	 * Returns the meta object for data type '{@link org.emworkbench.model.ServerVersion <em>Server Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A server version such as 10.15 or 10.15.0.2, compared as numbers (10.5 < 10.15), never as text. Written as the dotted numbers; anything else is refused when a model is read.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Server Version</em>'.
	 * @see org.emworkbench.model.ServerVersion
	 * @model instanceClass="org.emworkbench.model.ServerVersion"
	 * @generated
	 */
	EDataType getServerVersion();

	/**
	 * Returns the meta object for data type '{@link org.emworkbench.model.CredentialReference <em>Credential Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Where a secret lives, never the secret: env:VARIABLE (an environment variable, for the command line) or secure-storage:/path (Equinox secure storage, for the workbench). A model file can hold nothing else in such a field, so a password can never be written into it.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Credential Reference</em>'.
	 * @see org.emworkbench.model.CredentialReference
	 * @model instanceClass="org.emworkbench.model.CredentialReference"
	 * @generated
	 */
	EDataType getCredentialReference();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DeploymentFactory getDeploymentFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.DeploymentImpl <em>Deployment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.DeploymentImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getDeployment()
		 * @generated
		 */
		EClass DEPLOYMENT = eINSTANCE.getDeployment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT__NAME = eINSTANCE.getDeployment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPLOYMENT__DESCRIPTION = eINSTANCE.getDeployment_Description();

		/**
		 * The meta object literal for the '<em><b>Server</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__SERVER = eINSTANCE.getDeployment_Server();

		/**
		 * The meta object literal for the '<em><b>Enrollment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__ENROLLMENT = eINSTANCE.getDeployment_Enrollment();

		/**
		 * The meta object literal for the '<em><b>Applications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__APPLICATIONS = eINSTANCE.getDeployment_Applications();

		/**
		 * The meta object literal for the '<em><b>Delivery Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__DELIVERY_GROUPS = eINSTANCE.getDeployment_DeliveryGroups();

		/**
		 * The meta object literal for the '<em><b>Exchange</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__EXCHANGE = eINSTANCE.getDeployment_Exchange();

		/**
		 * The meta object literal for the '<em><b>Directory</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__DIRECTORY = eINSTANCE.getDeployment_Directory();

		/**
		 * The meta object literal for the '<em><b>Policy Bindings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__POLICY_BINDINGS = eINSTANCE.getDeployment_PolicyBindings();

		/**
		 * The meta object literal for the '<em><b>Rule Suppressions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__RULE_SUPPRESSIONS = eINSTANCE.getDeployment_RuleSuppressions();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.EndpointManagementServerImpl <em>Endpoint Management Server</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.EndpointManagementServerImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getEndpointManagementServer()
		 * @generated
		 */
		EClass ENDPOINT_MANAGEMENT_SERVER = eINSTANCE.getEndpointManagementServer();

		/**
		 * The meta object literal for the '<em><b>Fqdn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_MANAGEMENT_SERVER__FQDN = eINSTANCE.getEndpointManagementServer_Fqdn();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_MANAGEMENT_SERVER__VERSION = eINSTANCE.getEndpointManagementServer_Version();

		/**
		 * The meta object literal for the '<em><b>Instance Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_MANAGEMENT_SERVER__INSTANCE_NAME = eINSTANCE.getEndpointManagementServer_InstanceName();

		/**
		 * The meta object literal for the '<em><b>Https Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_MANAGEMENT_SERVER__HTTPS_PORT = eINSTANCE.getEndpointManagementServer_HttpsPort();

		/**
		 * The meta object literal for the '<em><b>Console Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_MANAGEMENT_SERVER__CONSOLE_PORT = eINSTANCE.getEndpointManagementServer_ConsolePort();

		/**
		 * The meta object literal for the '<em><b>Server Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_MANAGEMENT_SERVER__SERVER_PROPERTIES = eINSTANCE.getEndpointManagementServer_ServerProperties();

		/**
		 * The meta object literal for the '<em><b>Client Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES = eINSTANCE.getEndpointManagementServer_ClientProperties();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.ServerPropertyImpl <em>Server Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.ServerPropertyImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getServerProperty()
		 * @generated
		 */
		EClass SERVER_PROPERTY = eINSTANCE.getServerProperty();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROPERTY__NAME = eINSTANCE.getServerProperty_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROPERTY__VALUE = eINSTANCE.getServerProperty_Value();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROPERTY__DISPLAY_NAME = eINSTANCE.getServerProperty_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROPERTY__DESCRIPTION = eINSTANCE.getServerProperty_Description();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVER_PROPERTY__DEFAULT_VALUE = eINSTANCE.getServerProperty_DefaultValue();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.ClientPropertyImpl <em>Client Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.ClientPropertyImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getClientProperty()
		 * @generated
		 */
		EClass CLIENT_PROPERTY = eINSTANCE.getClientProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_PROPERTY__KEY = eINSTANCE.getClientProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_PROPERTY__VALUE = eINSTANCE.getClientProperty_Value();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_PROPERTY__DISPLAY_NAME = eINSTANCE.getClientProperty_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_PROPERTY__DESCRIPTION = eINSTANCE.getClientProperty_Description();

		/**
		 * The meta object literal for the '<em><b>Predefined</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT_PROPERTY__PREDEFINED = eINSTANCE.getClientProperty_Predefined();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.EnrollmentImpl <em>Enrollment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.EnrollmentImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getEnrollment()
		 * @generated
		 */
		EClass ENROLLMENT = eINSTANCE.getEnrollment();

		/**
		 * The meta object literal for the '<em><b>Methods</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENROLLMENT__METHODS = eINSTANCE.getEnrollment_Methods();

		/**
		 * The meta object literal for the '<em><b>Auto Discovery Registrations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENROLLMENT__AUTO_DISCOVERY_REGISTRATIONS = eINSTANCE.getEnrollment_AutoDiscoveryRegistrations();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.AutoDiscoveryRegistrationImpl <em>Auto Discovery Registration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.AutoDiscoveryRegistrationImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getAutoDiscoveryRegistration()
		 * @generated
		 */
		EClass AUTO_DISCOVERY_REGISTRATION = eINSTANCE.getAutoDiscoveryRegistration();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTO_DISCOVERY_REGISTRATION__DOMAIN = eINSTANCE.getAutoDiscoveryRegistration_Domain();

		/**
		 * The meta object literal for the '<em><b>Server Fqdn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTO_DISCOVERY_REGISTRATION__SERVER_FQDN = eINSTANCE.getAutoDiscoveryRegistration_ServerFqdn();

		/**
		 * The meta object literal for the '<em><b>Instance Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTO_DISCOVERY_REGISTRATION__INSTANCE_NAME = eINSTANCE.getAutoDiscoveryRegistration_InstanceName();

		/**
		 * The meta object literal for the '<em><b>User Id Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTO_DISCOVERY_REGISTRATION__USER_ID_TYPE = eINSTANCE.getAutoDiscoveryRegistration_UserIdType();

		/**
		 * The meta object literal for the '<em><b>Claim Token</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTO_DISCOVERY_REGISTRATION__CLAIM_TOKEN = eINSTANCE.getAutoDiscoveryRegistration_ClaimToken();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.MdxApplicationImpl <em>Mdx Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.MdxApplicationImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getMdxApplication()
		 * @generated
		 */
		EClass MDX_APPLICATION = eINSTANCE.getMdxApplication();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MDX_APPLICATION__NAME = eINSTANCE.getMdxApplication_Name();

		/**
		 * The meta object literal for the '<em><b>Platform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MDX_APPLICATION__PLATFORM = eINSTANCE.getMdxApplication_Platform();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MDX_APPLICATION__ROLE = eINSTANCE.getMdxApplication_Role();

		/**
		 * The meta object literal for the '<em><b>Package Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MDX_APPLICATION__PACKAGE_ID = eINSTANCE.getMdxApplication_PackageId();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MDX_APPLICATION__VERSION = eINSTANCE.getMdxApplication_Version();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MDX_APPLICATION__SOURCE_FILE = eINSTANCE.getMdxApplication_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MDX_APPLICATION__POLICIES = eINSTANCE.getMdxApplication_Policies();

		/**
		 * The meta object literal for the '<em><b>Policy Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MDX_APPLICATION__POLICY_VALUES = eINSTANCE.getMdxApplication_PolicyValues();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.PolicyDefinitionImpl <em>Policy Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.PolicyDefinitionImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyDefinition()
		 * @generated
		 */
		EClass POLICY_DEFINITION = eINSTANCE.getPolicyDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DEFINITION__NAME = eINSTANCE.getPolicyDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DEFINITION__TYPE = eINSTANCE.getPolicyDefinition_Type();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DEFINITION__CATEGORY = eINSTANCE.getPolicyDefinition_Category();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DEFINITION__DEFAULT_VALUE = eINSTANCE.getPolicyDefinition_DefaultValue();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DEFINITION__TITLE = eINSTANCE.getPolicyDefinition_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DEFINITION__DESCRIPTION = eINSTANCE.getPolicyDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Allowed Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_DEFINITION__ALLOWED_VALUES = eINSTANCE.getPolicyDefinition_AllowedValues();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.AllowedValueImpl <em>Allowed Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.AllowedValueImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getAllowedValue()
		 * @generated
		 */
		EClass ALLOWED_VALUE = eINSTANCE.getAllowedValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOWED_VALUE__VALUE = eINSTANCE.getAllowedValue_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOWED_VALUE__LABEL = eINSTANCE.getAllowedValue_Label();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.PolicyValueImpl <em>Policy Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.PolicyValueImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyValue()
		 * @generated
		 */
		EClass POLICY_VALUE = eINSTANCE.getPolicyValue();

		/**
		 * The meta object literal for the '<em><b>Policy Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_VALUE__POLICY_NAME = eINSTANCE.getPolicyValue_PolicyName();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_VALUE__VALUE = eINSTANCE.getPolicyValue_Value();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.PolicyBindingImpl <em>Policy Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.PolicyBindingImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyBinding()
		 * @generated
		 */
		EClass POLICY_BINDING = eINSTANCE.getPolicyBinding();

		/**
		 * The meta object literal for the '<em><b>App Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_BINDING__APP_ROLE = eINSTANCE.getPolicyBinding_AppRole();

		/**
		 * The meta object literal for the '<em><b>Policy Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_BINDING__POLICY_NAME = eINSTANCE.getPolicyBinding_PolicyName();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_BINDING__MEANING = eINSTANCE.getPolicyBinding_Meaning();

		/**
		 * The meta object literal for the '<em><b>Value Bindings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_BINDING__VALUE_BINDINGS = eINSTANCE.getPolicyBinding_ValueBindings();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.PolicyValueBindingImpl <em>Policy Value Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.PolicyValueBindingImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyValueBinding()
		 * @generated
		 */
		EClass POLICY_VALUE_BINDING = eINSTANCE.getPolicyValueBinding();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_VALUE_BINDING__VALUE = eINSTANCE.getPolicyValueBinding_Value();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_VALUE_BINDING__MEANING = eINSTANCE.getPolicyValueBinding_Meaning();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.DeliveryGroupImpl <em>Delivery Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.DeliveryGroupImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getDeliveryGroup()
		 * @generated
		 */
		EClass DELIVERY_GROUP = eINSTANCE.getDeliveryGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_GROUP__NAME = eINSTANCE.getDeliveryGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_GROUP__DESCRIPTION = eINSTANCE.getDeliveryGroup_Description();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_GROUP__ENABLED = eINSTANCE.getDeliveryGroup_Enabled();

		/**
		 * The meta object literal for the '<em><b>Built In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_GROUP__BUILT_IN = eINSTANCE.getDeliveryGroup_BuiltIn();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERY_GROUP__USERS = eINSTANCE.getDeliveryGroup_Users();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERY_GROUP__GROUPS = eINSTANCE.getDeliveryGroup_Groups();

		/**
		 * The meta object literal for the '<em><b>Membership Rules</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERY_GROUP__MEMBERSHIP_RULES = eINSTANCE.getDeliveryGroup_MembershipRules();

		/**
		 * The meta object literal for the '<em><b>Applications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERY_GROUP__APPLICATIONS = eINSTANCE.getDeliveryGroup_Applications();

		/**
		 * The meta object literal for the '<em><b>Device Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERY_GROUP__DEVICE_POLICIES = eINSTANCE.getDeliveryGroup_DevicePolicies();

		/**
		 * The meta object literal for the '<em><b>Smart Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERY_GROUP__SMART_ACTIONS = eINSTANCE.getDeliveryGroup_SmartActions();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.DirectoryPrincipalImpl <em>Directory Principal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.DirectoryPrincipalImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getDirectoryPrincipal()
		 * @generated
		 */
		EClass DIRECTORY_PRINCIPAL = eINSTANCE.getDirectoryPrincipal();

		/**
		 * The meta object literal for the '<em><b>Domain Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTORY_PRINCIPAL__DOMAIN_NAME = eINSTANCE.getDirectoryPrincipal_DomainName();

		/**
		 * The meta object literal for the '<em><b>Unique Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTORY_PRINCIPAL__UNIQUE_ID = eINSTANCE.getDirectoryPrincipal_UniqueId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTORY_PRINCIPAL__NAME = eINSTANCE.getDirectoryPrincipal_Name();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.AppAssignmentImpl <em>App Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.AppAssignmentImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getAppAssignment()
		 * @generated
		 */
		EClass APP_ASSIGNMENT = eINSTANCE.getAppAssignment();

		/**
		 * The meta object literal for the '<em><b>Application</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APP_ASSIGNMENT__APPLICATION = eINSTANCE.getAppAssignment_Application();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APP_ASSIGNMENT__REQUIRED = eINSTANCE.getAppAssignment_Required();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APP_ASSIGNMENT__PRIORITY = eINSTANCE.getAppAssignment_Priority();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.ResourceAssignmentImpl <em>Resource Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.ResourceAssignmentImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getResourceAssignment()
		 * @generated
		 */
		EClass RESOURCE_ASSIGNMENT = eINSTANCE.getResourceAssignment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_ASSIGNMENT__NAME = eINSTANCE.getResourceAssignment_Name();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_ASSIGNMENT__PRIORITY = eINSTANCE.getResourceAssignment_Priority();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.ExchangeOrganizationImpl <em>Exchange Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.ExchangeOrganizationImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getExchangeOrganization()
		 * @generated
		 */
		EClass EXCHANGE_ORGANIZATION = eINSTANCE.getExchangeOrganization();

		/**
		 * The meta object literal for the '<em><b>Mail Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXCHANGE_ORGANIZATION__MAIL_DOMAINS = eINSTANCE.getExchangeOrganization_MailDomains();

		/**
		 * The meta object literal for the '<em><b>Logon Form</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE_ORGANIZATION__LOGON_FORM = eINSTANCE.getExchangeOrganization_LogonForm();

		/**
		 * The meta object literal for the '<em><b>Netbios Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE_ORGANIZATION__NETBIOS_DOMAIN = eINSTANCE.getExchangeOrganization_NetbiosDomain();

		/**
		 * The meta object literal for the '<em><b>Active Sync Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE_ORGANIZATION__ACTIVE_SYNC_URL = eINSTANCE.getExchangeOrganization_ActiveSyncUrl();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.MailDomainImpl <em>Mail Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.MailDomainImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getMailDomain()
		 * @generated
		 */
		EClass MAIL_DOMAIN = eINSTANCE.getMailDomain();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAIL_DOMAIN__NAME = eINSTANCE.getMailDomain_Name();

		/**
		 * The meta object literal for the '<em><b>Expected Srv Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAIL_DOMAIN__EXPECTED_SRV_RECORDS = eINSTANCE.getMailDomain_ExpectedSrvRecords();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.SrvRecordImpl <em>Srv Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.SrvRecordImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getSrvRecord()
		 * @generated
		 */
		EClass SRV_RECORD = eINSTANCE.getSrvRecord();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SRV_RECORD__PRIORITY = eINSTANCE.getSrvRecord_Priority();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SRV_RECORD__WEIGHT = eINSTANCE.getSrvRecord_Weight();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SRV_RECORD__PORT = eINSTANCE.getSrvRecord_Port();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SRV_RECORD__TARGET = eINSTANCE.getSrvRecord_Target();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.DirectoryImpl <em>Directory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.DirectoryImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getDirectory()
		 * @generated
		 */
		EClass DIRECTORY = eINSTANCE.getDirectory();

		/**
		 * The meta object literal for the '<em><b>Ldap Servers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECTORY__LDAP_SERVERS = eINSTANCE.getDirectory_LdapServers();

		/**
		 * The meta object literal for the '<em><b>User Search Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTORY__USER_SEARCH_ATTRIBUTE = eINSTANCE.getDirectory_UserSearchAttribute();

		/**
		 * The meta object literal for the '<em><b>User Attributes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECTORY__USER_ATTRIBUTES = eINSTANCE.getDirectory_UserAttributes();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECTORY__PERSONAS = eINSTANCE.getDirectory_Personas();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.LdapServerImpl <em>Ldap Server</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.LdapServerImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getLdapServer()
		 * @generated
		 */
		EClass LDAP_SERVER = eINSTANCE.getLdapServer();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LDAP_SERVER__HOST = eINSTANCE.getLdapServer_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LDAP_SERVER__PORT = eINSTANCE.getLdapServer_Port();

		/**
		 * The meta object literal for the '<em><b>Tls Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LDAP_SERVER__TLS_MODE = eINSTANCE.getLdapServer_TlsMode();

		/**
		 * The meta object literal for the '<em><b>Base Dn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LDAP_SERVER__BASE_DN = eINSTANCE.getLdapServer_BaseDn();

		/**
		 * The meta object literal for the '<em><b>Bind Dn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LDAP_SERVER__BIND_DN = eINSTANCE.getLdapServer_BindDn();

		/**
		 * The meta object literal for the '<em><b>Bind Credential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LDAP_SERVER__BIND_CREDENTIAL = eINSTANCE.getLdapServer_BindCredential();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.PersonaImpl <em>Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.PersonaImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPersona()
		 * @generated
		 */
		EClass PERSONA = eINSTANCE.getPersona();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__DISPLAY_NAME = eINSTANCE.getPersona_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Mail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__MAIL = eINSTANCE.getPersona_Mail();

		/**
		 * The meta object literal for the '<em><b>User Principal Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__USER_PRINCIPAL_NAME = eINSTANCE.getPersona_UserPrincipalName();

		/**
		 * The meta object literal for the '<em><b>SAM Account Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__SAM_ACCOUNT_NAME = eINSTANCE.getPersona_SAMAccountName();

		/**
		 * The meta object literal for the '<em><b>Expected Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__EXPECTED_GROUPS = eINSTANCE.getPersona_ExpectedGroups();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.impl.RuleSuppressionImpl <em>Rule Suppression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.impl.RuleSuppressionImpl
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getRuleSuppression()
		 * @generated
		 */
		EClass RULE_SUPPRESSION = eINSTANCE.getRuleSuppression();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SUPPRESSION__RULE_ID = eINSTANCE.getRuleSuppression_RuleId();

		/**
		 * The meta object literal for the '<em><b>Object Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SUPPRESSION__OBJECT_PATH = eINSTANCE.getRuleSuppression_ObjectPath();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SUPPRESSION__REASON = eINSTANCE.getRuleSuppression_Reason();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.Platform <em>Platform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.Platform
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPlatform()
		 * @generated
		 */
		EEnum PLATFORM = eINSTANCE.getPlatform();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.AppRole <em>App Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.AppRole
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getAppRole()
		 * @generated
		 */
		EEnum APP_ROLE = eINSTANCE.getAppRole();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.EnrollmentMethod <em>Enrollment Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.EnrollmentMethod
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getEnrollmentMethod()
		 * @generated
		 */
		EEnum ENROLLMENT_METHOD = eINSTANCE.getEnrollmentMethod();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.UserIdType <em>User Id Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.UserIdType
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getUserIdType()
		 * @generated
		 */
		EEnum USER_ID_TYPE = eINSTANCE.getUserIdType();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.ExchangeLogonForm <em>Exchange Logon Form</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.ExchangeLogonForm
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getExchangeLogonForm()
		 * @generated
		 */
		EEnum EXCHANGE_LOGON_FORM = eINSTANCE.getExchangeLogonForm();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.TlsMode <em>Tls Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.TlsMode
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getTlsMode()
		 * @generated
		 */
		EEnum TLS_MODE = eINSTANCE.getTlsMode();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.PolicyMeaning <em>Policy Meaning</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.PolicyMeaning
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyMeaning()
		 * @generated
		 */
		EEnum POLICY_MEANING = eINSTANCE.getPolicyMeaning();

		/**
		 * The meta object literal for the '{@link org.emworkbench.model.deployment.PolicyValueMeaning <em>Policy Value Meaning</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.deployment.PolicyValueMeaning
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getPolicyValueMeaning()
		 * @generated
		 */
		EEnum POLICY_VALUE_MEANING = eINSTANCE.getPolicyValueMeaning();

		/**
		 * The meta object literal for the '<em>Server Version</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.ServerVersion
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getServerVersion()
		 * @generated
		 */
		EDataType SERVER_VERSION = eINSTANCE.getServerVersion();

		/**
		 * The meta object literal for the '<em>Credential Reference</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.emworkbench.model.CredentialReference
		 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getCredentialReference()
		 * @generated
		 */
		EDataType CREDENTIAL_REFERENCE = eINSTANCE.getCredentialReference();

	}

} //DeploymentPackage
