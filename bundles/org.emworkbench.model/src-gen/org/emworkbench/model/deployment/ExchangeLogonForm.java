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
 * A representation of the literals of the enumeration '<em><b>Exchange Logon Form</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The form of user name the Exchange organization accepts for ActiveSync logon.
 * <!-- end-model-doc -->
 * @see org.emworkbench.model.deployment.DeploymentPackage#getExchangeLogonForm()
 * @model
 * @generated
 */
public enum ExchangeLogonForm implements Enumerator {
	/**
	 * The '<em><b>UPN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * user@domain (userPrincipalName).
	 * <!-- end-model-doc -->
	 * @see #UPN_VALUE
	 * @generated
	 * @ordered
	 */
	UPN(0, "UPN", "upn"),

	/**
	 * The '<em><b>DOMAIN BACKSLASH USER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DOMAIN&#92;user (sAMAccountName with the NetBIOS domain).
	 * <!-- end-model-doc -->
	 * @see #DOMAIN_BACKSLASH_USER_VALUE
	 * @generated
	 * @ordered
	 */
	DOMAIN_BACKSLASH_USER(1, "DOMAIN_BACKSLASH_USER", "domainUser");

	/**
	 * The '<em><b>UPN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * user@domain (userPrincipalName).
	 * <!-- end-model-doc -->
	 * @see #UPN
	 * @model literal="upn"
	 * @generated
	 * @ordered
	 */
	public static final int UPN_VALUE = 0;

	/**
	 * The '<em><b>DOMAIN BACKSLASH USER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DOMAIN&#92;user (sAMAccountName with the NetBIOS domain).
	 * <!-- end-model-doc -->
	 * @see #DOMAIN_BACKSLASH_USER
	 * @model literal="domainUser"
	 * @generated
	 * @ordered
	 */
	public static final int DOMAIN_BACKSLASH_USER_VALUE = 1;

	/**
	 * An array of all the '<em><b>Exchange Logon Form</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ExchangeLogonForm[] VALUES_ARRAY =
		new ExchangeLogonForm[] {
			UPN,
			DOMAIN_BACKSLASH_USER,
		};

	/**
	 * A public read-only list of all the '<em><b>Exchange Logon Form</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ExchangeLogonForm> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Exchange Logon Form</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExchangeLogonForm get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExchangeLogonForm result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Exchange Logon Form</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExchangeLogonForm getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExchangeLogonForm result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Exchange Logon Form</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExchangeLogonForm get(int value) {
		switch (value) {
			case UPN_VALUE: return UPN;
			case DOMAIN_BACKSLASH_USER_VALUE: return DOMAIN_BACKSLASH_USER;
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
	private ExchangeLogonForm(int value, String name, String literal) {
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
	
} //ExchangeLogonForm
