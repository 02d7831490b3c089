/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ties a policy name of a kind of app to a meaning EMW's rules look for, and optionally the app's values to value meanings. Bindings are data, not code, because the internal policy names of Citrix apps are not public and may change with app versions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.PolicyBinding#getAppRole <em>App Role</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.PolicyBinding#getPolicyName <em>Policy Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.PolicyBinding#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.PolicyBinding#getValueBindings <em>Value Bindings</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getPolicyBinding()
 * @model
 * @generated
 */
public interface PolicyBinding extends EObject {
	/**
	 * Returns the value of the '<em><b>App Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.emworkbench.model.deployment.AppRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of app the binding applies to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>App Role</em>' attribute.
	 * @see org.emworkbench.model.deployment.AppRole
	 * @see #setAppRole(AppRole)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPolicyBinding_AppRole()
	 * @model
	 * @generated
	 */
	AppRole getAppRole();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.PolicyBinding#getAppRole <em>App Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>App Role</em>' attribute.
	 * @see org.emworkbench.model.deployment.AppRole
	 * @see #getAppRole()
	 * @generated
	 */
	void setAppRole(AppRole value);

	/**
	 * Returns the value of the '<em><b>Policy Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The internal policy name in that app's .mdx file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy Name</em>' attribute.
	 * @see #setPolicyName(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPolicyBinding_PolicyName()
	 * @model
	 * @generated
	 */
	String getPolicyName();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.PolicyBinding#getPolicyName <em>Policy Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy Name</em>' attribute.
	 * @see #getPolicyName()
	 * @generated
	 */
	void setPolicyName(String value);

	/**
	 * Returns the value of the '<em><b>Meaning</b></em>' attribute.
	 * The literals are from the enumeration {@link org.emworkbench.model.deployment.PolicyMeaning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the policy means.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meaning</em>' attribute.
	 * @see org.emworkbench.model.deployment.PolicyMeaning
	 * @see #setMeaning(PolicyMeaning)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPolicyBinding_Meaning()
	 * @model
	 * @generated
	 */
	PolicyMeaning getMeaning();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.PolicyBinding#getMeaning <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaning</em>' attribute.
	 * @see org.emworkbench.model.deployment.PolicyMeaning
	 * @see #getMeaning()
	 * @generated
	 */
	void setMeaning(PolicyMeaning value);

	/**
	 * Returns the value of the '<em><b>Value Bindings</b></em>' containment reference list.
	 * The list contents are of type {@link org.emworkbench.model.deployment.PolicyValueBinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the policy's values mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Bindings</em>' containment reference list.
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getPolicyBinding_ValueBindings()
	 * @model containment="true" keys="value"
	 * @generated
	 */
	EList<PolicyValueBinding> getValueBindings();

} // PolicyBinding
