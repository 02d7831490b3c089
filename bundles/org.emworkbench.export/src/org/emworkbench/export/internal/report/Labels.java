/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.Comparator;

import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.EnrollmentMethod;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.deployment.TlsMode;

/**
 * How reports name the model's values for a reader who is not an EMW user:
 * "iOS" rather than {@code ios}, and a credential reference by where the
 * secret is kept (never the secret, which the model cannot hold anyway).
 */
final class Labels {

    /** Orders texts by their characters, the same on every platform and locale; {@code null} first. */
    static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());

    private Labels() {
    }

    /**
     * @param text a text or {@code null}
     * @return the text, or an empty one
     */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * @param count    how many
     * @param singular the noun for one
     * @param plural   the noun for several or none
     * @return e.g. "1 error", "2 errors"
     */
    static String count(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /**
     * @param count how many
     * @param noun  a noun that takes an s in the plural
     * @return e.g. "1 warning", "0 warnings"
     */
    static String count(int count, String noun) {
        return count(count, noun, noun + "s");
    }

    /**
     * @param platform a platform or {@code null}
     * @return its name as vendors write it
     */
    static String platform(Platform platform) {
        if (platform == null) {
            return "unknown platform";
        }
        return switch (platform) {
        case IOS -> "iOS";
        case ANDROID -> "Android";
        };
    }

    /**
     * @param app an app
     * @return e.g. "Secure Mail (iOS)"
     */
    static String app(MdxApplication app) {
        return orEmpty(app.getName()) + " (" + platform(app.getPlatform()) + ")";
    }

    /**
     * @param role a role or {@code null}
     * @return what the app is
     */
    static String role(AppRole role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
        case SECURE_MAIL -> "Secure Mail";
        case SECURE_HUB -> "Secure Hub";
        case OTHER -> "other";
        };
    }

    /**
     * @param method an enrollment method
     * @return how users reach the server with it
     */
    static String enrollmentMethod(EnrollmentMethod method) {
        return switch (method) {
        case EMAIL_AUTODISCOVERY -> "email address, server found by Citrix AutoDiscovery";
        case SERVER_ADDRESS_TYPED -> "server address typed by the user";
        case SERVER_ADDRESS_FROM_SECURE_HUB -> "server address passed on by Secure Hub";
        };
    }

    /**
     * @param exchange an Exchange organization
     * @return the logon form it accepts, e.g. "UPN (user@domain)"
     */
    static String logonForm(ExchangeOrganization exchange) {
        if (!exchange.isSetLogonForm() || exchange.getLogonForm() == null) {
            return "not known";
        }
        return switch (exchange.getLogonForm()) {
        case UPN -> "userPrincipalName (user@domain)";
        case DOMAIN_BACKSLASH_USER -> "sAMAccountName ("
                + (exchange.getNetbiosDomain() == null || exchange.getNetbiosDomain().isEmpty() ? "DOMAIN"
                        : exchange.getNetbiosDomain())
                + "\\user)";
        };
    }

    /**
     * @param mode a TLS mode or {@code null}
     * @return how the connection is protected
     */
    static String tls(TlsMode mode) {
        if (mode == null) {
            return "not known";
        }
        return switch (mode) {
        case NONE -> "none (plain LDAP)";
        case LDAPS -> "LDAPS";
        case STARTTLS -> "StartTLS";
        };
    }

    /**
     * @param reference a credential reference or {@code null}
     * @return where the secret is kept, e.g. "environment variable EMW_LDAP_PASSWORD"
     */
    static String credential(CredentialReference reference) {
        if (reference == null) {
            return "none (anonymous bind)";
        }
        return switch (reference.store()) {
        case ENVIRONMENT -> "environment variable " + reference.name();
        case SECURE_STORAGE -> "secure storage entry " + reference.name();
        };
    }
}
