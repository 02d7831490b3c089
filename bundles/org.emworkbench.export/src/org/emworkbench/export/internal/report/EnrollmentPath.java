/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.emworkbench.model.deployment.AppAssignment;
import org.emworkbench.model.deployment.AppRole;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.Directory;
import org.emworkbench.model.deployment.EndpointManagementServer;
import org.emworkbench.model.deployment.Enrollment;
import org.emworkbench.model.deployment.EnrollmentMethod;
import org.emworkbench.model.deployment.ExchangeOrganization;
import org.emworkbench.model.deployment.LdapServer;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.MdxApplication;
import org.emworkbench.model.deployment.Persona;
import org.emworkbench.model.deployment.PolicyBinding;
import org.emworkbench.model.deployment.PolicyMeaning;
import org.emworkbench.model.deployment.RuleSuppression;
import org.emworkbench.model.deployment.SrvRecord;

/**
 * The steps a user's device goes through until Secure Mail is configured, as
 * "SSO for Secure Mail" describes them, each with what the model says about it
 * and whether validation found a problem on the objects it stands for.
 */
final class EnrollmentPath {

    /** A step of the path, in order. */
    enum Stage {
        /** The user, who types an email address. */
        USER("User"),
        /** The email domain and the ways users enroll. */
        EMAIL_DOMAIN("Email domain"),
        /** Citrix AutoDiscovery, which maps the domain to the server. */
        CITRIX_AUTODISCOVERY("Citrix AutoDiscovery"),
        /** The server, its properties and the directory it reads users from. */
        SERVER("Endpoint Management server"),
        /** Secure Hub, enrolled on the device. */
        SECURE_HUB("Secure Hub"),
        /** The delivery groups that deliver the apps. */
        DELIVERY_GROUPS("Delivery groups"),
        /** Secure Mail and its policies. */
        SECURE_MAIL("Secure Mail"),
        /** Exchange Autodiscover, found through the mail domain's DNS SRV record. */
        EXCHANGE_AUTODISCOVER("Exchange Autodiscover (DNS SRV)"),
        /** The Exchange organization that accepts the logon. */
        EXCHANGE("Exchange");

        private final String title;

        Stage(String title) {
            this.title = title;
        }

        /** @return the step's name */
        String title() {
            return title;
        }

        /**
         * @param object a model object, or anything a rule reported on
         * @return the step it belongs to, or {@code null} when it stands for none
         */
        static Stage of(EObject object) {
            for (EObject current = object; current != null; current = current.eContainer()) {
                Stage stage = ownStage(current);
                if (stage != null) {
                    return stage;
                }
                if (current instanceof RuleSuppression) {
                    return null;
                }
            }
            return null;
        }

        private static Stage ownStage(EObject object) {
            if (object instanceof Persona) {
                return USER;
            }
            if (object instanceof AutoDiscoveryRegistration) {
                return CITRIX_AUTODISCOVERY;
            }
            if (object instanceof Enrollment) {
                return EMAIL_DOMAIN;
            }
            if (object instanceof MdxApplication app) {
                return ofRole(app.getRole());
            }
            if (object instanceof PolicyBinding binding) {
                return ofRole(binding.getAppRole());
            }
            if (object instanceof DeliveryGroup) {
                return DELIVERY_GROUPS;
            }
            if (object instanceof MailDomain) {
                return EXCHANGE_AUTODISCOVER;
            }
            if (object instanceof ExchangeOrganization) {
                return EXCHANGE;
            }
            if (object instanceof EndpointManagementServer || object instanceof Directory
                    || object instanceof Deployment) {
                return SERVER;
            }
            return null;
        }

        private static Stage ofRole(AppRole role) {
            if (role == AppRole.SECURE_MAIL) {
                return SECURE_MAIL;
            }
            return role == AppRole.SECURE_HUB ? SECURE_HUB : null;
        }
    }

    /** Whether validation found a problem on a step. */
    enum State {
        /** The deployment was not validated. */
        NOT_VALIDATED,
        /** No error or warning. */
        OK,
        /** Warnings, no error. */
        WARNING,
        /** At least one error. */
        ERROR
    }

    /**
     * One step.
     *
     * @param stage    which step
     * @param details  what the model says about it, one short line each
     * @param state    what validation found
     * @param errors   how many errors
     * @param warnings how many warnings
     * @param ruleIds  the rules that found them, sorted, each once
     * @param problems the first errors and warnings as "rule id: message", then how many more there are
     */
    record Step(Stage stage, List<String> details, State state, int errors, int warnings, List<String> ruleIds,
            List<String> problems) {

        Step {
            details = List.copyOf(details);
            ruleIds = List.copyOf(ruleIds);
            problems = List.copyOf(problems);
        }

        /** @return e.g. "OK", "1 error, 2 warnings", "not validated" */
        String statusLabel() {
            return switch (state) {
            case NOT_VALIDATED -> "not validated";
            case OK -> "OK";
            case WARNING, ERROR -> {
                List<String> parts = new ArrayList<>();
                if (errors > 0) {
                    parts.add(Labels.count(errors, "error"));
                }
                if (warnings > 0) {
                    parts.add(Labels.count(warnings, "warning"));
                }
                yield String.join(", ", parts);
            }
            };
        }
    }

    /** At most this many objects of a kind are named in a step; the rest are counted. */
    static final int MAX_NAMED = 3;

    /** At most this many findings are quoted in a step; the validation summary has them all. */
    static final int MAX_PROBLEMS = 2;

    private EnrollmentPath() {
    }

    /**
     * @param deployment the deployment
     * @param summary    what validation found
     * @return the nine steps, in order
     */
    static List<Step> of(Deployment deployment, ValidationSummary summary) {
        List<Step> steps = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<ValidationSummary.Entry> problems = summary.problems(object -> Stage.of(object) == stage);
            int errors = (int) problems.stream().filter(entry -> entry.severity() >= Diagnostic.ERROR).count();
            int warnings = problems.size() - errors;
            State state = !summary.validated() ? State.NOT_VALIDATED
                    : errors > 0 ? State.ERROR : warnings > 0 ? State.WARNING : State.OK;
            List<String> rules = List.copyOf(
                    new TreeSet<>(problems.stream().map(ValidationSummary.Entry::ruleId).toList()));
            List<String> shown = problems.stream().limit(MAX_PROBLEMS)
                    .map(entry -> entry.ruleId() + ": " + entry.message())
                    .collect(Collectors.toCollection(ArrayList::new));
            if (problems.size() > MAX_PROBLEMS) {
                shown.add("and " + Labels.count(problems.size() - MAX_PROBLEMS, "more problem", "more problems")
                        + " in the validation summary");
            }
            steps.add(new Step(stage, details(stage, deployment), state, errors, warnings, rules, shown));
        }
        return steps;
    }

    private static List<String> details(Stage stage, Deployment deployment) {
        return switch (stage) {
        case USER -> users(deployment);
        case EMAIL_DOMAIN -> emailDomains(deployment);
        case CITRIX_AUTODISCOVERY -> citrixAutoDiscovery(deployment);
        case SERVER -> server(deployment);
        case SECURE_HUB -> apps(deployment, AppRole.SECURE_HUB);
        case DELIVERY_GROUPS -> deliveryGroups(deployment);
        case SECURE_MAIL -> secureMail(deployment);
        case EXCHANGE_AUTODISCOVER -> exchangeAutodiscover(deployment);
        case EXCHANGE -> exchange(deployment);
        };
    }

    private static List<String> users(Deployment deployment) {
        if (deployment.getDirectory() == null || deployment.getDirectory().getPersonas().isEmpty()) {
            return List.of("no sample users (personas) in the model");
        }
        List<String> lines = deployment.getDirectory().getPersonas().stream()
                .sorted((a, b) -> Labels.TEXT.compare(a.getMail(), b.getMail()))
                .map(persona -> persona.getDisplayName() == null || persona.getDisplayName().isEmpty()
                        ? Labels.orEmpty(persona.getMail())
                        : persona.getDisplayName() + " <" + Labels.orEmpty(persona.getMail()) + ">")
                .toList();
        return limited(lines, "sample user");
    }

    private static List<String> emailDomains(Deployment deployment) {
        TreeSet<String> domains = new TreeSet<>();
        if (deployment.getDirectory() != null) {
            for (Persona persona : deployment.getDirectory().getPersonas()) {
                String mail = persona.getMail();
                if (mail != null && mail.indexOf('@') > 0) {
                    domains.add(mail.substring(mail.indexOf('@') + 1).toLowerCase(Locale.ROOT));
                }
            }
        }
        if (domains.isEmpty() && deployment.getExchange() != null) {
            deployment.getExchange().getMailDomains().stream().map(MailDomain::getName).filter(name -> name != null)
                    .forEach(domains::add);
        }
        List<String> lines = new ArrayList<>();
        lines.add(domains.isEmpty() ? "no mail domains in the model" : String.join(", ", domains));
        Enrollment enrollment = deployment.getEnrollment();
        if (enrollment == null || enrollment.getMethods().isEmpty()) {
            lines.add("no enrollment method in the model");
        } else {
            enrollment.getMethods().stream().sorted().map(Labels::enrollmentMethod).map(text -> "enrolls with: " + text)
                    .forEach(lines::add);
        }
        return lines;
    }

    private static List<String> citrixAutoDiscovery(Deployment deployment) {
        Enrollment enrollment = deployment.getEnrollment();
        if (enrollment == null || enrollment.getAutoDiscoveryRegistrations().isEmpty()) {
            boolean byEmail = enrollment != null
                    && enrollment.getMethods().contains(EnrollmentMethod.EMAIL_AUTODISCOVERY);
            return List.of(byEmail ? "no domain registered" : "not used: users enroll with the server address");
        }
        List<String> lines = enrollment.getAutoDiscoveryRegistrations().stream()
                .sorted((a, b) -> Labels.TEXT.compare(a.getDomain(), b.getDomain()))
                .map(registration -> Labels.orEmpty(registration.getDomain()) + " → "
                        + Labels.orEmpty(registration.getServerFqdn()))
                .toList();
        return limited(lines, "registration");
    }

    private static List<String> server(Deployment deployment) {
        EndpointManagementServer server = deployment.getServer();
        if (server == null) {
            return List.of("no server in the model");
        }
        List<String> lines = new ArrayList<>();
        lines.add(Labels.orEmpty(server.getFqdn()) + " · version "
                + (server.getVersion() == null ? "not known" : server.getVersion().toString()) + " · instance "
                + Labels.orEmpty(server.getInstanceName()));
        lines.add(Labels.count(server.getClientProperties().size(), "client property", "client properties") + ", "
                + Labels.count(server.getServerProperties().size(), "server property", "server properties"));
        Directory directory = deployment.getDirectory();
        if (directory != null && !directory.getLdapServers().isEmpty()) {
            LdapServer first = directory.getLdapServers().get(0);
            lines.add("directory: " + Labels.orEmpty(first.getHost()) + ":" + first.getPort()
                    + (directory.getLdapServers().size() > 1
                            ? " and " + Labels.count(directory.getLdapServers().size() - 1, "more server",
                                    "more servers")
                            : ""));
        }
        return lines;
    }

    private static List<String> apps(Deployment deployment, AppRole role) {
        List<String> lines = deployment.getApplications().stream().filter(app -> app.getRole() == role)
                .sorted((a, b) -> Labels.TEXT.compare(Labels.app(a), Labels.app(b)))
                .map(app -> Labels.app(app) + (app.getVersion() == null ? "" : " " + app.getVersion())).toList();
        return lines.isEmpty() ? List.of("not in the model") : limited(lines, "app");
    }

    private static List<String> deliveryGroups(Deployment deployment) {
        List<String> lines = deployment.getDeliveryGroups().stream()
                .filter(group -> group.isEnabled() && group.getApplications().stream()
                        .map(AppAssignment::getApplication)
                        .anyMatch(app -> app != null && app.getRole() == AppRole.SECURE_MAIL))
                .map(DeliveryGroup::getName).sorted(Labels.TEXT).map(name -> name + ": delivers Secure Mail").toList();
        if (lines.isEmpty()) {
            return List.of("no enabled group delivers Secure Mail");
        }
        return limited(lines, "group");
    }

    private static List<String> secureMail(Deployment deployment) {
        List<String> lines = new ArrayList<>();
        deployment.getApplications().stream().filter(app -> app.getRole() == AppRole.SECURE_MAIL)
                .sorted((a, b) -> Labels.TEXT.compare(Labels.app(a), Labels.app(b))).forEach(app -> {
                    String mechanism = valueOf(deployment, app, PolicyMeaning.INITIAL_AUTHENTICATION_MECHANISM);
                    String credentials = valueOf(deployment, app, PolicyMeaning.INITIAL_AUTHENTICATION_CREDENTIALS);
                    lines.add(Labels.platform(app.getPlatform()) + ": " + mechanism + ", " + credentials);
                });
        return lines.isEmpty() ? List.of("not in the model") : limited(lines, "app");
    }

    private static String valueOf(Deployment deployment, MdxApplication app, PolicyMeaning meaning) {
        return AppPolicies.withMeaning(deployment, app, meaning).map(entry -> entry.value() == null ? "unset"
                : entry.valueLabel().isEmpty() ? entry.value() : entry.valueLabel()).orElse("not bound");
    }

    private static List<String> exchangeAutodiscover(Deployment deployment) {
        ExchangeOrganization exchange = deployment.getExchange();
        if (exchange == null || exchange.getMailDomains().isEmpty()) {
            return List.of("no mail domains in the model");
        }
        List<String> lines = new ArrayList<>();
        exchange.getMailDomains().stream().sorted((a, b) -> Labels.TEXT.compare(a.getName(), b.getName()))
                .forEach(domain -> {
                    String targets = domain.getExpectedSrvRecords().stream()
                            .map(record -> Labels.orEmpty(record.getTarget()) + ":" + record.getPort()).sorted()
                            .reduce((a, b) -> a + ", " + b).orElse("no SRV record expected");
                    lines.add(SrvNames.of(domain) + " → " + targets);
                });
        return limited(lines, "domain");
    }

    private static List<String> exchange(Deployment deployment) {
        ExchangeOrganization exchange = deployment.getExchange();
        if (exchange == null) {
            return List.of("no Exchange organization in the model");
        }
        List<String> lines = new ArrayList<>();
        lines.add("logon with " + Labels.logonForm(exchange));
        if (exchange.getActiveSyncUrl() != null && !exchange.getActiveSyncUrl().isEmpty()) {
            lines.add("ActiveSync: " + exchange.getActiveSyncUrl());
        }
        return lines;
    }

    private static List<String> limited(List<String> lines, String noun) {
        if (lines.size() <= MAX_NAMED) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, MAX_NAMED));
        shown.add("and " + Labels.count(lines.size() - MAX_NAMED, "more " + noun, "more " + noun + "s"));
        return shown;
    }



    /** The owner names of SRV records. */
    static final class SrvNames {
        private SrvNames() {
        }

        /**
         * @param domain a mail domain
         * @return the name its Autodiscover SRV record is published under, e.g. {@code _autodiscover._tcp.contoso.com}
         */
        static String of(MailDomain domain) {
            return "_autodiscover._tcp." + Labels.orEmpty(domain.getName());
        }

        /**
         * @param record an SRV record
         * @return its data as a zone file writes it: priority, weight, port, target
         */
        static String data(SrvRecord record) {
            return record.getPriority() + " " + record.getWeight() + " " + record.getPort() + " "
                    + Labels.orEmpty(record.getTarget());
        }
    }
}
