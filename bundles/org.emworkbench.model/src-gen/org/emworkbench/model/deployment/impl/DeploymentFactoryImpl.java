/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.ServerVersion;

import org.emworkbench.model.deployment.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DeploymentFactoryImpl extends EFactoryImpl implements DeploymentFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DeploymentFactory init() {
		try {
			DeploymentFactory theDeploymentFactory = (DeploymentFactory)EPackage.Registry.INSTANCE.getEFactory(DeploymentPackage.eNS_URI);
			if (theDeploymentFactory != null) {
				return theDeploymentFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DeploymentFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeploymentFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DeploymentPackage.DEPLOYMENT: return createDeployment();
			case DeploymentPackage.ENDPOINT_MANAGEMENT_SERVER: return createEndpointManagementServer();
			case DeploymentPackage.SERVER_PROPERTY: return createServerProperty();
			case DeploymentPackage.CLIENT_PROPERTY: return createClientProperty();
			case DeploymentPackage.ENROLLMENT: return createEnrollment();
			case DeploymentPackage.AUTO_DISCOVERY_REGISTRATION: return createAutoDiscoveryRegistration();
			case DeploymentPackage.MDX_APPLICATION: return createMdxApplication();
			case DeploymentPackage.POLICY_DEFINITION: return createPolicyDefinition();
			case DeploymentPackage.ALLOWED_VALUE: return createAllowedValue();
			case DeploymentPackage.POLICY_VALUE: return createPolicyValue();
			case DeploymentPackage.POLICY_BINDING: return createPolicyBinding();
			case DeploymentPackage.POLICY_VALUE_BINDING: return createPolicyValueBinding();
			case DeploymentPackage.DELIVERY_GROUP: return createDeliveryGroup();
			case DeploymentPackage.DIRECTORY_PRINCIPAL: return createDirectoryPrincipal();
			case DeploymentPackage.APP_ASSIGNMENT: return createAppAssignment();
			case DeploymentPackage.RESOURCE_ASSIGNMENT: return createResourceAssignment();
			case DeploymentPackage.EXCHANGE_ORGANIZATION: return createExchangeOrganization();
			case DeploymentPackage.MAIL_DOMAIN: return createMailDomain();
			case DeploymentPackage.SRV_RECORD: return createSrvRecord();
			case DeploymentPackage.DIRECTORY: return createDirectory();
			case DeploymentPackage.LDAP_SERVER: return createLdapServer();
			case DeploymentPackage.PERSONA: return createPersona();
			case DeploymentPackage.RULE_SUPPRESSION: return createRuleSuppression();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case DeploymentPackage.PLATFORM:
				return createPlatformFromString(eDataType, initialValue);
			case DeploymentPackage.APP_ROLE:
				return createAppRoleFromString(eDataType, initialValue);
			case DeploymentPackage.ENROLLMENT_METHOD:
				return createEnrollmentMethodFromString(eDataType, initialValue);
			case DeploymentPackage.USER_ID_TYPE:
				return createUserIdTypeFromString(eDataType, initialValue);
			case DeploymentPackage.EXCHANGE_LOGON_FORM:
				return createExchangeLogonFormFromString(eDataType, initialValue);
			case DeploymentPackage.TLS_MODE:
				return createTlsModeFromString(eDataType, initialValue);
			case DeploymentPackage.POLICY_MEANING:
				return createPolicyMeaningFromString(eDataType, initialValue);
			case DeploymentPackage.POLICY_VALUE_MEANING:
				return createPolicyValueMeaningFromString(eDataType, initialValue);
			case DeploymentPackage.SERVER_VERSION:
				return createServerVersionFromString(eDataType, initialValue);
			case DeploymentPackage.CREDENTIAL_REFERENCE:
				return createCredentialReferenceFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case DeploymentPackage.PLATFORM:
				return convertPlatformToString(eDataType, instanceValue);
			case DeploymentPackage.APP_ROLE:
				return convertAppRoleToString(eDataType, instanceValue);
			case DeploymentPackage.ENROLLMENT_METHOD:
				return convertEnrollmentMethodToString(eDataType, instanceValue);
			case DeploymentPackage.USER_ID_TYPE:
				return convertUserIdTypeToString(eDataType, instanceValue);
			case DeploymentPackage.EXCHANGE_LOGON_FORM:
				return convertExchangeLogonFormToString(eDataType, instanceValue);
			case DeploymentPackage.TLS_MODE:
				return convertTlsModeToString(eDataType, instanceValue);
			case DeploymentPackage.POLICY_MEANING:
				return convertPolicyMeaningToString(eDataType, instanceValue);
			case DeploymentPackage.POLICY_VALUE_MEANING:
				return convertPolicyValueMeaningToString(eDataType, instanceValue);
			case DeploymentPackage.SERVER_VERSION:
				return convertServerVersionToString(eDataType, instanceValue);
			case DeploymentPackage.CREDENTIAL_REFERENCE:
				return convertCredentialReferenceToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deployment createDeployment() {
		DeploymentImpl deployment = new DeploymentImpl();
		return deployment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointManagementServer createEndpointManagementServer() {
		EndpointManagementServerImpl endpointManagementServer = new EndpointManagementServerImpl();
		return endpointManagementServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerProperty createServerProperty() {
		ServerPropertyImpl serverProperty = new ServerPropertyImpl();
		return serverProperty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClientProperty createClientProperty() {
		ClientPropertyImpl clientProperty = new ClientPropertyImpl();
		return clientProperty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enrollment createEnrollment() {
		EnrollmentImpl enrollment = new EnrollmentImpl();
		return enrollment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutoDiscoveryRegistration createAutoDiscoveryRegistration() {
		AutoDiscoveryRegistrationImpl autoDiscoveryRegistration = new AutoDiscoveryRegistrationImpl();
		return autoDiscoveryRegistration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MdxApplication createMdxApplication() {
		MdxApplicationImpl mdxApplication = new MdxApplicationImpl();
		return mdxApplication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyDefinition createPolicyDefinition() {
		PolicyDefinitionImpl policyDefinition = new PolicyDefinitionImpl();
		return policyDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllowedValue createAllowedValue() {
		AllowedValueImpl allowedValue = new AllowedValueImpl();
		return allowedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyValue createPolicyValue() {
		PolicyValueImpl policyValue = new PolicyValueImpl();
		return policyValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyBinding createPolicyBinding() {
		PolicyBindingImpl policyBinding = new PolicyBindingImpl();
		return policyBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyValueBinding createPolicyValueBinding() {
		PolicyValueBindingImpl policyValueBinding = new PolicyValueBindingImpl();
		return policyValueBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliveryGroup createDeliveryGroup() {
		DeliveryGroupImpl deliveryGroup = new DeliveryGroupImpl();
		return deliveryGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectoryPrincipal createDirectoryPrincipal() {
		DirectoryPrincipalImpl directoryPrincipal = new DirectoryPrincipalImpl();
		return directoryPrincipal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppAssignment createAppAssignment() {
		AppAssignmentImpl appAssignment = new AppAssignmentImpl();
		return appAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceAssignment createResourceAssignment() {
		ResourceAssignmentImpl resourceAssignment = new ResourceAssignmentImpl();
		return resourceAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExchangeOrganization createExchangeOrganization() {
		ExchangeOrganizationImpl exchangeOrganization = new ExchangeOrganizationImpl();
		return exchangeOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MailDomain createMailDomain() {
		MailDomainImpl mailDomain = new MailDomainImpl();
		return mailDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SrvRecord createSrvRecord() {
		SrvRecordImpl srvRecord = new SrvRecordImpl();
		return srvRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Directory createDirectory() {
		DirectoryImpl directory = new DirectoryImpl();
		return directory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LdapServer createLdapServer() {
		LdapServerImpl ldapServer = new LdapServerImpl();
		return ldapServer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona createPersona() {
		PersonaImpl persona = new PersonaImpl();
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleSuppression createRuleSuppression() {
		RuleSuppressionImpl ruleSuppression = new RuleSuppressionImpl();
		return ruleSuppression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Platform createPlatformFromString(EDataType eDataType, String initialValue) {
		Platform result = Platform.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlatformToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AppRole createAppRoleFromString(EDataType eDataType, String initialValue) {
		AppRole result = AppRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAppRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnrollmentMethod createEnrollmentMethodFromString(EDataType eDataType, String initialValue) {
		EnrollmentMethod result = EnrollmentMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnrollmentMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UserIdType createUserIdTypeFromString(EDataType eDataType, String initialValue) {
		UserIdType result = UserIdType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUserIdTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExchangeLogonForm createExchangeLogonFormFromString(EDataType eDataType, String initialValue) {
		ExchangeLogonForm result = ExchangeLogonForm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExchangeLogonFormToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TlsMode createTlsModeFromString(EDataType eDataType, String initialValue) {
		TlsMode result = TlsMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTlsModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyMeaning createPolicyMeaningFromString(EDataType eDataType, String initialValue) {
		PolicyMeaning result = PolicyMeaning.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPolicyMeaningToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyValueMeaning createPolicyValueMeaningFromString(EDataType eDataType, String initialValue) {
		PolicyValueMeaning result = PolicyValueMeaning.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPolicyValueMeaningToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServerVersion createServerVersionFromString(EDataType eDataType, String initialValue) {
		return (ServerVersion)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServerVersionToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CredentialReference createCredentialReferenceFromString(EDataType eDataType, String initialValue) {
		return (CredentialReference)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCredentialReferenceToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentPackage getDeploymentPackage() {
		return (DeploymentPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DeploymentPackage getPackage() {
		return DeploymentPackage.eINSTANCE;
	}

} //DeploymentFactoryImpl
