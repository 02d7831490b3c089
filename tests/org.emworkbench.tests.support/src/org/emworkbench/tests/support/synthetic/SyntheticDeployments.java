/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.tests.support.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
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
import org.emworkbench.model.deployment.ServerProperty;
import org.emworkbench.model.deployment.SrvRecord;
import org.emworkbench.model.deployment.TlsMode;
import org.emworkbench.model.deployment.UserIdType;

/**
 * Builds synthetic deployment models of a given {@link DeploymentShape}, for
 * tests and benchmarks that need big models. Plain Java: works with or without
 * OSGi.
 * <p>
 * The same shape and seed always give an equal model ({@code EcoreUtil.equals}),
 * on any JVM: all variation comes from {@link Random}, whose sequence the Java
 * specification fixes. Every key the model declares (client property key, app
 * name and platform, delivery group name, ...) is unique where the model says
 * it must be, and every app assignment refers to an app of the same deployment,
 * so a generated model saves and loads like a real one. Host names use the
 * reserved {@code .example} domain; credentials are references to an
 * environment variable, never secrets.
 */
public final class SyntheticDeployments {

    /** Realistic MDX policy names; an index is appended once they are used up. */
    private static final List<String> POLICY_STEMS = List.of("InitialAuthenticationMechanism",
            "InitialAuthenticationCredentials", "ExchangeServer", "UserDomain", "OnlineSessionRequired",
            "BlockJailbrokenDevices", "AppPasscode", "InactivityTimer", "CutAndCopy", "Paste", "DocumentExchange",
            "NetworkAccess", "BlockCamera", "BlockGallery", "BlockMicrophone", "BlockLocationServices",
            "BlockSmsCompose", "BlockScreenCapture", "BlockPrinting", "EncryptLogs", "MaxOfflinePeriod",
            "ReauthenticationPeriod", "MinimumSdkVersion", "PreferredVpnMode");

    private static final List<String> CATEGORIES = List.of("Authentication", "Device Security", "Network Access",
            "App Interaction", "App Restrictions", "Miscellaneous");

    private static final List<String> FREE_POLICY_TYPES = List.of("boolean", "string", "int");

    private final DeploymentFactory factory = DeploymentFactory.eINSTANCE;
    private final DeploymentShape shape;
    private final Random random;
    private final List<MdxApplication> applications;

    private SyntheticDeployments(DeploymentShape shape, long seed) {
        this.shape = shape;
        this.random = new Random(seed);
        this.applications = new ArrayList<>(shape.applications());
    }

    /**
     * @param shape how many objects of which kind
     * @param seed  the seed of all variation in names and values
     * @return a new deployment, in no resource, with exactly
     *         {@code shape.objectCount()} objects
     */
    public static Deployment generate(DeploymentShape shape, long seed) {
        return new SyntheticDeployments(shape, seed).deployment(seed);
    }

    /**
     * @param root a model's root
     * @return the number of objects in the containment tree of {@code root},
     *         {@code root} included
     */
    public static long countObjects(EObject root) {
        long count = 1;
        for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext(); contents.next()) {
            count++;
        }
        return count;
    }

    private Deployment deployment(long seed) {
        Deployment deployment = factory.createDeployment();
        deployment.setName("Synthetic " + seed);
        deployment.setDescription("Generated for tests and benchmarks: " + shape);
        deployment.setServer(server());
        deployment.setEnrollment(enrollment());
        for (int index = 0; index < shape.applications(); index++) {
            MdxApplication application = application(index);
            applications.add(application);
            deployment.getApplications().add(application);
        }
        for (int index = 0; index < shape.deliveryGroups(); index++) {
            deployment.getDeliveryGroups().add(deliveryGroup(index));
        }
        deployment.setExchange(exchange());
        deployment.setDirectory(directory());
        addPolicyBindings(deployment);
        return deployment;
    }

    private EndpointManagementServer server() {
        EndpointManagementServer server = factory.createEndpointManagementServer();
        server.setFqdn("emm." + mailDomain(0));
        server.setVersion(ServerVersion.valueOf("10." + (10 + random.nextInt(10))));
        for (int index = 0; index < shape.clientProperties(); index++) {
            ClientProperty property = factory.createClientProperty();
            property.setKey(index == 0 ? "ENABLE_PASSCODE_AUTH" : String.format("CLIENT_PROPERTY_%05d", index));
            property.setValue(index == 0 ? "true" : value(random.nextInt(3)));
            property.setDisplayName("Client property " + index);
            property.setDescription(sentence());
            property.setPredefined(random.nextBoolean());
            server.getClientProperties().add(property);
        }
        for (int index = 0; index < shape.serverProperties(); index++) {
            ServerProperty property = factory.createServerProperty();
            property.setName(String.format("server.property.%05d", index));
            String value = value(random.nextInt(3));
            property.setValue(value);
            property.setDefaultValue(random.nextInt(4) == 0 ? value(random.nextInt(3)) : value);
            property.setDisplayName("Server property " + index);
            property.setDescription(sentence());
            server.getServerProperties().add(property);
        }
        return server;
    }

    private Enrollment enrollment() {
        Enrollment enrollment = factory.createEnrollment();
        enrollment.getMethods().add(EnrollmentMethod.EMAIL_AUTODISCOVERY);
        enrollment.getMethods().add(EnrollmentMethod.SERVER_ADDRESS_FROM_SECURE_HUB);
        for (int index = 0; index < shape.mailDomains(); index++) {
            AutoDiscoveryRegistration registration = factory.createAutoDiscoveryRegistration();
            registration.setDomain(mailDomain(index));
            registration.setServerFqdn("emm." + mailDomain(0));
            registration.setUserIdType(random.nextBoolean() ? UserIdType.UPN : UserIdType.EMAIL);
            registration.setClaimToken(Long.toHexString(random.nextLong()));
            enrollment.getAutoDiscoveryRegistrations().add(registration);
        }
        return enrollment;
    }

    /** Apps come in pairs, one name for iOS and Android; the first two pairs are Secure Mail and Secure Hub. */
    private MdxApplication application(int index) {
        int pair = index / 2;
        MdxApplication application = factory.createMdxApplication();
        application.setPlatform(index % 2 == 0 ? Platform.IOS : Platform.ANDROID);
        application.setRole(pair == 0 ? AppRole.SECURE_MAIL : pair == 1 ? AppRole.SECURE_HUB : AppRole.OTHER);
        application.setName(pair == 0 ? "Secure Mail" : pair == 1 ? "Secure Hub" : String.format("App %04d", pair));
        application.setPackageId(String.format("com.example.app%04d", pair));
        application.setVersion("%d.%d.%d".formatted(20 + random.nextInt(5), random.nextInt(12), random.nextInt(10)));
        application.setSourceFile(String.format("app%04d-%s.mdx", pair, application.getPlatform().getLiteral()));
        for (int policy = 0; policy < shape.policiesPerApplication(); policy++) {
            application.getPolicies().add(policyDefinition(policy));
        }
        for (int policy = 0; policy < shape.policyValuesPerApplication(); policy++) {
            PolicyDefinition definition = application.getPolicies().get(policy);
            PolicyValue value = factory.createPolicyValue();
            value.setPolicyName(definition.getName());
            value.setValue(valueFor(definition));
            application.getPolicyValues().add(value);
        }
        return application;
    }

    private PolicyDefinition policyDefinition(int index) {
        PolicyDefinition definition = factory.createPolicyDefinition();
        definition.setName(policyName(index));
        definition.setCategory(CATEGORIES.get(random.nextInt(CATEGORIES.size())));
        definition.setTitle("Policy " + index);
        definition.setDescription(sentence());
        boolean enumerated = shape.enumeratedPolicyEvery() > 0 && index % shape.enumeratedPolicyEvery() == 0;
        if (enumerated) {
            definition.setType("enum");
            for (int option = 0; option < shape.allowedValuesPerEnumeration(); option++) {
                AllowedValue allowed = factory.createAllowedValue();
                allowed.setValue("option" + option);
                allowed.setLabel("Option " + option);
                definition.getAllowedValues().add(allowed);
            }
            definition.setDefaultValue(shape.allowedValuesPerEnumeration() > 0 ? "option0" : "");
        } else {
            definition.setType(FREE_POLICY_TYPES.get(random.nextInt(FREE_POLICY_TYPES.size())));
            definition.setDefaultValue(valueFor(definition));
        }
        return definition;
    }

    private static String policyName(int index) {
        String stem = POLICY_STEMS.get(index % POLICY_STEMS.size());
        int round = index / POLICY_STEMS.size();
        return round == 0 ? stem : stem + round;
    }

    private String valueFor(PolicyDefinition definition) {
        return switch (definition.getType()) {
            case "enum" -> definition.getAllowedValues().isEmpty() ? ""
                    : definition.getAllowedValues().get(random.nextInt(definition.getAllowedValues().size()))
                            .getValue();
            case "boolean" -> value(0);
            case "int" -> value(1);
            default -> value(2);
        };
    }

    /** @param kind 0 a boolean, 1 a number, 2 a short text */
    private String value(int kind) {
        return switch (kind) {
            case 0 -> Boolean.toString(random.nextBoolean());
            case 1 -> Integer.toString(random.nextInt(1_000));
            default -> "value-" + Integer.toString(random.nextInt(1 << 20), 36);
        };
    }

    private DeliveryGroup deliveryGroup(int index) {
        DeliveryGroup group = factory.createDeliveryGroup();
        boolean allUsers = index == 0;
        group.setName(allUsers ? "AllUsers" : String.format("Delivery Group %05d", index));
        group.setBuiltIn(allUsers);
        group.setEnabled(allUsers || random.nextInt(10) != 0);
        group.setDescription(sentence());
        if (random.nextInt(4) == 0) {
            group.setMembershipRules("{\"property\":\"department\",\"operator\":\"is\",\"value\":\"Department "
                    + random.nextInt(50) + "\"}");
        }
        int firstUser = random.nextInt(1_000_000);
        for (int member = 0; member < shape.principalsPerGroup(); member++) {
            DirectoryPrincipal principal = factory.createDirectoryPrincipal();
            String domain = mailDomain(random.nextInt(Math.max(1, shape.mailDomains())));
            principal.setDomainName(domain);
            // Consecutive numbers keep the keys (domain, unique id) distinct within the group.
            int number = firstUser + member;
            if (member % 5 == 4) {
                principal.setUniqueId("CN=Group " + number + ",OU=Groups," + distinguishedName(domain));
                principal.setName("Group " + number);
                group.getGroups().add(principal);
            } else {
                principal.setUniqueId(String.format("user%07d", number));
                principal.setName("User " + number);
                group.getUsers().add(principal);
            }
        }
        Set<Integer> delivered = new LinkedHashSet<>();
        while (delivered.size() < shape.appAssignmentsPerGroup()) {
            delivered.add(random.nextInt(applications.size()));
        }
        for (int application : delivered) {
            AppAssignment assignment = factory.createAppAssignment();
            assignment.setApplication(applications.get(application));
            assignment.setRequired(random.nextInt(3) == 0);
            assignment.setPriority(random.nextInt(4) == 0 ? random.nextInt(10) : -1);
            group.getApplications().add(assignment);
        }
        return group;
    }

    private ExchangeOrganization exchange() {
        ExchangeOrganization exchange = factory.createExchangeOrganization();
        exchange.setLogonForm(random.nextBoolean() ? ExchangeLogonForm.UPN : ExchangeLogonForm.DOMAIN_BACKSLASH_USER);
        exchange.setNetbiosDomain("CORP");
        exchange.setActiveSyncUrl("https://mail." + mailDomain(0) + "/Microsoft-Server-ActiveSync");
        for (int index = 0; index < shape.mailDomains(); index++) {
            MailDomain domain = factory.createMailDomain();
            domain.setName(mailDomain(index));
            for (int record = 0; record < shape.srvRecordsPerDomain(); record++) {
                SrvRecord srv = factory.createSrvRecord();
                srv.setPriority(record);
                srv.setWeight(random.nextInt(101));
                srv.setPort(443);
                srv.setTarget("mail" + record + "." + mailDomain(index) + ".");
                domain.getExpectedSrvRecords().add(srv);
            }
            exchange.getMailDomains().add(domain);
        }
        return exchange;
    }

    private Directory directory() {
        Directory directory = factory.createDirectory();
        directory.getUserAttributes().addAll(List.of("userPrincipalName", "sAMAccountName", "displayName", "mail"));
        for (int index = 0; index < DeploymentShape.LDAP_SERVERS; index++) {
            LdapServer server = factory.createLdapServer();
            server.setHost("dc" + (index + 1) + "." + mailDomain(0));
            server.setPort(636);
            server.setTlsMode(TlsMode.LDAPS);
            server.setBaseDn(distinguishedName(mailDomain(0)));
            server.setBindDn("CN=svc-emm,OU=Service Accounts," + distinguishedName(mailDomain(0)));
            server.setBindCredential(CredentialReference.environment("EMW_LDAP_BIND_PASSWORD"));
            directory.getLdapServers().add(server);
        }
        for (int index = 0; index < shape.personas(); index++) {
            Persona persona = factory.createPersona();
            String domain = mailDomain(index % shape.mailDomains());
            String account = String.format("persona%05d", index);
            persona.setDisplayName("Persona " + index);
            persona.setMail(account + "@" + domain);
            persona.setUserPrincipalName(account + "@" + domain);
            persona.setSAMAccountName(account);
            persona.getExpectedGroups().add("CN=Mobile Users,OU=Groups," + distinguishedName(domain));
            persona.getExpectedGroups().add("CN=Group " + random.nextInt(1_000) + ",OU=Groups," + distinguishedName(domain));
            directory.getPersonas().add(persona);
        }
        return directory;
    }

    /** Exactly {@link DeploymentShape#POLICY_BINDING_OBJECTS} objects: Secure Mail's SSO policies. */
    private void addPolicyBindings(Deployment deployment) {
        PolicyBinding mechanism = binding(policyName(0), PolicyMeaning.INITIAL_AUTHENTICATION_MECHANISM);
        mechanism.getValueBindings().add(valueBinding("option0", PolicyValueMeaning.USER_EMAIL_ADDRESS));
        PolicyBinding credentials = binding(policyName(1), PolicyMeaning.INITIAL_AUTHENTICATION_CREDENTIALS);
        credentials.getValueBindings().add(valueBinding("option0", PolicyValueMeaning.USER_PRINCIPAL_NAME));
        credentials.getValueBindings().add(valueBinding("option1", PolicyValueMeaning.SAM_ACCOUNT_NAME));
        deployment.getPolicyBindings().addAll(List.of(mechanism, credentials,
                binding(policyName(2), PolicyMeaning.EXCHANGE_SERVER), binding(policyName(3), PolicyMeaning.USER_DOMAIN)));
    }

    private PolicyBinding binding(String policyName, PolicyMeaning meaning) {
        PolicyBinding binding = factory.createPolicyBinding();
        binding.setAppRole(AppRole.SECURE_MAIL);
        binding.setPolicyName(policyName);
        binding.setMeaning(meaning);
        return binding;
    }

    private PolicyValueBinding valueBinding(String value, PolicyValueMeaning meaning) {
        PolicyValueBinding binding = factory.createPolicyValueBinding();
        binding.setValue(value);
        binding.setMeaning(meaning);
        return binding;
    }

    private static String mailDomain(int index) {
        return String.format("corp%03d.example", index);
    }

    private static String distinguishedName(String domain) {
        return "DC=" + domain.replace(".", ",DC=");
    }

    /** A short text of 4 to 11 words, the typical length of a description in the console. */
    private String sentence() {
        int words = 4 + random.nextInt(8);
        StringBuilder text = new StringBuilder("Synthetic");
        for (int word = 1; word < words; word++) {
            text.append(' ').append(Integer.toString(random.nextInt(1 << 16), 36));
        }
        return text.append('.').toString();
    }
}
