/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * A customer's Citrix Endpoint Management deployment as a consultant models it before go-live.
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
	 * The feature id for the '<em><b>Server</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT__SERVER = 1;

	/**
	 * The number of structural features of the '<em>Deployment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPLOYMENT_FEATURE_COUNT = 2;

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
	 * The feature id for the '<em><b>Client Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES = 2;

	/**
	 * The number of structural features of the '<em>Endpoint Management Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Endpoint Management Server</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MANAGEMENT_SERVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.emworkbench.model.deployment.impl.ClientPropertyImpl <em>Client Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.emworkbench.model.deployment.impl.ClientPropertyImpl
	 * @see org.emworkbench.model.deployment.impl.DeploymentPackageImpl#getClientProperty()
	 * @generated
	 */
	int CLIENT_PROPERTY = 2;

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
	 * The number of structural features of the '<em>Client Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Client Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_PROPERTY_OPERATION_COUNT = 0;


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
		 * The meta object literal for the '<em><b>Server</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPLOYMENT__SERVER = eINSTANCE.getDeployment_Server();

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
		 * The meta object literal for the '<em><b>Client Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES = eINSTANCE.getEndpointManagementServer_ClientProperties();

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

	}

} //DeploymentPackage
