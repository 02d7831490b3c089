/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.DirectoryPrincipal;
import org.emworkbench.model.deployment.Persona;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;

/**
 * How an import finds what the model already has, by the same keys for
 * planning and applying. Directory values compare ignoring case, as the
 * directory compares them; DNs compare in their normalized form.
 */
final class ModelMatch {

    static final String DOMAIN_NAME = "domainName";
    static final String UNIQUE_ID = "uniqueId";
    static final String NAME = "name";
    static final String DISPLAY_NAME = "displayName";
    static final String MAIL = "mail";
    static final String USER_PRINCIPAL_NAME = "userPrincipalName";
    static final String SAM_ACCOUNT_NAME = "sAMAccountName";
    static final String EXPECTED_GROUP = "expectedGroup";

    private ModelMatch() {
    }

    static DeliveryGroup deliveryGroup(Deployment deployment, String name) {
        return deployment.getDeliveryGroups().stream().filter(group -> name.equals(group.getName())).findFirst()
                .orElse(null);
    }

    /** A group is its DN: the domain only restates the DN's DC parts. */
    static DirectoryPrincipal group(Collection<DirectoryPrincipal> groups, String dn) {
        String wanted = normalizedDn(dn);
        return groups.stream().filter(group -> group.getUniqueId() != null
                && normalizedDn(group.getUniqueId()).equals(wanted)).findFirst().orElse(null);
    }

    /** A user of the domain whose user name is any of the names the directory knows the user by. */
    static DirectoryPrincipal user(Collection<DirectoryPrincipal> users, String domain, List<String> names) {
        for (DirectoryPrincipal user : users) {
            if (user.getUniqueId() != null && equalIgnoringCase(user.getDomainName(), domain)
                    && names.stream().anyMatch(name -> user.getUniqueId().equalsIgnoreCase(name))) {
                return user;
            }
        }
        return null;
    }

    /** The persona with the mail, else the UPN, else the sAMAccountName; {@code null} values match nothing. */
    static Persona persona(Collection<Persona> personas, String mail, String upn, String samAccountName) {
        for (Persona persona : personas) {
            if (mail != null && mail.equalsIgnoreCase(persona.getMail())) {
                return persona;
            }
        }
        for (Persona persona : personas) {
            if (upn != null && upn.equalsIgnoreCase(persona.getUserPrincipalName())) {
                return persona;
            }
        }
        for (Persona persona : personas) {
            if (samAccountName != null && samAccountName.equalsIgnoreCase(persona.getSAMAccountName())) {
                return persona;
            }
        }
        return null;
    }

    static boolean containsDn(Collection<String> dns, String dn) {
        String wanted = normalizedDn(dn);
        return dns.stream().anyMatch(candidate -> normalizedDn(candidate).equals(wanted));
    }

    static void setIfGiven(String value, Consumer<String> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    static String normalizedDn(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (LDAPException e) {
            return dn.strip().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param dn a distinguished name
     * @return its DC parts joined by dots in lower case, e.g. {@code contoso.com}; {@code null} when it has none
     */
    static String domainOf(String dn) {
        try {
            StringBuilder domain = new StringBuilder();
            for (RDN rdn : new DN(dn).getRDNs()) {
                for (int i = 0; i < rdn.getAttributeNames().length; i++) {
                    if (rdn.getAttributeNames()[i].equalsIgnoreCase("dc")) {
                        domain.append(domain.isEmpty() ? "" : ".").append(rdn.getAttributeValues()[i]);
                    }
                }
            }
            return domain.isEmpty() ? null : domain.toString().toLowerCase(Locale.ROOT);
        } catch (LDAPException e) {
            return null;
        }
    }

    private static boolean equalIgnoringCase(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }
}
