/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Policy Value Meaning</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a policy value means to EMW's rules, whatever the .mdx file calls it.
 * <!-- end-model-doc -->
 * @see org.emworkbench.model.deployment.DeploymentPackage#getPolicyValueMeaning()
 * @model
 * @generated
 */
public enum PolicyValueMeaning implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No meaning EMW's rules look for.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "unspecified"),

	/**
	 * The '<em><b>USER EMAIL ADDRESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user's email address.
	 * <!-- end-model-doc -->
	 * @see #USER_EMAIL_ADDRESS_VALUE
	 * @generated
	 * @ordered
	 */
	USER_EMAIL_ADDRESS(1, "USER_EMAIL_ADDRESS", "userEmailAddress"),

	/**
	 * The '<em><b>USER PRINCIPAL NAME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The userPrincipalName attribute.
	 * <!-- end-model-doc -->
	 * @see #USER_PRINCIPAL_NAME_VALUE
	 * @generated
	 * @ordered
	 */
	USER_PRINCIPAL_NAME(2, "USER_PRINCIPAL_NAME", "userPrincipalName"),

	/**
	 * The '<em><b>SAM ACCOUNT NAME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sAMAccountName attribute.
	 * <!-- end-model-doc -->
	 * @see #SAM_ACCOUNT_NAME_VALUE
	 * @generated
	 * @ordered
	 */
	SAM_ACCOUNT_NAME(3, "SAM_ACCOUNT_NAME", "sAMAccountName");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No meaning EMW's rules look for.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model literal="unspecified"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>USER EMAIL ADDRESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user's email address.
	 * <!-- end-model-doc -->
	 * @see #USER_EMAIL_ADDRESS
	 * @model literal="userEmailAddress"
	 * @generated
	 * @ordered
	 */
	public static final int USER_EMAIL_ADDRESS_VALUE = 1;

	/**
	 * The '<em><b>USER PRINCIPAL NAME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The userPrincipalName attribute.
	 * <!-- end-model-doc -->
	 * @see #USER_PRINCIPAL_NAME
	 * @model literal="userPrincipalName"
	 * @generated
	 * @ordered
	 */
	public static final int USER_PRINCIPAL_NAME_VALUE = 2;

	/**
	 * The '<em><b>SAM ACCOUNT NAME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sAMAccountName attribute.
	 * <!-- end-model-doc -->
	 * @see #SAM_ACCOUNT_NAME
	 * @model literal="sAMAccountName"
	 * @generated
	 * @ordered
	 */
	public static final int SAM_ACCOUNT_NAME_VALUE = 3;

	/**
	 * An array of all the '<em><b>Policy Value Meaning</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PolicyValueMeaning[] VALUES_ARRAY =
		new PolicyValueMeaning[] {
			UNSPECIFIED,
			USER_EMAIL_ADDRESS,
			USER_PRINCIPAL_NAME,
			SAM_ACCOUNT_NAME,
		};

	/**
	 * A public read-only list of all the '<em><b>Policy Value Meaning</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PolicyValueMeaning> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Policy Value Meaning</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyValueMeaning get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PolicyValueMeaning result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Policy Value Meaning</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyValueMeaning getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PolicyValueMeaning result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Policy Value Meaning</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyValueMeaning get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case USER_EMAIL_ADDRESS_VALUE: return USER_EMAIL_ADDRESS;
			case USER_PRINCIPAL_NAME_VALUE: return USER_PRINCIPAL_NAME;
			case SAM_ACCOUNT_NAME_VALUE: return SAM_ACCOUNT_NAME;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PolicyValueMeaning(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PolicyValueMeaning
