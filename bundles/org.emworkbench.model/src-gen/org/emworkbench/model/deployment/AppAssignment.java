/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>App Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An app a delivery group delivers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.AppAssignment#getApplication <em>Application</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.AppAssignment#isRequired <em>Required</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.AppAssignment#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getAppAssignment()
 * @model
 * @generated
 */
public interface AppAssignment extends EObject {
	/**
	 * Returns the value of the '<em><b>Application</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The app; referred to by its name and platform.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Application</em>' reference.
	 * @see #setApplication(MdxApplication)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getAppAssignment_Application()
	 * @model
	 * @generated
	 */
	MdxApplication getApplication();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.AppAssignment#getApplication <em>Application</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Application</em>' reference.
	 * @see #getApplication()
	 * @generated
	 */
	void setApplication(MdxApplication value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the app is required (installed without asking) or optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getAppAssignment_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.AppAssignment#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The deployment order; -1 lets the server decide.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getAppAssignment_Priority()
	 * @model default="-1"
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.AppAssignment#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

} // AppAssignment
