/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.emworkbench.model.compare.ComparisonProfile;
import org.emworkbench.model.compare.ComparisonResult;
import org.emworkbench.model.compare.Difference;
import org.emworkbench.model.compare.FeatureNames;
import org.emworkbench.model.compare.ModelComparison;
import org.emworkbench.model.compare.UnknownFeatureException;
import org.emworkbench.model.deployment.AllowedValue;
import org.emworkbench.model.deployment.ClientProperty;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DeploymentFactory;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.UserIdType;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.tests.support.synthetic.DeploymentShape;
import org.emworkbench.tests.support.synthetic.SyntheticDeployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ModelComparisonTest {

    private static final DeploymentFactory FACTORY = DeploymentFactory.eINSTANCE;

    private final Deployment left = Differences.load(Examples.file("contoso/contoso.emw"));
    private final Deployment right = EcoreUtil.copy(left);

    @Test
    void reorderingEveryUnorderedListIsNoDifference() {
        reverseAllLists(right);
        assertEquals(List.of(), Differences.between(left, right));
    }

    @Test
    void theOrderOfLdapServersMatters() {
        ECollections.reverse(right.getDirectory().getLdapServers());
        assertEquals(List.of("reordered /directory/ldapServers: [dc1.contoso.com,636, dc2.contoso.com,636]"
                + " -> [dc2.contoso.com,636, dc1.contoso.com,636]"), Differences.between(left, right));
    }

    @Test
    void aChangeOfTheRootIsAChangedFeatureOfSlash() {
        right.setName("Contoso Ltd.");
        assertEquals(List.of("changed /name: Contoso -> Contoso Ltd."), Differences.between(left, right));
    }

    @Test
    void singleContainmentsAreAddedAndRemovedWhole() {
        right.setExchange(null);
        assertEquals(List.of("removed /exchange"), Differences.between(left, right));
        ComparisonResult reverse = ModelComparison.compare(right, left);
        assertEquals(1, reverse.count(Difference.Kind.ADDED));
        Difference.Added added = (Difference.Added) reverse.differences().get(0);
        assertEquals("ExchangeOrganization", added.className());
        assertEquals("upn", added.attributes().get("logonForm"));
    }

    @Test
    void changesDeepInTheTreeAreAddressedByKeys() {
        MdxApplication mail = application(right, "Secure Mail", "android");
        AllowedValue value = FACTORY.createAllowedValue();
        value.setValue("custom");
        value.setLabel("Custom");
        mail.getPolicies().get(0).getAllowedValues().add(value);
        mail.getPolicies().get(1).getAllowedValues().get(0).setLabel("Enrolment user name");
        assertEquals(List.of(
                "changed /applications[Secure Mail,android]/policies[InitialAuthenticationCredentials]"
                        + "/allowedValues[enrollmentUserName]/label: Enrollment user name -> Enrolment user name",
                "added /applications[Secure Mail,android]/policies[InitialAuthenticationMechanism]"
                        + "/allowedValues[custom]"
                        + " {value=custom, label=Custom}"),
                Differences.between(left, right));
    }

    @Test
    void appAssignmentsAreKeyedByTheirApp() {
        DeliveryGroup group = group(right, "Mobile Mail");
        group.getApplications().remove(0);
        group.getApplications().get(0).setRequired(false);
        assertEquals(List.of(
                "changed /deliveryGroups[Mobile Mail]/applications[Secure Hub,android]/required: true -> false",
                "removed /deliveryGroups[Mobile Mail]/applications[Secure Hub,ios]"),
                Differences.between(left, right));
    }

    @Test
    void directoryNamesAndDnsNamesAreMatchedWithoutRegardToCase() {
        right.getExchange().getMailDomains().get(1).setName("Fabrikam.COM");
        DirectoryPrincipal principal = group(right, "Executives").getGroups().get(0);
        principal.setUniqueId(principal.getUniqueId().toLowerCase());
        assertEquals(List.of(
                "changed /deliveryGroups[Executives]/groups[contoso.com,CN=Executives,OU=Groups,DC=contoso,DC=com]"
                        + "/uniqueId: CN=Executives,OU=Groups,DC=contoso,DC=com"
                        + " -> cn=executives,ou=groups,dc=contoso,dc=com",
                "changed /exchange/mailDomains[fabrikam.com]/name: fabrikam.com -> Fabrikam.COM"),
                Differences.between(left, right));
    }

    @Test
    void clientPropertyKeysAreCaseSensitive() {
        right.getServer().getClientProperties().get(0).setKey("enable_passcode_auth");
        List<String> differences = Differences.between(left, right);
        assertEquals(2, differences.size(), differences.toString());
        assertTrue(differences.get(0).startsWith("removed /server/clientProperties[ENABLE_PASSCODE_AUTH]"),
                differences.toString());
        assertTrue(differences.get(1).startsWith("added /server/clientProperties[enable_passcode_auth]"),
                differences.toString());
    }

    @Test
    void duplicateKeysAreReportedAndNeverPaired() {
        ClientProperty copy = EcoreUtil.copy(right.getServer().getClientProperties().get(0));
        copy.setValue("false");
        right.getServer().getClientProperties().add(copy);
        right.getServer().getClientProperties().get(1).setValue("false");
        assertEquals(List.of("duplicate right /server/clientProperties[ENABLE_PASSCODE_AUTH] x2",
                "changed /server/clientProperties[ENABLE_PASSWORD_CACHING]/value: true -> false"),
                Differences.between(left, right));
        assertEquals(List.of("duplicate left /server/clientProperties[ENABLE_PASSCODE_AUTH] x2",
                "changed /server/clientProperties[ENABLE_PASSWORD_CACHING]/value: false -> true"),
                Differences.between(right, left));
    }

    @Test
    void keysThatDifferOnlyInCaseAreDuplicatesWhereCaseDoesNotCount() {
        right.getExchange().getMailDomains().get(1).setName("CONTOSO.com");
        assertEquals(List.of("duplicate right /exchange/mailDomains[contoso.com] x2",
                "removed /exchange/mailDomains[fabrikam.com]"), Differences.between(left, right));
    }

    @Test
    void objectsWithoutAKeyArePairedByContent() {
        ClientProperty keyless = FACTORY.createClientProperty();
        keyless.setValue("x");
        left.getServer().getClientProperties().add(0, EcoreUtil.copy(keyless));
        right.getServer().getClientProperties().add(keyless);
        assertEquals(List.of(), Differences.between(left, right));
        keyless.setValue("y");
        List<String> differences = Differences.between(left, right);
        assertEquals(2, differences.size(), differences.toString());
        assertTrue(differences.contains("removed /server/clientProperties[0]"), differences.toString());
        assertTrue(differences.contains("added /server/clientProperties[5] {value=y, predefined=false}"),
                differences.toString());
    }

    @Test
    void unsetAndEmptyAreDifferentValues() {
        right.getEnrollment().getAutoDiscoveryRegistrations().get(0).unsetUserIdType();
        right.getApplications().get(0).getPolicyValues().get(2).setValue(null);
        assertEquals(List.of(
                "changed /enrollment/autoDiscoveryRegistrations[contoso.com]/userIdType: upn -> null",
                "changed /applications[Secure Mail,ios]/policyValues[ExchangeServer]/value:  -> null"),
                Differences.between(left, right));
        right.getEnrollment().getAutoDiscoveryRegistrations().get(0).setUserIdType(UserIdType.EMAIL);
        assertTrue(Differences.between(left, right).get(0).endsWith("userIdType: upn -> email"));
    }

    @Test
    void theSourceFileOfAnMdxImportIsIgnoredByDefault() {
        right.getApplications().get(0).setSourceFile("/home/someone/Downloads/SecureMail.mdx");
        assertEquals(List.of(), Differences.between(left, right));
        ComparisonProfile defaults = ComparisonProfile.defaults();
        ComparisonProfile everything = new ComparisonProfile(Set.of(), defaults.caseInsensitiveKeys(),
                defaults.ordered());
        assertEquals(1, Differences.between(left, right, everything).size());
        assertTrue(ComparisonProfile.defaults().ignoredNames().contains("MdxApplication.sourceFile"));
    }

    @Test
    void ignoredFeaturesAreNotCompared() throws UnknownFeatureException {
        right.getServer().getClientProperties().get(0).setValue("false");
        right.getServer().getClientProperties().get(0).setDescription("changed");
        right.getDeliveryGroups().get(1).setDescription("changed");
        ComparisonProfile profile = ComparisonProfile.defaults().ignoring(FeatureNames.resolve("description"));
        assertEquals(List.of("changed /server/clientProperties[ENABLE_PASSCODE_AUTH]/value: true -> false"),
                Differences.between(left, right, profile));
        profile = profile.ignoring(FeatureNames.resolve("ClientProperty.value"));
        assertEquals(List.of(), Differences.between(left, right, profile));
    }

    @Test
    void ignoringAContainmentIgnoresItsSubtree() throws UnknownFeatureException {
        application(right, "Secure Mail", "ios").getPolicies().clear();
        ComparisonProfile profile = ComparisonProfile.defaults().ignoring(FeatureNames.resolve("policies"));
        assertEquals(List.of(), Differences.between(left, right, profile));
        assertEquals(4, Differences.between(left, right).size());
    }

    @Test
    void unknownFeatureNamesAreRefusedWithTheClosestValidName() {
        UnknownFeatureException typo = assertThrows(UnknownFeatureException.class,
                () -> FeatureNames.resolve("sorceFile"));
        assertEquals("sourceFile", typo.getClosest());
        assertTrue(typo.getMessage().contains("did you mean 'sourceFile'"), typo.getMessage());
        assertEquals("Persona.mail",
                assertThrows(UnknownFeatureException.class, () -> FeatureNames.resolve("Persona.mial")).getClosest());
        UnknownFeatureException far = assertThrows(UnknownFeatureException.class,
                () -> FeatureNames.resolve("completelyUnrelatedName"));
        assertNull(far.getClosest());
        assertTrue(far.getValidNames().contains("ClientProperty.value"));
        assertTrue(far.getValidNames().contains("value"));
    }

    @Test
    void aPlainFeatureNameNamesThatFeatureOfEveryClass() throws UnknownFeatureException {
        List<String> names = FeatureNames.resolve("value").stream().map(FeatureNames::qualifiedName).sorted().toList();
        assertEquals(List.of("AllowedValue.value", "ClientProperty.value", "PolicyValue.value",
                "PolicyValueBinding.value", "ServerProperty.value"), names);
        assertEquals(List.of(DeploymentPackage.Literals.SRV_RECORD__PORT), FeatureNames.resolve("SrvRecord.port"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void largeModelsArePairedByKeyNotByScanning() {
        Deployment large = SyntheticDeployments.generate(DeploymentShape.LARGE, 7);
        Deployment shuffled = EcoreUtil.copy(large);
        reverseAllLists(shuffled);
        ClientProperty last = shuffled.getServer().getClientProperties().get(0);
        last.setValue(last.getValue() + "-changed");
        ComparisonResult result = ModelComparison.compare(large, shuffled);
        assertEquals(1, result.differences().size(), result.differences().toString());
        assertEquals(Difference.Kind.CHANGED, result.differences().get(0).kind());
    }

    private static void reverseAllLists(EObject root) {
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        root.eAllContents().forEachRemaining(objects::add);
        objects.forEach(ModelComparisonTest::reverseLists);
    }

    @SuppressWarnings("unchecked")
    private static void reverseLists(EObject object) {
        for (var feature : object.eClass().getEAllStructuralFeatures()) {
            boolean orderMatters = feature == DeploymentPackage.Literals.DIRECTORY__LDAP_SERVERS;
            boolean changeable = !(feature instanceof EReference reference) || reference.isContainment();
            if (feature.isMany() && changeable && !orderMatters) {
                ECollections.reverse((EList<Object>) object.eGet(feature));
            }
        }
    }

    private static MdxApplication application(Deployment deployment, String name, String platform) {
        return deployment.getApplications().stream()
                .filter(app -> app.getName().equals(name) && app.getPlatform().getLiteral().equals(platform))
                .findFirst().orElseThrow();
    }

    private static DeliveryGroup group(Deployment deployment, String name) {
        return deployment.getDeliveryGroups().stream().filter(group -> group.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
