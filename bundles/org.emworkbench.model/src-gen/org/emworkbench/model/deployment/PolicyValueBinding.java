/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Value Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ties one value of a bound policy to a meaning.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.PolicyValueBinding#getValue <em>Value</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.PolicyValueBinding#getMeaning <em>Meaning</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getPolicyValueBinding()
 * @model
 * @generated
 */
public interface PolicyValueBinding extends EObject {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value as the app reads it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPolicyValueBinding_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.PolicyValueBinding#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Meaning</b></em>' attribute.
	 * The literals are from the enumeration {@link org.emworkbench.model.deployment.PolicyValueMeaning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the value means.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meaning</em>' attribute.
	 * @see org.emworkbench.model.deployment.PolicyValueMeaning
	 * @see #setMeaning(PolicyValueMeaning)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPolicyValueBinding_Meaning()
	 * @model
	 * @generated
	 */
	PolicyValueMeaning getMeaning();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.PolicyValueBinding#getMeaning <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaning</em>' attribute.
	 * @see org.emworkbench.model.deployment.PolicyValueMeaning
	 * @see #getMeaning()
	 * @generated
	 */
	void setMeaning(PolicyValueMeaning value);

} // PolicyValueBinding
