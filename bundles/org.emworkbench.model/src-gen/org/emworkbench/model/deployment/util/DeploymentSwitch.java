/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.emworkbench.model.deployment.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.emworkbench.model.deployment.DeploymentPackage
 * @generated
 */
public class DeploymentSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DeploymentPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeploymentSwitch() {
		if (modelPackage == null) {
			modelPackage = DeploymentPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case DeploymentPackage.DEPLOYMENT: {
				Deployment deployment = (Deployment)theEObject;
				T result = caseDeployment(deployment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER: {
				EndpointManagementServer endpointManagementServer = (EndpointManagementServer)theEObject;
				T result = caseEndpointManagementServer(endpointManagementServer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.SERVER_PROPERTY: {
				ServerProperty serverProperty = (ServerProperty)theEObject;
				T result = caseServerProperty(serverProperty);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.CLIENT_PROPERTY: {
				ClientProperty clientProperty = (ClientProperty)theEObject;
				T result = caseClientProperty(clientProperty);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.ENROLLMENT: {
				Enrollment enrollment = (Enrollment)theEObject;
				T result = caseEnrollment(enrollment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION: {
				AutoDiscoveryRegistration autoDiscoveryRegistration = (AutoDiscoveryRegistration)theEObject;
				T result = caseAutoDiscoveryRegistration(autoDiscoveryRegistration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.MDX_APPLICATION: {
				MdxApplication mdxApplication = (MdxApplication)theEObject;
				T result = caseMdxApplication(mdxApplication);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.POLICY_DEFINITION: {
				PolicyDefinition policyDefinition = (PolicyDefinition)theEObject;
				T result = casePolicyDefinition(policyDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.ALLOWED_VALUE: {
				AllowedValue allowedValue = (AllowedValue)theEObject;
				T result = caseAllowedValue(allowedValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.POLICY_VALUE: {
				PolicyValue policyValue = (PolicyValue)theEObject;
				T result = casePolicyValue(policyValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.POLICY_BINDING: {
				PolicyBinding policyBinding = (PolicyBinding)theEObject;
				T result = casePolicyBinding(policyBinding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.POLICY_VALUE_BINDING: {
				PolicyValueBinding policyValueBinding = (PolicyValueBinding)theEObject;
				T result = casePolicyValueBinding(policyValueBinding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.DELIVERY_GROUP: {
				DeliveryGroup deliveryGroup = (DeliveryGroup)theEObject;
				T result = caseDeliveryGroup(deliveryGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.DIRECTORY_PRINCIPAL: {
				DirectoryPrincipal directoryPrincipal = (DirectoryPrincipal)theEObject;
				T result = caseDirectoryPrincipal(directoryPrincipal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.APP_ASSIGNMENT: {
				AppAssignment appAssignment = (AppAssignment)theEObject;
				T result = caseAppAssignment(appAssignment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.RESOURCE_ASSIGNMENT: {
				ResourceAssignment resourceAssignment = (ResourceAssignment)theEObject;
				T result = caseResourceAssignment(resourceAssignment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.EXCHANGE_ORGANIZATION: {
				ExchangeOrganization exchangeOrganization = (ExchangeOrganization)theEObject;
				T result = caseExchangeOrganization(exchangeOrganization);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.MAIL_DOMAIN: {
				MailDomain mailDomain = (MailDomain)theEObject;
				T result = caseMailDomain(mailDomain);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.SRV_RECORD: {
				SrvRecord srvRecord = (SrvRecord)theEObject;
				T result = caseSrvRecord(srvRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.DIRECTORY: {
				Directory directory = (Directory)theEObject;
				T result = caseDirectory(directory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.LDAP_SERVER: {
				LdapServer ldapServer = (LdapServer)theEObject;
				T result = caseLdapServer(ldapServer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.PERSONA: {
				Persona persona = (Persona)theEObject;
				T result = casePersona(persona);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DeploymentPackage.RULE_SUPPRESSION: {
				RuleSuppression ruleSuppression = (RuleSuppression)theEObject;
				T result = caseRuleSuppression(ruleSuppression);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Deployment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Deployment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeployment(Deployment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Endpoint Management Server</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Endpoint Management Server</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEndpointManagementServer(EndpointManagementServer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Server Property</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Server Property</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServerProperty(ServerProperty object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Client Property</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Client Property</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClientProperty(ClientProperty object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Enrollment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Enrollment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnrollment(Enrollment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Auto Discovery Registration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Auto Discovery Registration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAutoDiscoveryRegistration(AutoDiscoveryRegistration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mdx Application</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mdx Application</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMdxApplication(MdxApplication object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyDefinition(PolicyDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Allowed Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Allowed Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAllowedValue(AllowedValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyValue(PolicyValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Binding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Binding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyBinding(PolicyBinding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Value Binding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Value Binding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyValueBinding(PolicyValueBinding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Delivery Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Delivery Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeliveryGroup(DeliveryGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Directory Principal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Directory Principal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDirectoryPrincipal(DirectoryPrincipal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>App Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>App Assignment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAppAssignment(AppAssignment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Resource Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Resource Assignment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResourceAssignment(ResourceAssignment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exchange Organization</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exchange Organization</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExchangeOrganization(ExchangeOrganization object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mail Domain</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mail Domain</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMailDomain(MailDomain object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Srv Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Srv Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSrvRecord(SrvRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Directory</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Directory</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDirectory(Directory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ldap Server</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ldap Server</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLdapServer(LdapServer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Persona</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePersona(Persona object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rule Suppression</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rule Suppression</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRuleSuppression(RuleSuppression object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //DeploymentSwitch
