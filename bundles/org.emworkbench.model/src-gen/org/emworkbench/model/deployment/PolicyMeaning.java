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
 * A representation of the literals of the enumeration '<em><b>Policy Meaning</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a policy of an app means to EMW's rules, whatever its internal name in the .mdx file.
 * <!-- end-model-doc -->
 * @see org.emworkbench.model.deployment.DeploymentPackage#getPolicyMeaning()
 * @model
 * @generated
 */
public enum PolicyMeaning implements Enumerator {
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
	 * The '<em><b>INITIAL AUTHENTICATION MECHANISM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secure Mail: how the account is first identified (e.g. the user's email address).
	 * <!-- end-model-doc -->
	 * @see #INITIAL_AUTHENTICATION_MECHANISM_VALUE
	 * @generated
	 * @ordered
	 */
	INITIAL_AUTHENTICATION_MECHANISM(1, "INITIAL_AUTHENTICATION_MECHANISM", "initialAuthenticationMechanism"),

	/**
	 * The '<em><b>INITIAL AUTHENTICATION CREDENTIALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secure Mail: which user name is sent to Exchange (userPrincipalName or sAMAccountName).
	 * <!-- end-model-doc -->
	 * @see #INITIAL_AUTHENTICATION_CREDENTIALS_VALUE
	 * @generated
	 * @ordered
	 */
	INITIAL_AUTHENTICATION_CREDENTIALS(2, "INITIAL_AUTHENTICATION_CREDENTIALS", "initialAuthenticationCredentials"),

	/**
	 * The '<em><b>EXCHANGE SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secure Mail: a fixed Exchange server; empty when autodiscovery is used.
	 * <!-- end-model-doc -->
	 * @see #EXCHANGE_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	EXCHANGE_SERVER(3, "EXCHANGE_SERVER", "exchangeServer"),

	/**
	 * The '<em><b>USER DOMAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secure Mail: a fixed user domain; empty for SSO.
	 * <!-- end-model-doc -->
	 * @see #USER_DOMAIN_VALUE
	 * @generated
	 * @ordered
	 */
	USER_DOMAIN(4, "USER_DOMAIN", "userDomain");

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
	 * The '<em><b>INITIAL AUTHENTICATION MECHANISM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secure Mail: how the account is first identified (e.g. the user's email address).
	 * <!-- end-model-doc -->
	 * @see #INITIAL_AUTHENTICATION_MECHANISM
	 * @model literal="initialAuthenticationMechanism"
	 * @generated
	 * @ordered
	 */
	public static final int INITIAL_AUTHENTICATION_MECHANISM_VALUE = 1;

	/**
	 * The '<em><b>INITIAL AUTHENTICATION CREDENTIALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secure Mail: which user name is sent to Exchange (userPrincipalName or sAMAccountName).
	 * <!-- end-model-doc -->
	 * @see #INITIAL_AUTHENTICATION_CREDENTIALS
	 * @model literal="initialAuthenticationCredentials"
	 * @generated
	 * @ordered
	 */
	public static final int INITIAL_AUTHENTICATION_CREDENTIALS_VALUE = 2;

	/**
	 * The '<em><b>EXCHANGE SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secure Mail: a fixed Exchange server; empty when autodiscovery is used.
	 * <!-- end-model-doc -->
	 * @see #EXCHANGE_SERVER
	 * @model literal="exchangeServer"
	 * @generated
	 * @ordered
	 */
	public static final int EXCHANGE_SERVER_VALUE = 3;

	/**
	 * The '<em><b>USER DOMAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secure Mail: a fixed user domain; empty for SSO.
	 * <!-- end-model-doc -->
	 * @see #USER_DOMAIN
	 * @model literal="userDomain"
	 * @generated
	 * @ordered
	 */
	public static final int USER_DOMAIN_VALUE = 4;

	/**
	 * An array of all the '<em><b>Policy Meaning</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PolicyMeaning[] VALUES_ARRAY =
		new PolicyMeaning[] {
			UNSPECIFIED,
			INITIAL_AUTHENTICATION_MECHANISM,
			INITIAL_AUTHENTICATION_CREDENTIALS,
			EXCHANGE_SERVER,
			USER_DOMAIN,
		};

	/**
	 * A public read-only list of all the '<em><b>Policy Meaning</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PolicyMeaning> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Policy Meaning</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyMeaning get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PolicyMeaning result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Policy Meaning</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyMeaning getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PolicyMeaning result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Policy Meaning</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyMeaning get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case INITIAL_AUTHENTICATION_MECHANISM_VALUE: return INITIAL_AUTHENTICATION_MECHANISM;
			case INITIAL_AUTHENTICATION_CREDENTIALS_VALUE: return INITIAL_AUTHENTICATION_CREDENTIALS;
			case EXCHANGE_SERVER_VALUE: return EXCHANGE_SERVER;
			case USER_DOMAIN_VALUE: return USER_DOMAIN;
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
	private PolicyMeaning(int value, String name, String literal) {
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
	
} //PolicyMeaning
