/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Suppression</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A validation rule switched off for this model, or for one object of it, with the reason.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.RuleSuppression#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.RuleSuppression#getObjectPath <em>Object Path</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.RuleSuppression#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.emworkbench.model.deployment.DeploymentPackage#getRuleSuppression()
 * @model
 * @generated
 */
public interface RuleSuppression extends EObject {
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the rule, e.g. SSO-013.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getRuleSuppression_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.RuleSuppression#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Object Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The path of the object the rule is off for (e.g. /server); empty for the whole model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Path</em>' attribute.
	 * @see #setObjectPath(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getRuleSuppression_ObjectPath()
	 * @model
	 * @generated
	 */
	String getObjectPath();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.RuleSuppression#getObjectPath <em>Object Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Path</em>' attribute.
	 * @see #getObjectPath()
	 * @generated
	 */
	void setObjectPath(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the rule does not apply; shown in reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.emworkbench.model.deployment.DeploymentPackage#getRuleSuppression_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.emworkbench.model.deployment.RuleSuppression#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // RuleSuppression
