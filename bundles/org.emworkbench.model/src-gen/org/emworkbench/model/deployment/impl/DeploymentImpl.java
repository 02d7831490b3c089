/**
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.model.deployment.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.Enrollment;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.RuleSuppression;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deployment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeploymentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeploymentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeploymentImpl#getServer <em>Server</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeploymentImpl#getEnrollment <em>Enrollment</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeploymentImpl#getApplications <em>Applications</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeploymentImpl#getDeliveryGroups <em>Delivery Groups</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeploymentImpl#getExchange <em>Exchange</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeploymentImpl#getDirectory <em>Directory</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeploymentImpl#getPolicyBindings <em>Policy Bindings</em>}</li>
 *   <li>{@link org.emworkbench.model.deployment.impl.DeploymentImpl#getRuleSuppressions <em>Rule Suppressions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeploymentImpl extends MinimalEObjectImpl.Container implements Deployment {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServer() <em>Server</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServer()
	 * @generated
	 * @ordered
	 */
	protected EndpointManagementServer server;

	/**
	 * The cached value of the '{@link #getEnrollment() <em>Enrollment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrollment()
	 * @generated
	 * @ordered
	 */
	protected Enrollment enrollment;

	/**
	 * The cached value of the '{@link #getApplications() <em>Applications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplications()
	 * @generated
	 * @ordered
	 */
	protected EList<MdxApplication> applications;

	/**
	 * The cached value of the '{@link #getDeliveryGroups() <em>Delivery Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveryGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<DeliveryGroup> deliveryGroups;

	/**
	 * The cached value of the '{@link #getExchange() <em>Exchange</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExchange()
	 * @generated
	 * @ordered
	 */
	protected ExchangeOrganization exchange;

	/**
	 * The cached value of the '{@link #getDirectory() <em>Directory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectory()
	 * @generated
	 * @ordered
	 */
	protected Directory directory;

	/**
	 * The cached value of the '{@link #getPolicyBindings() <em>Policy Bindings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyBindings()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyBinding> policyBindings;

	/**
	 * The cached value of the '{@link #getRuleSuppressions() <em>Rule Suppressions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleSuppressions()
	 * @generated
	 * @ordered
	 */
	protected EList<RuleSuppression> ruleSuppressions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeploymentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeploymentPackage.Literals.DEPLOYMENT;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointManagementServer getServer() {
		return server;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetServer(EndpointManagementServer newServer, NotificationChain msgs) {
		EndpointManagementServer oldServer = server;
		server = newServer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT__SERVER, oldServer, newServer);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServer(EndpointManagementServer newServer) {
		if (newServer != server) {
			NotificationChain msgs = null;
			if (server != null)
				msgs = ((InternalEObject)server).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DeploymentPackage.DEPLOYMENT__SERVER, null, msgs);
			if (newServer != null)
				msgs = ((InternalEObject)newServer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DeploymentPackage.DEPLOYMENT__SERVER, null, msgs);
			msgs = basicSetServer(newServer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT__SERVER, newServer, newServer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enrollment getEnrollment() {
		return enrollment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnrollment(Enrollment newEnrollment, NotificationChain msgs) {
		Enrollment oldEnrollment = enrollment;
		enrollment = newEnrollment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT__ENROLLMENT, oldEnrollment, newEnrollment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnrollment(Enrollment newEnrollment) {
		if (newEnrollment != enrollment) {
			NotificationChain msgs = null;
			if (enrollment != null)
				msgs = ((InternalEObject)enrollment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DeploymentPackage.DEPLOYMENT__ENROLLMENT, null, msgs);
			if (newEnrollment != null)
				msgs = ((InternalEObject)newEnrollment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DeploymentPackage.DEPLOYMENT__ENROLLMENT, null, msgs);
			msgs = basicSetEnrollment(newEnrollment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT__ENROLLMENT, newEnrollment, newEnrollment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MdxApplication> getApplications() {
		if (applications == null) {
			applications = new EObjectContainmentEList<MdxApplication>(MdxApplication.class, this, DeploymentPackage.DEPLOYMENT__APPLICATIONS);
		}
		return applications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeliveryGroup> getDeliveryGroups() {
		if (deliveryGroups == null) {
			deliveryGroups = new EObjectContainmentEList<DeliveryGroup>(DeliveryGroup.class, this, DeploymentPackage.DEPLOYMENT__DELIVERY_GROUPS);
		}
		return deliveryGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExchangeOrganization getExchange() {
		return exchange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExchange(ExchangeOrganization newExchange, NotificationChain msgs) {
		ExchangeOrganization oldExchange = exchange;
		exchange = newExchange;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT__EXCHANGE, oldExchange, newExchange);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExchange(ExchangeOrganization newExchange) {
		if (newExchange != exchange) {
			NotificationChain msgs = null;
			if (exchange != null)
				msgs = ((InternalEObject)exchange).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DeploymentPackage.DEPLOYMENT__EXCHANGE, null, msgs);
			if (newExchange != null)
				msgs = ((InternalEObject)newExchange).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DeploymentPackage.DEPLOYMENT__EXCHANGE, null, msgs);
			msgs = basicSetExchange(newExchange, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT__EXCHANGE, newExchange, newExchange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Directory getDirectory() {
		return directory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDirectory(Directory newDirectory, NotificationChain msgs) {
		Directory oldDirectory = directory;
		directory = newDirectory;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT__DIRECTORY, oldDirectory, newDirectory);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectory(Directory newDirectory) {
		if (newDirectory != directory) {
			NotificationChain msgs = null;
			if (directory != null)
				msgs = ((InternalEObject)directory).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DeploymentPackage.DEPLOYMENT__DIRECTORY, null, msgs);
			if (newDirectory != null)
				msgs = ((InternalEObject)newDirectory).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DeploymentPackage.DEPLOYMENT__DIRECTORY, null, msgs);
			msgs = basicSetDirectory(newDirectory, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeploymentPackage.DEPLOYMENT__DIRECTORY, newDirectory, newDirectory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyBinding> getPolicyBindings() {
		if (policyBindings == null) {
			policyBindings = new EObjectContainmentEList<PolicyBinding>(PolicyBinding.class, this, DeploymentPackage.DEPLOYMENT__POLICY_BINDINGS);
		}
		return policyBindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuleSuppression> getRuleSuppressions() {
		if (ruleSuppressions == null) {
			ruleSuppressions = new EObjectContainmentEList<RuleSuppression>(RuleSuppression.class, this, DeploymentPackage.DEPLOYMENT__RULE_SUPPRESSIONS);
		}
		return ruleSuppressions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DeploymentPackage.DEPLOYMENT__SERVER:
				return basicSetServer(null, msgs);
			case DeploymentPackage.DEPLOYMENT__ENROLLMENT:
				return basicSetEnrollment(null, msgs);
			case DeploymentPackage.DEPLOYMENT__APPLICATIONS:
				return ((InternalEList<?>)getApplications()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.DEPLOYMENT__DELIVERY_GROUPS:
				return ((InternalEList<?>)getDeliveryGroups()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.DEPLOYMENT__EXCHANGE:
				return basicSetExchange(null, msgs);
			case DeploymentPackage.DEPLOYMENT__DIRECTORY:
				return basicSetDirectory(null, msgs);
			case DeploymentPackage.DEPLOYMENT__POLICY_BINDINGS:
				return ((InternalEList<?>)getPolicyBindings()).basicRemove(otherEnd, msgs);
			case DeploymentPackage.DEPLOYMENT__RULE_SUPPRESSIONS:
				return ((InternalEList<?>)getRuleSuppressions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeploymentPackage.DEPLOYMENT__NAME:
				return getName();
			case DeploymentPackage.DEPLOYMENT__DESCRIPTION:
				return getDescription();
			case DeploymentPackage.DEPLOYMENT__SERVER:
				return getServer();
			case DeploymentPackage.DEPLOYMENT__ENROLLMENT:
				return getEnrollment();
			case DeploymentPackage.DEPLOYMENT__APPLICATIONS:
				return getApplications();
			case DeploymentPackage.DEPLOYMENT__DELIVERY_GROUPS:
				return getDeliveryGroups();
			case DeploymentPackage.DEPLOYMENT__EXCHANGE:
				return getExchange();
			case DeploymentPackage.DEPLOYMENT__DIRECTORY:
				return getDirectory();
			case DeploymentPackage.DEPLOYMENT__POLICY_BINDINGS:
				return getPolicyBindings();
			case DeploymentPackage.DEPLOYMENT__RULE_SUPPRESSIONS:
				return getRuleSuppressions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DeploymentPackage.DEPLOYMENT__NAME:
				setName((String)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT__SERVER:
				setServer((EndpointManagementServer)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT__ENROLLMENT:
				setEnrollment((Enrollment)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT__APPLICATIONS:
				getApplications().clear();
				getApplications().addAll((Collection<? extends MdxApplication>)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT__DELIVERY_GROUPS:
				getDeliveryGroups().clear();
				getDeliveryGroups().addAll((Collection<? extends DeliveryGroup>)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT__EXCHANGE:
				setExchange((ExchangeOrganization)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT__DIRECTORY:
				setDirectory((Directory)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT__POLICY_BINDINGS:
				getPolicyBindings().clear();
				getPolicyBindings().addAll((Collection<? extends PolicyBinding>)newValue);
				return;
			case DeploymentPackage.DEPLOYMENT__RULE_SUPPRESSIONS:
				getRuleSuppressions().clear();
				getRuleSuppressions().addAll((Collection<? extends RuleSuppression>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DeploymentPackage.DEPLOYMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DeploymentPackage.DEPLOYMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case DeploymentPackage.DEPLOYMENT__SERVER:
				setServer((EndpointManagementServer)null);
				return;
			case DeploymentPackage.DEPLOYMENT__ENROLLMENT:
				setEnrollment((Enrollment)null);
				return;
			case DeploymentPackage.DEPLOYMENT__APPLICATIONS:
				getApplications().clear();
				return;
			case DeploymentPackage.DEPLOYMENT__DELIVERY_GROUPS:
				getDeliveryGroups().clear();
				return;
			case DeploymentPackage.DEPLOYMENT__EXCHANGE:
				setExchange((ExchangeOrganization)null);
				return;
			case DeploymentPackage.DEPLOYMENT__DIRECTORY:
				setDirectory((Directory)null);
				return;
			case DeploymentPackage.DEPLOYMENT__POLICY_BINDINGS:
				getPolicyBindings().clear();
				return;
			case DeploymentPackage.DEPLOYMENT__RULE_SUPPRESSIONS:
				getRuleSuppressions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DeploymentPackage.DEPLOYMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DeploymentPackage.DEPLOYMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case DeploymentPackage.DEPLOYMENT__SERVER:
				return server != null;
			case DeploymentPackage.DEPLOYMENT__ENROLLMENT:
				return enrollment != null;
			case DeploymentPackage.DEPLOYMENT__APPLICATIONS:
				return applications != null && !applications.isEmpty();
			case DeploymentPackage.DEPLOYMENT__DELIVERY_GROUPS:
				return deliveryGroups != null && !deliveryGroups.isEmpty();
			case DeploymentPackage.DEPLOYMENT__EXCHANGE:
				return exchange != null;
			case DeploymentPackage.DEPLOYMENT__DIRECTORY:
				return directory != null;
			case DeploymentPackage.DEPLOYMENT__POLICY_BINDINGS:
				return policyBindings != null && !policyBindings.isEmpty();
			case DeploymentPackage.DEPLOYMENT__RULE_SUPPRESSIONS:
				return ruleSuppressions != null && !ruleSuppressions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //DeploymentImpl
