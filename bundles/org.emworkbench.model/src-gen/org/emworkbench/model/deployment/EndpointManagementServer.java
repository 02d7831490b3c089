/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.emworkbench.model.ServerVersion;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint Management Server</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Citrix Endpoint Management server and the settings made on its Settings page.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.EndpointManagementServer#getFqdn <em>Fqdn</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.EndpointManagementServer#getVersion <em>Version</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.EndpointManagementServer#getInstanceName <em>Instance Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.EndpointManagementServer#getHttpsPort <em>Https Port</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.EndpointManagementServer#getConsolePort <em>Console Port</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.EndpointManagementServer#getServerProperties <em>Server Properties</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.EndpointManagementServer#getClientProperties <em>Client Properties</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getEndpointManagementServer()
 * @model
 * @generated
 */
public interface EndpointManagementServer extends EObject {
	/**
	 * Returns the value of the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fully qualified domain name users enroll against, e.g. emm.contoso.com.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fqdn</em>' attribute.
	 * @see #setFqdn(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEndpointManagementServer_Fqdn()
	 * @model
	 * @generated
	 */
	String getFqdn();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.EndpointManagementServer#getFqdn <em>Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fqdn</em>' attribute.
	 * @see #getFqdn()
	 * @generated
	 */
	void setFqdn(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server version as the console shows it, e.g. 10.15; compared as a version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(ServerVersion)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEndpointManagementServer_Version()
	 * @model dataType="org.emworkbench.model.deployment.ServerVersion"
	 * @generated
	 */
	ServerVersion getVersion();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.EndpointManagementServer#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(ServerVersion value);

	/**
	 * Returns the value of the '<em><b>Instance Name</b></em>' attribute.
	 * The default value is <code>"zdm"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instance name in the server's URLs; zdm unless it was changed at installation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instance Name</em>' attribute.
	 * @see #setInstanceName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEndpointManagementServer_InstanceName()
	 * @model default="zdm"
	 * @generated
	 */
	String getInstanceName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.EndpointManagementServer#getInstanceName <em>Instance Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance Name</em>' attribute.
	 * @see #getInstanceName()
	 * @generated
	 */
	void setInstanceName(String value);

	/**
	 * Returns the value of the '<em><b>Https Port</b></em>' attribute.
	 * The default value is <code>"443"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The port devices enroll and connect on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Https Port</em>' attribute.
	 * @see #setHttpsPort(int)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEndpointManagementServer_HttpsPort()
	 * @model default="443"
	 * @generated
	 */
	int getHttpsPort();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.EndpointManagementServer#getHttpsPort <em>Https Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Https Port</em>' attribute.
	 * @see #getHttpsPort()
	 * @generated
	 */
	void setHttpsPort(int value);

	/**
	 * Returns the value of the '<em><b>Console Port</b></em>' attribute.
	 * The default value is <code>"4443"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The port of the administration console and the public REST API.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Console Port</em>' attribute.
	 * @see #setConsolePort(int)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEndpointManagementServer_ConsolePort()
	 * @model default="4443"
	 * @generated
	 */
	int getConsolePort();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.EndpointManagementServer#getConsolePort <em>Console Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Console Port</em>' attribute.
	 * @see #getConsolePort()
	 * @generated
	 */
	void setConsolePort(int value);

	/**
	 * Returns the value of the '<em><b>Server Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.ServerProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Server properties (Settings > Server Properties).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Server Properties</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEndpointManagementServer_ServerProperties()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<ServerProperty> getServerProperties();

	/**
	 * Returns the value of the '<em><b>Client Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.ClientProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Client properties (Settings > Client Properties), sent to Secure Hub and MDX apps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Properties</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEndpointManagementServer_ClientProperties()
	 * @model containment="true" keys="key"
	 * @generated
	 */
	EList<ClientProperty> getClientProperties();

} // EndpointManagementServer
