/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.emworkbench.model.deployment.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.emworkbench.model.deployment.DeploymentPackage
 * @generated
 */
public class DeploymentAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DeploymentPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeploymentAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = DeploymentPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeploymentSwitch<Adapter> modelSwitch =
		new DeploymentSwitch<Adapter>() {
			@Override
			public Adapter caseDeployment(Deployment object) {
				return createDeploymentAdapter();
			}
			@Override
			public Adapter caseEndpointManagementServer(EndpointManagementServer object) {
				return createEndpointManagementServerAdapter();
			}
			@Override
			public Adapter caseServerProperty(ServerProperty object) {
				return createServerPropertyAdapter();
			}
			@Override
			public Adapter caseClientProperty(ClientProperty object) {
				return createClientPropertyAdapter();
			}
			@Override
			public Adapter caseEnrollment(Enrollment object) {
				return createEnrollmentAdapter();
			}
			@Override
			public Adapter caseAutoDiscoveryRegistration(AutoDiscoveryRegistration object) {
				return createAutoDiscoveryRegistrationAdapter();
			}
			@Override
			public Adapter caseMdxApplication(MdxApplication object) {
				return createMdxApplicationAdapter();
			}
			@Override
			public Adapter casePolicyDefinition(PolicyDefinition object) {
				return createPolicyDefinitionAdapter();
			}
			@Override
			public Adapter caseAllowedValue(AllowedValue object) {
				return createAllowedValueAdapter();
			}
			@Override
			public Adapter casePolicyValue(PolicyValue object) {
				return createPolicyValueAdapter();
			}
			@Override
			public Adapter casePolicyBinding(PolicyBinding object) {
				return createPolicyBindingAdapter();
			}
			@Override
			public Adapter casePolicyValueBinding(PolicyValueBinding object) {
				return createPolicyValueBindingAdapter();
			}
			@Override
			public Adapter caseDeliveryGroup(DeliveryGroup object) {
				return createDeliveryGroupAdapter();
			}
			@Override
			public Adapter caseDirectoryPrincipal(DirectoryPrincipal object) {
				return createDirectoryPrincipalAdapter();
			}
			@Override
			public Adapter caseAppAssignment(AppAssignment object) {
				return createAppAssignmentAdapter();
			}
			@Override
			public Adapter caseResourceAssignment(ResourceAssignment object) {
				return createResourceAssignmentAdapter();
			}
			@Override
			public Adapter caseExchangeOrganization(ExchangeOrganization object) {
				return createExchangeOrganizationAdapter();
			}
			@Override
			public Adapter caseMailDomain(MailDomain object) {
				return createMailDomainAdapter();
			}
			@Override
			public Adapter caseSrvRecord(SrvRecord object) {
				return createSrvRecordAdapter();
			}
			@Override
			public Adapter caseDirectory(Directory object) {
				return createDirectoryAdapter();
			}
			@Override
			public Adapter caseLdapServer(LdapServer object) {
				return createLdapServerAdapter();
			}
			@Override
			public Adapter casePersona(Persona object) {
				return createPersonaAdapter();
			}
			@Override
			public Adapter caseRuleSuppression(RuleSuppression object) {
				return createRuleSuppressionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.Deployment <em>Deployment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.Deployment
	 * @generated
	 */
	public Adapter createDeploymentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.EndpointManagementServer <em>Endpoint Management Server</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.EndpointManagementServer
	 * @generated
	 */
	public Adapter createEndpointManagementServerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.ServerProperty <em>Server Property</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.ServerProperty
	 * @generated
	 */
	public Adapter createServerPropertyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.ClientProperty <em>Client Property</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.ClientProperty
	 * @generated
	 */
	public Adapter createClientPropertyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.Enrollment <em>Enrollment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.Enrollment
	 * @generated
	 */
	public Adapter createEnrollmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.AutoDiscoveryRegistration <em>Auto Discovery Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.AutoDiscoveryRegistration
	 * @generated
	 */
	public Adapter createAutoDiscoveryRegistrationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.MdxApplication <em>Mdx Application</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.MdxApplication
	 * @generated
	 */
	public Adapter createMdxApplicationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.PolicyDefinition <em>Policy Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.PolicyDefinition
	 * @generated
	 */
	public Adapter createPolicyDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.AllowedValue <em>Allowed Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.AllowedValue
	 * @generated
	 */
	public Adapter createAllowedValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.PolicyValue <em>Policy Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.PolicyValue
	 * @generated
	 */
	public Adapter createPolicyValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.PolicyBinding <em>Policy Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.PolicyBinding
	 * @generated
	 */
	public Adapter createPolicyBindingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.PolicyValueBinding <em>Policy Value Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.PolicyValueBinding
	 * @generated
	 */
	public Adapter createPolicyValueBindingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.DeliveryGroup <em>Delivery Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.DeliveryGroup
	 * @generated
	 */
	public Adapter createDeliveryGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.DirectoryPrincipal <em>Directory Principal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.DirectoryPrincipal
	 * @generated
	 */
	public Adapter createDirectoryPrincipalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.AppAssignment <em>App Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.AppAssignment
	 * @generated
	 */
	public Adapter createAppAssignmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.ResourceAssignment <em>Resource Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.ResourceAssignment
	 * @generated
	 */
	public Adapter createResourceAssignmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.ExchangeOrganization <em>Exchange Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.ExchangeOrganization
	 * @generated
	 */
	public Adapter createExchangeOrganizationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.MailDomain <em>Mail Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.MailDomain
	 * @generated
	 */
	public Adapter createMailDomainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.SrvRecord <em>Srv Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.SrvRecord
	 * @generated
	 */
	public Adapter createSrvRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.Directory <em>Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.Directory
	 * @generated
	 */
	public Adapter createDirectoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.LdapServer <em>Ldap Server</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.LdapServer
	 * @generated
	 */
	public Adapter createLdapServerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.Persona
	 * @generated
	 */
	public Adapter createPersonaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.emworkbench.model.deployment.RuleSuppression <em>Rule Suppression</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.emworkbench.model.deployment.RuleSuppression
	 * @generated
	 */
	public Adapter createRuleSuppressionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //DeploymentAdapterFactory
