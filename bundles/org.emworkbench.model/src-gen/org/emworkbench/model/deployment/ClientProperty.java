/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client Property</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client property: a key and its value, sent to Secure Hub and MDX apps.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.ClientProperty#getKey <em>Key</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.ClientProperty#getValue <em>Value</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.ClientProperty#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.ClientProperty#getDescription <em>Description</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.ClientProperty#isPredefined <em>Predefined</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getClientProperty()
 * @model
 * @generated
 */
public interface ClientProperty extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The property key, e.g. ENABLE_PASSCODE_AUTH; unique within a server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getClientProperty_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.ClientProperty#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value, always a string as the REST API has it, even for booleans and numbers ("true", "15").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getClientProperty_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.ClientProperty#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name the console shows, e.g. Enable Citrix PIN Authentication.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getClientProperty_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.ClientProperty#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the property does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getClientProperty_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.ClientProperty#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Predefined</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the server ships the property (true) or it was added for this deployment (false).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predefined</em>' attribute.
	 * @see #setPredefined(boolean)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getClientProperty_Predefined()
	 * @model
	 * @generated
	 */
	boolean isPredefined();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.ClientProperty#isPredefined <em>Predefined</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predefined</em>' attribute.
	 * @see #isPredefined()
	 * @generated
	 */
	void setPredefined(boolean value);

} // ClientProperty
