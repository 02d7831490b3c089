/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.compare;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.emworkbench.model.deployment.DeploymentPackage;

/**
 * What a {@linkplain ModelComparison comparison} looks at and how it matches
 * objects. Everything the metamodel says is used as it is: list elements are
 * matched by the eKeys of their containment reference, an element whose list
 * has no keys by the key of the one object it refers to, and derived,
 * transient and volatile features are not compared. The few facts the
 * metamodel cannot say are kept in {@link #defaults()}, in one place:
 * <ul>
 * <li>features that change without the deployment changing (left out by
 * default), such as the path an MDX file was imported from;</li>
 * <li>key attributes the product treats case-insensitively (DNS names,
 * directory names, mail addresses), so {@code Contoso.com} and
 * {@code contoso.com} are the same mail domain, and the case change is
 * reported as a changed value;</li>
 * <li>lists whose order matters (LDAP servers are tried in order); the order
 * of every other list is not a difference.</li>
 * </ul>
 * Instances are immutable.
 *
 * @param ignored              features that are never compared (a containment
 *                             reference: the whole subtree below it)
 * @param caseInsensitiveKeys  key attributes matched without regard to case
 * @param ordered              many-valued features whose order is compared
 * @since 0.1
 */
public record ComparisonProfile(Set<EStructuralFeature> ignored, Set<EAttribute> caseInsensitiveKeys,
        Set<EStructuralFeature> ordered) {

    /** Copies the sets. */
    public ComparisonProfile {
        ignored = Set.copyOf(ignored);
        caseInsensitiveKeys = Set.copyOf(caseInsensitiveKeys);
        ordered = Set.copyOf(ordered);
    }

    /**
     * @return the profile {@code emw diff} uses unless told otherwise: the
     *         derived, transient and volatile features of the metamodel plus
     *         the volatile ones listed here are ignored
     */
    public static ComparisonProfile defaults() {
        DeploymentPackage p = DeploymentPackage.eINSTANCE;
        Set<EStructuralFeature> ignored = new LinkedHashSet<>();
        for (EClass eClass : classes()) {
            for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                if (feature.isDerived() || feature.isTransient() || feature.isVolatile()) {
                    ignored.add(feature);
                }
            }
        }
        // Where the .mdx file was when it was imported: differs from machine to machine, not between deployments.
        ignored.add(p.getMdxApplication_SourceFile());

        Set<EAttribute> caseInsensitive = Set.of(
                // DNS names (RFC 4343).
                p.getMailDomain_Name(), p.getSrvRecord_Target(), p.getAutoDiscoveryRegistration_Domain(),
                p.getLdapServer_Host(),
                // Active Directory compares domain names, user names and DNs without regard to case.
                p.getDirectoryPrincipal_DomainName(), p.getDirectoryPrincipal_UniqueId(),
                // Mail systems treat addresses case-insensitively in practice.
                p.getPersona_Mail());
        // Client and server property keys, policy names and app names stay case-sensitive: the server and the
        // apps read them exactly (see rule SSO-002: "keys are case-sensitive").

        Set<EStructuralFeature> ordered = Set.of(p.getDirectory_LdapServers());
        return new ComparisonProfile(ignored, caseInsensitive, ordered);
    }

    /**
     * @param more features to ignore as well
     * @return a profile that also ignores them
     */
    public ComparisonProfile ignoring(Collection<? extends EStructuralFeature> more) {
        Set<EStructuralFeature> all = new LinkedHashSet<>(ignored);
        all.addAll(more);
        return new ComparisonProfile(all, caseInsensitiveKeys, ordered);
    }

    /**
     * @param feature a feature of the deployment metamodel
     * @return whether it is compared
     */
    public boolean compares(EStructuralFeature feature) {
        return !ignored.contains(feature);
    }

    /**
     * @return the ignored features as {@code Class.feature}, sorted, for
     *         reports
     */
    public List<String> ignoredNames() {
        return ignored.stream().map(FeatureNames::qualifiedName).sorted(Comparator.naturalOrder()).toList();
    }

    /** @return the classes of the deployment metamodel, in the order it declares them */
    static List<EClass> classes() {
        return DeploymentPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(EClass.class::cast).toList();
    }
}
