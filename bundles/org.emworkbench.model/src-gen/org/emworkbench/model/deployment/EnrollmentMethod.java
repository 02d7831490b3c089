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
 * A representation of the literals of the enumeration '<em><b>Enrollment Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How users reach the Endpoint Management server when they enroll in Secure Hub.
 * <!-- end-model-doc -->
 * @see org.emworkbench.model.deployment.DeploymentPackage#getEnrollmentMethod()
 * @model
 * @generated
 */
public enum EnrollmentMethod implements Enumerator {
	/**
	 * The '<em><b>EMAIL AUTODISCOVERY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Users type their email address; Citrix AutoDiscovery finds the server for their domain.
	 * <!-- end-model-doc -->
	 * @see #EMAIL_AUTODISCOVERY_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL_AUTODISCOVERY(0, "EMAIL_AUTODISCOVERY", "emailAutodiscovery"),

	/**
	 * The '<em><b>SERVER ADDRESS TYPED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Users type the Endpoint Management server address.
	 * <!-- end-model-doc -->
	 * @see #SERVER_ADDRESS_TYPED_VALUE
	 * @generated
	 * @ordered
	 */
	SERVER_ADDRESS_TYPED(1, "SERVER_ADDRESS_TYPED", "serverAddressTyped"),

	/**
	 * The '<em><b>SERVER ADDRESS FROM SECURE HUB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secure Hub passes the Endpoint Management server address to Secure Mail.
	 * <!-- end-model-doc -->
	 * @see #SERVER_ADDRESS_FROM_SECURE_HUB_VALUE
	 * @generated
	 * @ordered
	 */
	SERVER_ADDRESS_FROM_SECURE_HUB(2, "SERVER_ADDRESS_FROM_SECURE_HUB", "serverAddressFromSecureHub");

	/**
	 * The '<em><b>EMAIL AUTODISCOVERY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Users type their email address; Citrix AutoDiscovery finds the server for their domain.
	 * <!-- end-model-doc -->
	 * @see #EMAIL_AUTODISCOVERY
	 * @model literal="emailAutodiscovery"
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_AUTODISCOVERY_VALUE = 0;

	/**
	 * The '<em><b>SERVER ADDRESS TYPED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Users type the Endpoint Management server address.
	 * <!-- end-model-doc -->
	 * @see #SERVER_ADDRESS_TYPED
	 * @model literal="serverAddressTyped"
	 * @generated
	 * @ordered
	 */
	public static final int SERVER_ADDRESS_TYPED_VALUE = 1;

	/**
	 * The '<em><b>SERVER ADDRESS FROM SECURE HUB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secure Hub passes the Endpoint Management server address to Secure Mail.
	 * <!-- end-model-doc -->
	 * @see #SERVER_ADDRESS_FROM_SECURE_HUB
	 * @model literal="serverAddressFromSecureHub"
	 * @generated
	 * @ordered
	 */
	public static final int SERVER_ADDRESS_FROM_SECURE_HUB_VALUE = 2;

	/**
	 * An array of all the '<em><b>Enrollment Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EnrollmentMethod[] VALUES_ARRAY =
		new EnrollmentMethod[] {
			EMAIL_AUTODISCOVERY,
			SERVER_ADDRESS_TYPED,
			SERVER_ADDRESS_FROM_SECURE_HUB,
		};

	/**
	 * A public read-only list of all the '<em><b>Enrollment Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EnrollmentMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Enrollment Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnrollmentMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EnrollmentMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Enrollment Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnrollmentMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EnrollmentMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Enrollment Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnrollmentMethod get(int value) {
		switch (value) {
			case EMAIL_AUTODISCOVERY_VALUE: return EMAIL_AUTODISCOVERY;
			case SERVER_ADDRESS_TYPED_VALUE: return SERVER_ADDRESS_TYPED;
			case SERVER_ADDRESS_FROM_SECURE_HUB_VALUE: return SERVER_ADDRESS_FROM_SECURE_HUB;
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
	private EnrollmentMethod(int value, String name, String literal) {
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
	
} //EnrollmentMethod
