/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.ServerVersion;

import org.emworkbench.model.deployment.AllowedValue;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.Enrollment;
import org.emworkbench.model.deployment.EnrollmentMethod;
import org.emworkbench.model.deployment.ExchangeLogonForm;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyDefinition;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.PolicyValue;
import org.emworkbench.model.deployment.PolicyValueBinding;
import org.emworkbench.model.deployment.PolicyValueMeaning;
import org.emworkbench.model.deployment.ResourceAssignment;
import org.emworkbench.model.deployment.RuleSuppression;
import org.emworkbench.model.deployment.ServerProperty;
import org.emworkbench.model.deployment.SrvRecord;
import org.emworkbench.model.deployment.TlsMode;
import org.emworkbench.model.deployment.UserIdType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DeploymentPackageImpl extends EPackageImpl implements DeploymentPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deploymentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointManagementServerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serverPropertyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clientPropertyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enrollmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass autoDiscoveryRegistrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mdxApplicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allowedValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyBindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyValueBindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deliveryGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass directoryPrincipalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass appAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exchangeOrganizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mailDomainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass srvRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass directoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ldapServerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleSuppressionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum platformEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum appRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum enrollmentMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum userIdTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum exchangeLogonFormEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tlsModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum policyMeaningEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum policyValueMeaningEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType serverVersionEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType credentialReferenceEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.emworkbench.model.deployment.DeploymentPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DeploymentPackageImpl() {
		super(eNS_URI, DeploymentFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link DeploymentPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DeploymentPackage init() {
		if (isInited) return (DeploymentPackage)EPackage.Registry.INSTANCE.getEPackage(DeploymentPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDeploymentPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DeploymentPackageImpl theDeploymentPackage = registeredDeploymentPackage instanceof DeploymentPackageImpl ? (DeploymentPackageImpl)registeredDeploymentPackage : new DeploymentPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theDeploymentPackage.createPackageContents();

		// Initialize created meta-data
		theDeploymentPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDeploymentPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DeploymentPackage.eNS_URI, theDeploymentPackage);
		return theDeploymentPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeployment() {
		return deploymentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeployment_Name() {
		return (EAttribute)deploymentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeployment_Description() {
		return (EAttribute)deploymentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeployment_Server() {
		return (EReference)deploymentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeployment_Enrollment() {
		return (EReference)deploymentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeployment_Applications() {
		return (EReference)deploymentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeployment_DeliveryGroups() {
		return (EReference)deploymentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeployment_Exchange() {
		return (EReference)deploymentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeployment_Directory() {
		return (EReference)deploymentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeployment_PolicyBindings() {
		return (EReference)deploymentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeployment_RuleSuppressions() {
		return (EReference)deploymentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpointManagementServer() {
		return endpointManagementServerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointManagementServer_Fqdn() {
		return (EAttribute)endpointManagementServerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointManagementServer_Version() {
		return (EAttribute)endpointManagementServerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointManagementServer_InstanceName() {
		return (EAttribute)endpointManagementServerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointManagementServer_HttpsPort() {
		return (EAttribute)endpointManagementServerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpointManagementServer_ConsolePort() {
		return (EAttribute)endpointManagementServerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpointManagementServer_ServerProperties() {
		return (EReference)endpointManagementServerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpointManagementServer_ClientProperties() {
		return (EReference)endpointManagementServerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServerProperty() {
		return serverPropertyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProperty_Name() {
		return (EAttribute)serverPropertyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProperty_Value() {
		return (EAttribute)serverPropertyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProperty_DisplayName() {
		return (EAttribute)serverPropertyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProperty_Description() {
		return (EAttribute)serverPropertyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServerProperty_DefaultValue() {
		return (EAttribute)serverPropertyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClientProperty() {
		return clientPropertyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientProperty_Key() {
		return (EAttribute)clientPropertyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientProperty_Value() {
		return (EAttribute)clientPropertyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientProperty_DisplayName() {
		return (EAttribute)clientPropertyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientProperty_Description() {
		return (EAttribute)clientPropertyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClientProperty_Predefined() {
		return (EAttribute)clientPropertyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnrollment() {
		return enrollmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnrollment_Methods() {
		return (EAttribute)enrollmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnrollment_AutoDiscoveryRegistrations() {
		return (EReference)enrollmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAutoDiscoveryRegistration() {
		return autoDiscoveryRegistrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAutoDiscoveryRegistration_Domain() {
		return (EAttribute)autoDiscoveryRegistrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAutoDiscoveryRegistration_ServerFqdn() {
		return (EAttribute)autoDiscoveryRegistrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAutoDiscoveryRegistration_InstanceName() {
		return (EAttribute)autoDiscoveryRegistrationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAutoDiscoveryRegistration_UserIdType() {
		return (EAttribute)autoDiscoveryRegistrationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAutoDiscoveryRegistration_ClaimToken() {
		return (EAttribute)autoDiscoveryRegistrationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMdxApplication() {
		return mdxApplicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMdxApplication_Name() {
		return (EAttribute)mdxApplicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMdxApplication_Platform() {
		return (EAttribute)mdxApplicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMdxApplication_Role() {
		return (EAttribute)mdxApplicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMdxApplication_PackageId() {
		return (EAttribute)mdxApplicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMdxApplication_Version() {
		return (EAttribute)mdxApplicationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMdxApplication_SourceFile() {
		return (EAttribute)mdxApplicationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMdxApplication_Policies() {
		return (EReference)mdxApplicationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMdxApplication_PolicyValues() {
		return (EReference)mdxApplicationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyDefinition() {
		return policyDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDefinition_Name() {
		return (EAttribute)policyDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDefinition_Type() {
		return (EAttribute)policyDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDefinition_Category() {
		return (EAttribute)policyDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDefinition_DefaultValue() {
		return (EAttribute)policyDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDefinition_Title() {
		return (EAttribute)policyDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDefinition_Description() {
		return (EAttribute)policyDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyDefinition_AllowedValues() {
		return (EReference)policyDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllowedValue() {
		return allowedValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllowedValue_Value() {
		return (EAttribute)allowedValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllowedValue_Label() {
		return (EAttribute)allowedValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyValue() {
		return policyValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyValue_PolicyName() {
		return (EAttribute)policyValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyValue_Value() {
		return (EAttribute)policyValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyBinding() {
		return policyBindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyBinding_AppRole() {
		return (EAttribute)policyBindingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyBinding_PolicyName() {
		return (EAttribute)policyBindingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyBinding_Meaning() {
		return (EAttribute)policyBindingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyBinding_ValueBindings() {
		return (EReference)policyBindingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyValueBinding() {
		return policyValueBindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyValueBinding_Value() {
		return (EAttribute)policyValueBindingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyValueBinding_Meaning() {
		return (EAttribute)policyValueBindingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeliveryGroup() {
		return deliveryGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveryGroup_Name() {
		return (EAttribute)deliveryGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveryGroup_Description() {
		return (EAttribute)deliveryGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveryGroup_Enabled() {
		return (EAttribute)deliveryGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveryGroup_BuiltIn() {
		return (EAttribute)deliveryGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliveryGroup_Users() {
		return (EReference)deliveryGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliveryGroup_Groups() {
		return (EReference)deliveryGroupEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliveryGroup_MembershipRules() {
		return (EAttribute)deliveryGroupEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliveryGroup_Applications() {
		return (EReference)deliveryGroupEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliveryGroup_DevicePolicies() {
		return (EReference)deliveryGroupEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliveryGroup_SmartActions() {
		return (EReference)deliveryGroupEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDirectoryPrincipal() {
		return directoryPrincipalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectoryPrincipal_DomainName() {
		return (EAttribute)directoryPrincipalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectoryPrincipal_UniqueId() {
		return (EAttribute)directoryPrincipalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectoryPrincipal_Name() {
		return (EAttribute)directoryPrincipalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAppAssignment() {
		return appAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAppAssignment_Application() {
		return (EReference)appAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppAssignment_Required() {
		return (EAttribute)appAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppAssignment_Priority() {
		return (EAttribute)appAssignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceAssignment() {
		return resourceAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceAssignment_Name() {
		return (EAttribute)resourceAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceAssignment_Priority() {
		return (EAttribute)resourceAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExchangeOrganization() {
		return exchangeOrganizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExchangeOrganization_MailDomains() {
		return (EReference)exchangeOrganizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchangeOrganization_LogonForm() {
		return (EAttribute)exchangeOrganizationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchangeOrganization_NetbiosDomain() {
		return (EAttribute)exchangeOrganizationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExchangeOrganization_ActiveSyncUrl() {
		return (EAttribute)exchangeOrganizationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMailDomain() {
		return mailDomainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMailDomain_Name() {
		return (EAttribute)mailDomainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMailDomain_ExpectedSrvRecords() {
		return (EReference)mailDomainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSrvRecord() {
		return srvRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSrvRecord_Priority() {
		return (EAttribute)srvRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSrvRecord_Weight() {
		return (EAttribute)srvRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSrvRecord_Port() {
		return (EAttribute)srvRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSrvRecord_Target() {
		return (EAttribute)srvRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDirectory() {
		return directoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectory_LdapServers() {
		return (EReference)directoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectory_UserSearchAttribute() {
		return (EAttribute)directoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectory_UserAttributes() {
		return (EAttribute)directoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectory_Personas() {
		return (EReference)directoryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLdapServer() {
		return ldapServerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLdapServer_Host() {
		return (EAttribute)ldapServerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLdapServer_Port() {
		return (EAttribute)ldapServerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLdapServer_TlsMode() {
		return (EAttribute)ldapServerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLdapServer_BaseDn() {
		return (EAttribute)ldapServerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLdapServer_BindDn() {
		return (EAttribute)ldapServerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLdapServer_BindCredential() {
		return (EAttribute)ldapServerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersona() {
		return personaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_DisplayName() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Mail() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_UserPrincipalName() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_SAMAccountName() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_ExpectedGroups() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleSuppression() {
		return ruleSuppressionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleSuppression_RuleId() {
		return (EAttribute)ruleSuppressionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleSuppression_ObjectPath() {
		return (EAttribute)ruleSuppressionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleSuppression_Reason() {
		return (EAttribute)ruleSuppressionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlatform() {
		return platformEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAppRole() {
		return appRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnrollmentMethod() {
		return enrollmentMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUserIdType() {
		return userIdTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExchangeLogonForm() {
		return exchangeLogonFormEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTlsMode() {
		return tlsModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPolicyMeaning() {
		return policyMeaningEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPolicyValueMeaning() {
		return policyValueMeaningEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getServerVersion() {
		return serverVersionEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCredentialReference() {
		return credentialReferenceEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentFactory getDeploymentFactory() {
		return (DeploymentFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		deploymentEClass = createEClass(DEPLOYMENT);
		createEAttribute(deploymentEClass, DEPLOYMENT__NAME);
		createEAttribute(deploymentEClass, DEPLOYMENT__DESCRIPTION);
		createEReference(deploymentEClass, DEPLOYMENT__SERVER);
		createEReference(deploymentEClass, DEPLOYMENT__ENROLLMENT);
		createEReference(deploymentEClass, DEPLOYMENT__APPLICATIONS);
		createEReference(deploymentEClass, DEPLOYMENT__DELIVERY_GROUPS);
		createEReference(deploymentEClass, DEPLOYMENT__EXCHANGE);
		createEReference(deploymentEClass, DEPLOYMENT__DIRECTORY);
		createEReference(deploymentEClass, DEPLOYMENT__POLICY_BINDINGS);
		createEReference(deploymentEClass, DEPLOYMENT__RULE_SUPPRESSIONS);

		endpointManagementServerEClass = createEClass(ENDPOINT_MANAGEMENT_SERVER);
		createEAttribute(endpointManagementServerEClass, ENDPOINT_MANAGEMENT_SERVER__FQDN);
		createEAttribute(endpointManagementServerEClass, ENDPOINT_MANAGEMENT_SERVER__VERSION);
		createEAttribute(endpointManagementServerEClass, ENDPOINT_MANAGEMENT_SERVER__INSTANCE_NAME);
		createEAttribute(endpointManagementServerEClass, ENDPOINT_MANAGEMENT_SERVER__HTTPS_PORT);
		createEAttribute(endpointManagementServerEClass, ENDPOINT_MANAGEMENT_SERVER__CONSOLE_PORT);
		createEReference(endpointManagementServerEClass, ENDPOINT_MANAGEMENT_SERVER__SERVER_PROPERTIES);
		createEReference(endpointManagementServerEClass, ENDPOINT_MANAGEMENT_SERVER__CLIENT_PROPERTIES);

		serverPropertyEClass = createEClass(SERVER_PROPERTY);
		createEAttribute(serverPropertyEClass, SERVER_PROPERTY__NAME);
		createEAttribute(serverPropertyEClass, SERVER_PROPERTY__VALUE);
		createEAttribute(serverPropertyEClass, SERVER_PROPERTY__DISPLAY_NAME);
		createEAttribute(serverPropertyEClass, SERVER_PROPERTY__DESCRIPTION);
		createEAttribute(serverPropertyEClass, SERVER_PROPERTY__DEFAULT_VALUE);

		clientPropertyEClass = createEClass(CLIENT_PROPERTY);
		createEAttribute(clientPropertyEClass, CLIENT_PROPERTY__KEY);
		createEAttribute(clientPropertyEClass, CLIENT_PROPERTY__VALUE);
		createEAttribute(clientPropertyEClass, CLIENT_PROPERTY__DISPLAY_NAME);
		createEAttribute(clientPropertyEClass, CLIENT_PROPERTY__DESCRIPTION);
		createEAttribute(clientPropertyEClass, CLIENT_PROPERTY__PREDEFINED);

		enrollmentEClass = createEClass(ENROLLMENT);
		createEAttribute(enrollmentEClass, ENROLLMENT__METHODS);
		createEReference(enrollmentEClass, ENROLLMENT__AUTO_DISCOVERY_REGISTRATIONS);

		autoDiscoveryRegistrationEClass = createEClass(AUTO_DISCOVERY_REGISTRATION);
		createEAttribute(autoDiscoveryRegistrationEClass, AUTO_DISCOVERY_REGISTRATION__DOMAIN);
		createEAttribute(autoDiscoveryRegistrationEClass, AUTO_DISCOVERY_REGISTRATION__SERVER_FQDN);
		createEAttribute(autoDiscoveryRegistrationEClass, AUTO_DISCOVERY_REGISTRATION__INSTANCE_NAME);
		createEAttribute(autoDiscoveryRegistrationEClass, AUTO_DISCOVERY_REGISTRATION__USER_ID_TYPE);
		createEAttribute(autoDiscoveryRegistrationEClass, AUTO_DISCOVERY_REGISTRATION__CLAIM_TOKEN);

		mdxApplicationEClass = createEClass(MDX_APPLICATION);
		createEAttribute(mdxApplicationEClass, MDX_APPLICATION__NAME);
		createEAttribute(mdxApplicationEClass, MDX_APPLICATION__PLATFORM);
		createEAttribute(mdxApplicationEClass, MDX_APPLICATION__ROLE);
		createEAttribute(mdxApplicationEClass, MDX_APPLICATION__PACKAGE_ID);
		createEAttribute(mdxApplicationEClass, MDX_APPLICATION__VERSION);
		createEAttribute(mdxApplicationEClass, MDX_APPLICATION__SOURCE_FILE);
		createEReference(mdxApplicationEClass, MDX_APPLICATION__POLICIES);
		createEReference(mdxApplicationEClass, MDX_APPLICATION__POLICY_VALUES);

		policyDefinitionEClass = createEClass(POLICY_DEFINITION);
		createEAttribute(policyDefinitionEClass, POLICY_DEFINITION__NAME);
		createEAttribute(policyDefinitionEClass, POLICY_DEFINITION__TYPE);
		createEAttribute(policyDefinitionEClass, POLICY_DEFINITION__CATEGORY);
		createEAttribute(policyDefinitionEClass, POLICY_DEFINITION__DEFAULT_VALUE);
		createEAttribute(policyDefinitionEClass, POLICY_DEFINITION__TITLE);
		createEAttribute(policyDefinitionEClass, POLICY_DEFINITION__DESCRIPTION);
		createEReference(policyDefinitionEClass, POLICY_DEFINITION__ALLOWED_VALUES);

		allowedValueEClass = createEClass(ALLOWED_VALUE);
		createEAttribute(allowedValueEClass, ALLOWED_VALUE__VALUE);
		createEAttribute(allowedValueEClass, ALLOWED_VALUE__LABEL);

		policyValueEClass = createEClass(POLICY_VALUE);
		createEAttribute(policyValueEClass, POLICY_VALUE__POLICY_NAME);
		createEAttribute(policyValueEClass, POLICY_VALUE__VALUE);

		policyBindingEClass = createEClass(POLICY_BINDING);
		createEAttribute(policyBindingEClass, POLICY_BINDING__APP_ROLE);
		createEAttribute(policyBindingEClass, POLICY_BINDING__POLICY_NAME);
		createEAttribute(policyBindingEClass, POLICY_BINDING__MEANING);
		createEReference(policyBindingEClass, POLICY_BINDING__VALUE_BINDINGS);

		policyValueBindingEClass = createEClass(POLICY_VALUE_BINDING);
		createEAttribute(policyValueBindingEClass, POLICY_VALUE_BINDING__VALUE);
		createEAttribute(policyValueBindingEClass, POLICY_VALUE_BINDING__MEANING);

		deliveryGroupEClass = createEClass(DELIVERY_GROUP);
		createEAttribute(deliveryGroupEClass, DELIVERY_GROUP__NAME);
		createEAttribute(deliveryGroupEClass, DELIVERY_GROUP__DESCRIPTION);
		createEAttribute(deliveryGroupEClass, DELIVERY_GROUP__ENABLED);
		createEAttribute(deliveryGroupEClass, DELIVERY_GROUP__BUILT_IN);
		createEReference(deliveryGroupEClass, DELIVERY_GROUP__USERS);
		createEReference(deliveryGroupEClass, DELIVERY_GROUP__GROUPS);
		createEAttribute(deliveryGroupEClass, DELIVERY_GROUP__MEMBERSHIP_RULES);
		createEReference(deliveryGroupEClass, DELIVERY_GROUP__APPLICATIONS);
		createEReference(deliveryGroupEClass, DELIVERY_GROUP__DEVICE_POLICIES);
		createEReference(deliveryGroupEClass, DELIVERY_GROUP__SMART_ACTIONS);

		directoryPrincipalEClass = createEClass(DIRECTORY_PRINCIPAL);
		createEAttribute(directoryPrincipalEClass, DIRECTORY_PRINCIPAL__DOMAIN_NAME);
		createEAttribute(directoryPrincipalEClass, DIRECTORY_PRINCIPAL__UNIQUE_ID);
		createEAttribute(directoryPrincipalEClass, DIRECTORY_PRINCIPAL__NAME);

		appAssignmentEClass = createEClass(APP_ASSIGNMENT);
		createEReference(appAssignmentEClass, APP_ASSIGNMENT__APPLICATION);
		createEAttribute(appAssignmentEClass, APP_ASSIGNMENT__REQUIRED);
		createEAttribute(appAssignmentEClass, APP_ASSIGNMENT__PRIORITY);

		resourceAssignmentEClass = createEClass(RESOURCE_ASSIGNMENT);
		createEAttribute(resourceAssignmentEClass, RESOURCE_ASSIGNMENT__NAME);
		createEAttribute(resourceAssignmentEClass, RESOURCE_ASSIGNMENT__PRIORITY);

		exchangeOrganizationEClass = createEClass(EXCHANGE_ORGANIZATION);
		createEReference(exchangeOrganizationEClass, EXCHANGE_ORGANIZATION__MAIL_DOMAINS);
		createEAttribute(exchangeOrganizationEClass, EXCHANGE_ORGANIZATION__LOGON_FORM);
		createEAttribute(exchangeOrganizationEClass, EXCHANGE_ORGANIZATION__NETBIOS_DOMAIN);
		createEAttribute(exchangeOrganizationEClass, EXCHANGE_ORGANIZATION__ACTIVE_SYNC_URL);

		mailDomainEClass = createEClass(MAIL_DOMAIN);
		createEAttribute(mailDomainEClass, MAIL_DOMAIN__NAME);
		createEReference(mailDomainEClass, MAIL_DOMAIN__EXPECTED_SRV_RECORDS);

		srvRecordEClass = createEClass(SRV_RECORD);
		createEAttribute(srvRecordEClass, SRV_RECORD__PRIORITY);
		createEAttribute(srvRecordEClass, SRV_RECORD__WEIGHT);
		createEAttribute(srvRecordEClass, SRV_RECORD__PORT);
		createEAttribute(srvRecordEClass, SRV_RECORD__TARGET);

		directoryEClass = createEClass(DIRECTORY);
		createEReference(directoryEClass, DIRECTORY__LDAP_SERVERS);
		createEAttribute(directoryEClass, DIRECTORY__USER_SEARCH_ATTRIBUTE);
		createEAttribute(directoryEClass, DIRECTORY__USER_ATTRIBUTES);
		createEReference(directoryEClass, DIRECTORY__PERSONAS);

		ldapServerEClass = createEClass(LDAP_SERVER);
		createEAttribute(ldapServerEClass, LDAP_SERVER__HOST);
		createEAttribute(ldapServerEClass, LDAP_SERVER__PORT);
		createEAttribute(ldapServerEClass, LDAP_SERVER__TLS_MODE);
		createEAttribute(ldapServerEClass, LDAP_SERVER__BASE_DN);
		createEAttribute(ldapServerEClass, LDAP_SERVER__BIND_DN);
		createEAttribute(ldapServerEClass, LDAP_SERVER__BIND_CREDENTIAL);

		personaEClass = createEClass(PERSONA);
		createEAttribute(personaEClass, PERSONA__DISPLAY_NAME);
		createEAttribute(personaEClass, PERSONA__MAIL);
		createEAttribute(personaEClass, PERSONA__USER_PRINCIPAL_NAME);
		createEAttribute(personaEClass, PERSONA__SAM_ACCOUNT_NAME);
		createEAttribute(personaEClass, PERSONA__EXPECTED_GROUPS);

		ruleSuppressionEClass = createEClass(RULE_SUPPRESSION);
		createEAttribute(ruleSuppressionEClass, RULE_SUPPRESSION__RULE_ID);
		createEAttribute(ruleSuppressionEClass, RULE_SUPPRESSION__OBJECT_PATH);
		createEAttribute(ruleSuppressionEClass, RULE_SUPPRESSION__REASON);

		// Create enums
		platformEEnum = createEEnum(PLATFORM);
		appRoleEEnum = createEEnum(APP_ROLE);
		enrollmentMethodEEnum = createEEnum(ENROLLMENT_METHOD);
		userIdTypeEEnum = createEEnum(USER_ID_TYPE);
		exchangeLogonFormEEnum = createEEnum(EXCHANGE_LOGON_FORM);
		tlsModeEEnum = createEEnum(TLS_MODE);
		policyMeaningEEnum = createEEnum(POLICY_MEANING);
		policyValueMeaningEEnum = createEEnum(POLICY_VALUE_MEANING);

		// Create data types
		serverVersionEDataType = createEDataType(SERVER_VERSION);
		credentialReferenceEDataType = createEDataType(CREDENTIAL_REFERENCE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(deploymentEClass, Deployment.class, "Deployment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeployment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Deployment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeployment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Deployment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeployment_Server(), this.getEndpointManagementServer(), null, "server", null, 0, 1, Deployment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeployment_Enrollment(), this.getEnrollment(), null, "enrollment", null, 0, 1, Deployment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeployment_Applications(), this.getMdxApplication(), null, "applications", null, 0, -1, Deployment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDeployment_Applications().getEKeys().add(this.getMdxApplication_Name());
		getDeployment_Applications().getEKeys().add(this.getMdxApplication_Platform());
		initEReference(getDeployment_DeliveryGroups(), this.getDeliveryGroup(), null, "deliveryGroups", null, 0, -1, Deployment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDeployment_DeliveryGroups().getEKeys().add(this.getDeliveryGroup_Name());
		initEReference(getDeployment_Exchange(), this.getExchangeOrganization(), null, "exchange", null, 0, 1, Deployment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeployment_Directory(), this.getDirectory(), null, "directory", null, 0, 1, Deployment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeployment_PolicyBindings(), this.getPolicyBinding(), null, "policyBindings", null, 0, -1, Deployment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDeployment_PolicyBindings().getEKeys().add(this.getPolicyBinding_AppRole());
		getDeployment_PolicyBindings().getEKeys().add(this.getPolicyBinding_PolicyName());
		initEReference(getDeployment_RuleSuppressions(), this.getRuleSuppression(), null, "ruleSuppressions", null, 0, -1, Deployment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDeployment_RuleSuppressions().getEKeys().add(this.getRuleSuppression_RuleId());
		getDeployment_RuleSuppressions().getEKeys().add(this.getRuleSuppression_ObjectPath());

		initEClass(endpointManagementServerEClass, EndpointManagementServer.class, "EndpointManagementServer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEndpointManagementServer_Fqdn(), ecorePackage.getEString(), "fqdn", null, 0, 1, EndpointManagementServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpointManagementServer_Version(), this.getServerVersion(), "version", null, 0, 1, EndpointManagementServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpointManagementServer_InstanceName(), ecorePackage.getEString(), "instanceName", "zdm", 0, 1, EndpointManagementServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpointManagementServer_HttpsPort(), ecorePackage.getEInt(), "httpsPort", "443", 0, 1, EndpointManagementServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpointManagementServer_ConsolePort(), ecorePackage.getEInt(), "consolePort", "4443", 0, 1, EndpointManagementServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEndpointManagementServer_ServerProperties(), this.getServerProperty(), null, "serverProperties", null, 0, -1, EndpointManagementServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getEndpointManagementServer_ServerProperties().getEKeys().add(this.getServerProperty_Name());
		initEReference(getEndpointManagementServer_ClientProperties(), this.getClientProperty(), null, "clientProperties", null, 0, -1, EndpointManagementServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getEndpointManagementServer_ClientProperties().getEKeys().add(this.getClientProperty_Key());

		initEClass(serverPropertyEClass, ServerProperty.class, "ServerProperty", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServerProperty_Name(), ecorePackage.getEString(), "name", null, 0, 1, ServerProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProperty_Value(), ecorePackage.getEString(), "value", null, 0, 1, ServerProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProperty_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, ServerProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProperty_Description(), ecorePackage.getEString(), "description", null, 0, 1, ServerProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServerProperty_DefaultValue(), ecorePackage.getEString(), "defaultValue", null, 0, 1, ServerProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clientPropertyEClass, ClientProperty.class, "ClientProperty", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClientProperty_Key(), ecorePackage.getEString(), "key", null, 0, 1, ClientProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientProperty_Value(), ecorePackage.getEString(), "value", null, 0, 1, ClientProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientProperty_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, ClientProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientProperty_Description(), ecorePackage.getEString(), "description", null, 0, 1, ClientProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClientProperty_Predefined(), ecorePackage.getEBoolean(), "predefined", null, 0, 1, ClientProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(enrollmentEClass, Enrollment.class, "Enrollment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEnrollment_Methods(), this.getEnrollmentMethod(), "methods", null, 0, -1, Enrollment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnrollment_AutoDiscoveryRegistrations(), this.getAutoDiscoveryRegistration(), null, "autoDiscoveryRegistrations", null, 0, -1, Enrollment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getEnrollment_AutoDiscoveryRegistrations().getEKeys().add(this.getAutoDiscoveryRegistration_Domain());

		initEClass(autoDiscoveryRegistrationEClass, AutoDiscoveryRegistration.class, "AutoDiscoveryRegistration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAutoDiscoveryRegistration_Domain(), ecorePackage.getEString(), "domain", null, 0, 1, AutoDiscoveryRegistration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAutoDiscoveryRegistration_ServerFqdn(), ecorePackage.getEString(), "serverFqdn", null, 0, 1, AutoDiscoveryRegistration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAutoDiscoveryRegistration_InstanceName(), ecorePackage.getEString(), "instanceName", "zdm", 0, 1, AutoDiscoveryRegistration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAutoDiscoveryRegistration_UserIdType(), this.getUserIdType(), "userIdType", null, 0, 1, AutoDiscoveryRegistration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAutoDiscoveryRegistration_ClaimToken(), ecorePackage.getEString(), "claimToken", null, 0, 1, AutoDiscoveryRegistration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mdxApplicationEClass, MdxApplication.class, "MdxApplication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMdxApplication_Name(), ecorePackage.getEString(), "name", null, 0, 1, MdxApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMdxApplication_Platform(), this.getPlatform(), "platform", null, 0, 1, MdxApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMdxApplication_Role(), this.getAppRole(), "role", null, 0, 1, MdxApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMdxApplication_PackageId(), ecorePackage.getEString(), "packageId", null, 0, 1, MdxApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMdxApplication_Version(), ecorePackage.getEString(), "version", null, 0, 1, MdxApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMdxApplication_SourceFile(), ecorePackage.getEString(), "sourceFile", null, 0, 1, MdxApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMdxApplication_Policies(), this.getPolicyDefinition(), null, "policies", null, 0, -1, MdxApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getMdxApplication_Policies().getEKeys().add(this.getPolicyDefinition_Name());
		initEReference(getMdxApplication_PolicyValues(), this.getPolicyValue(), null, "policyValues", null, 0, -1, MdxApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getMdxApplication_PolicyValues().getEKeys().add(this.getPolicyValue_PolicyName());

		initEClass(policyDefinitionEClass, PolicyDefinition.class, "PolicyDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyDefinition_Name(), ecorePackage.getEString(), "name", null, 0, 1, PolicyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyDefinition_Type(), ecorePackage.getEString(), "type", null, 0, 1, PolicyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyDefinition_Category(), ecorePackage.getEString(), "category", null, 0, 1, PolicyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyDefinition_DefaultValue(), ecorePackage.getEString(), "defaultValue", null, 0, 1, PolicyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyDefinition_Title(), ecorePackage.getEString(), "title", null, 0, 1, PolicyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyDefinition_Description(), ecorePackage.getEString(), "description", null, 0, 1, PolicyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyDefinition_AllowedValues(), this.getAllowedValue(), null, "allowedValues", null, 0, -1, PolicyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getPolicyDefinition_AllowedValues().getEKeys().add(this.getAllowedValue_Value());

		initEClass(allowedValueEClass, AllowedValue.class, "AllowedValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAllowedValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, AllowedValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAllowedValue_Label(), ecorePackage.getEString(), "label", null, 0, 1, AllowedValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyValueEClass, PolicyValue.class, "PolicyValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyValue_PolicyName(), ecorePackage.getEString(), "policyName", null, 0, 1, PolicyValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, PolicyValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyBindingEClass, PolicyBinding.class, "PolicyBinding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyBinding_AppRole(), this.getAppRole(), "appRole", null, 0, 1, PolicyBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyBinding_PolicyName(), ecorePackage.getEString(), "policyName", null, 0, 1, PolicyBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyBinding_Meaning(), this.getPolicyMeaning(), "meaning", null, 0, 1, PolicyBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyBinding_ValueBindings(), this.getPolicyValueBinding(), null, "valueBindings", null, 0, -1, PolicyBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getPolicyBinding_ValueBindings().getEKeys().add(this.getPolicyValueBinding_Value());

		initEClass(policyValueBindingEClass, PolicyValueBinding.class, "PolicyValueBinding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyValueBinding_Value(), ecorePackage.getEString(), "value", null, 0, 1, PolicyValueBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyValueBinding_Meaning(), this.getPolicyValueMeaning(), "meaning", null, 0, 1, PolicyValueBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deliveryGroupEClass, DeliveryGroup.class, "DeliveryGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeliveryGroup_Name(), ecorePackage.getEString(), "name", null, 0, 1, DeliveryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliveryGroup_Description(), ecorePackage.getEString(), "description", null, 0, 1, DeliveryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliveryGroup_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, DeliveryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliveryGroup_BuiltIn(), ecorePackage.getEBoolean(), "builtIn", null, 0, 1, DeliveryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeliveryGroup_Users(), this.getDirectoryPrincipal(), null, "users", null, 0, -1, DeliveryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDeliveryGroup_Users().getEKeys().add(this.getDirectoryPrincipal_DomainName());
		getDeliveryGroup_Users().getEKeys().add(this.getDirectoryPrincipal_UniqueId());
		initEReference(getDeliveryGroup_Groups(), this.getDirectoryPrincipal(), null, "groups", null, 0, -1, DeliveryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDeliveryGroup_Groups().getEKeys().add(this.getDirectoryPrincipal_DomainName());
		getDeliveryGroup_Groups().getEKeys().add(this.getDirectoryPrincipal_UniqueId());
		initEAttribute(getDeliveryGroup_MembershipRules(), ecorePackage.getEString(), "membershipRules", null, 0, 1, DeliveryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeliveryGroup_Applications(), this.getAppAssignment(), null, "applications", null, 0, -1, DeliveryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeliveryGroup_DevicePolicies(), this.getResourceAssignment(), null, "devicePolicies", null, 0, -1, DeliveryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDeliveryGroup_DevicePolicies().getEKeys().add(this.getResourceAssignment_Name());
		initEReference(getDeliveryGroup_SmartActions(), this.getResourceAssignment(), null, "smartActions", null, 0, -1, DeliveryGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDeliveryGroup_SmartActions().getEKeys().add(this.getResourceAssignment_Name());

		initEClass(directoryPrincipalEClass, DirectoryPrincipal.class, "DirectoryPrincipal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDirectoryPrincipal_DomainName(), ecorePackage.getEString(), "domainName", null, 0, 1, DirectoryPrincipal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectoryPrincipal_UniqueId(), ecorePackage.getEString(), "uniqueId", null, 0, 1, DirectoryPrincipal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectoryPrincipal_Name(), ecorePackage.getEString(), "name", null, 0, 1, DirectoryPrincipal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(appAssignmentEClass, AppAssignment.class, "AppAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAppAssignment_Application(), this.getMdxApplication(), null, "application", null, 0, 1, AppAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppAssignment_Required(), ecorePackage.getEBoolean(), "required", null, 0, 1, AppAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppAssignment_Priority(), ecorePackage.getEInt(), "priority", "-1", 0, 1, AppAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resourceAssignmentEClass, ResourceAssignment.class, "ResourceAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResourceAssignment_Name(), ecorePackage.getEString(), "name", null, 0, 1, ResourceAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceAssignment_Priority(), ecorePackage.getEInt(), "priority", "-1", 0, 1, ResourceAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(exchangeOrganizationEClass, ExchangeOrganization.class, "ExchangeOrganization", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExchangeOrganization_MailDomains(), this.getMailDomain(), null, "mailDomains", null, 0, -1, ExchangeOrganization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getExchangeOrganization_MailDomains().getEKeys().add(this.getMailDomain_Name());
		initEAttribute(getExchangeOrganization_LogonForm(), this.getExchangeLogonForm(), "logonForm", null, 0, 1, ExchangeOrganization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExchangeOrganization_NetbiosDomain(), ecorePackage.getEString(), "netbiosDomain", null, 0, 1, ExchangeOrganization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExchangeOrganization_ActiveSyncUrl(), ecorePackage.getEString(), "activeSyncUrl", null, 0, 1, ExchangeOrganization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mailDomainEClass, MailDomain.class, "MailDomain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMailDomain_Name(), ecorePackage.getEString(), "name", null, 0, 1, MailDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMailDomain_ExpectedSrvRecords(), this.getSrvRecord(), null, "expectedSrvRecords", null, 0, -1, MailDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getMailDomain_ExpectedSrvRecords().getEKeys().add(this.getSrvRecord_Target());
		getMailDomain_ExpectedSrvRecords().getEKeys().add(this.getSrvRecord_Port());

		initEClass(srvRecordEClass, SrvRecord.class, "SrvRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSrvRecord_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, SrvRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSrvRecord_Weight(), ecorePackage.getEInt(), "weight", null, 0, 1, SrvRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSrvRecord_Port(), ecorePackage.getEInt(), "port", "443", 0, 1, SrvRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSrvRecord_Target(), ecorePackage.getEString(), "target", null, 0, 1, SrvRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(directoryEClass, Directory.class, "Directory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDirectory_LdapServers(), this.getLdapServer(), null, "ldapServers", null, 0, -1, Directory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDirectory_LdapServers().getEKeys().add(this.getLdapServer_Host());
		getDirectory_LdapServers().getEKeys().add(this.getLdapServer_Port());
		initEAttribute(getDirectory_UserSearchAttribute(), ecorePackage.getEString(), "userSearchAttribute", "userPrincipalName", 0, 1, Directory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectory_UserAttributes(), ecorePackage.getEString(), "userAttributes", null, 0, -1, Directory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDirectory_Personas(), this.getPersona(), null, "personas", null, 0, -1, Directory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDirectory_Personas().getEKeys().add(this.getPersona_Mail());

		initEClass(ldapServerEClass, LdapServer.class, "LdapServer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLdapServer_Host(), ecorePackage.getEString(), "host", null, 0, 1, LdapServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLdapServer_Port(), ecorePackage.getEInt(), "port", "389", 0, 1, LdapServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLdapServer_TlsMode(), this.getTlsMode(), "tlsMode", null, 0, 1, LdapServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLdapServer_BaseDn(), ecorePackage.getEString(), "baseDn", null, 0, 1, LdapServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLdapServer_BindDn(), ecorePackage.getEString(), "bindDn", null, 0, 1, LdapServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLdapServer_BindCredential(), this.getCredentialReference(), "bindCredential", null, 0, 1, LdapServer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personaEClass, Persona.class, "Persona", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPersona_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Mail(), ecorePackage.getEString(), "mail", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_UserPrincipalName(), ecorePackage.getEString(), "userPrincipalName", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_SAMAccountName(), ecorePackage.getEString(), "sAMAccountName", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_ExpectedGroups(), ecorePackage.getEString(), "expectedGroups", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleSuppressionEClass, RuleSuppression.class, "RuleSuppression", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuleSuppression_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, RuleSuppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleSuppression_ObjectPath(), ecorePackage.getEString(), "objectPath", null, 0, 1, RuleSuppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleSuppression_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, RuleSuppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(platformEEnum, Platform.class, "Platform");
		addEEnumLiteral(platformEEnum, Platform.IOS);
		addEEnumLiteral(platformEEnum, Platform.ANDROID);

		initEEnum(appRoleEEnum, AppRole.class, "AppRole");
		addEEnumLiteral(appRoleEEnum, AppRole.OTHER);
		addEEnumLiteral(appRoleEEnum, AppRole.SECURE_MAIL);
		addEEnumLiteral(appRoleEEnum, AppRole.SECURE_HUB);

		initEEnum(enrollmentMethodEEnum, EnrollmentMethod.class, "EnrollmentMethod");
		addEEnumLiteral(enrollmentMethodEEnum, EnrollmentMethod.EMAIL_AUTODISCOVERY);
		addEEnumLiteral(enrollmentMethodEEnum, EnrollmentMethod.SERVER_ADDRESS_TYPED);
		addEEnumLiteral(enrollmentMethodEEnum, EnrollmentMethod.SERVER_ADDRESS_FROM_SECURE_HUB);

		initEEnum(userIdTypeEEnum, UserIdType.class, "UserIdType");
		addEEnumLiteral(userIdTypeEEnum, UserIdType.UPN);
		addEEnumLiteral(userIdTypeEEnum, UserIdType.EMAIL);

		initEEnum(exchangeLogonFormEEnum, ExchangeLogonForm.class, "ExchangeLogonForm");
		addEEnumLiteral(exchangeLogonFormEEnum, ExchangeLogonForm.UPN);
		addEEnumLiteral(exchangeLogonFormEEnum, ExchangeLogonForm.DOMAIN_BACKSLASH_USER);

		initEEnum(tlsModeEEnum, TlsMode.class, "TlsMode");
		addEEnumLiteral(tlsModeEEnum, TlsMode.NONE);
		addEEnumLiteral(tlsModeEEnum, TlsMode.LDAPS);
		addEEnumLiteral(tlsModeEEnum, TlsMode.STARTTLS);

		initEEnum(policyMeaningEEnum, PolicyMeaning.class, "PolicyMeaning");
		addEEnumLiteral(policyMeaningEEnum, PolicyMeaning.UNSPECIFIED);
		addEEnumLiteral(policyMeaningEEnum, PolicyMeaning.INITIAL_AUTHENTICATION_MECHANISM);
		addEEnumLiteral(policyMeaningEEnum, PolicyMeaning.INITIAL_AUTHENTICATION_CREDENTIALS);
		addEEnumLiteral(policyMeaningEEnum, PolicyMeaning.EXCHANGE_SERVER);
		addEEnumLiteral(policyMeaningEEnum, PolicyMeaning.USER_DOMAIN);

		initEEnum(policyValueMeaningEEnum, PolicyValueMeaning.class, "PolicyValueMeaning");
		addEEnumLiteral(policyValueMeaningEEnum, PolicyValueMeaning.UNSPECIFIED);
		addEEnumLiteral(policyValueMeaningEEnum, PolicyValueMeaning.USER_EMAIL_ADDRESS);
		addEEnumLiteral(policyValueMeaningEEnum, PolicyValueMeaning.USER_PRINCIPAL_NAME);
		addEEnumLiteral(policyValueMeaningEEnum, PolicyValueMeaning.SAM_ACCOUNT_NAME);

		// Initialize data types
		initEDataType(serverVersionEDataType, ServerVersion.class, "ServerVersion", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(credentialReferenceEDataType, CredentialReference.class, "CredentialReference", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //DeploymentPackageImpl
