/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

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
	 * The server version as the console shows it, e.g. 10.15.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEndpointManagementServer_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.EndpointManagementServer#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Client Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.ClientProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The client properties (Settings > Client Properties) the server sends to Secure Hub and MDX apps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Properties</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getEndpointManagementServer_ClientProperties()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClientProperty> getClientProperties();

} // EndpointManagementServer
