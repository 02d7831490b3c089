/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.emworkbench.cli.internal.report.PreviewJson;
import org.emworkbench.cli.internal.report.PreviewText;
import org.emworkbench.directory.BatchSummary;
import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.DirectoryAccess;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryException;
import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.directory.DirectoryPreview;
import org.emworkbench.directory.ExpansionPreview;
import org.emworkbench.directory.ProblemKind;
import org.emworkbench.directory.SendLdapAttributes;
import org.emworkbench.directory.internal.ModelFacts;
import org.emworkbench.model.deployment.DeliveryGroup;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.validation.settings.DirectorySettings.Tls;

/**
 * {@code emw ldap-preview MODEL --user ADDRESS… | --group DN… | --delivery-group NAME [options]}:
 * expands the model's {@code SEND_LDAP_ATTRIBUTES} against the live directory,
 * for users named one by one (every attribute, value and problem) or for every
 * member of groups (one line per user who would fail SSO, a summary on stderr
 * with progress every two seconds; memory stays bounded because each user's
 * preview is written and dropped at once). Exit codes: 0 no user would fail,
 * 1 a user would fail (or a group does not exist), 2 unusable input (the
 * model, the options, a password that is not where it should be, an unreadable
 * trust store), 3 the directory failed (unreachable, TLS, refused bind,
 * timeout). No message contains the password.
 */
final class LdapPreviewCommand {

    private static final long PROGRESS_SECONDS = 2;

    private final UnaryOperator<String> environment;
    private final PrintStream out;
    private final PrintStream err;

    LdapPreviewCommand(UnaryOperator<String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws UsageException {
        LdapPreviewArguments options = LdapPreviewArguments.parse(arguments);
        Deployment deployment = load(options.model());
        if (deployment == null) {
            return ExitCode.UNUSABLE_INPUT;
        }
        Optional<String> value = ModelFacts.sendLdapAttributes(deployment);
        if (value.isEmpty()) {
            err.println("emw: " + options.model() + " has no client property " + SendLdapAttributes.KEY
                    + ", so there is nothing to expand; add it (see rule SSO-005)");
            return ExitCode.UNUSABLE_INPUT;
        }
        DeliveryGroup deliveryGroup = options.deliveryGroup() == null ? null
                : deliveryGroup(deployment, options.deliveryGroup());
        DirectoryAccess access = options.directory().access(environment);
        DirectoryEndpoint endpoint;
        try {
            endpoint = access.endpoint(deployment.getDirectory());
        } catch (IllegalArgumentException e) {
            throw new UsageException("ldap-preview: " + e.getMessage() + "; give --ldap-url URL, --bind-dn DN and"
                    + " --password-env VAR as needed");
        }
        CredentialPolicy policy = CredentialPolicy.of(deployment);
        announce(endpoint, policy, options);
        try (DirectoryConnection connection = DirectoryConnection.open(endpoint, access.credentials())) {
            DirectoryPreview preview = new DirectoryPreview(connection, SendLdapAttributes.parse(value.get()), policy);
            return options.batch() ? batch(preview, options, deliveryGroup) : users(preview, options, endpoint, policy);
        } catch (DirectoryException e) {
            return failed(e);
        }
    }

    private int users(DirectoryPreview preview, LdapPreviewArguments options, DirectoryEndpoint endpoint,
            CredentialPolicy policy) throws DirectoryException {
        List<ExpansionPreview> previews = new ArrayList<>();
        for (String user : options.users()) {
            ExpansionPreview result = preview.preview(user);
            previews.add(result);
            if (!options.json()) {
                out.print(PreviewText.render(result));
            }
        }
        long failing = previews.stream().filter(ExpansionPreview::failsSso).count();
        int exit = failing > 0 ? ExitCode.FINDINGS : ExitCode.OK;
        if (options.json()) {
            out.print(PreviewJson.document(previews, endpoint, policy,
                    CommandLine.toolVersion(), exit));
        }
        out.flush();
        err.println("emw: " + plural(previews.size(), "user") + ": " + failing + " would fail SSO");
        return exit;
    }

    private int batch(DirectoryPreview preview, LdapPreviewArguments options, DeliveryGroup deliveryGroup)
            throws DirectoryException {
        LineBatcher lines = new LineBatcher(out);
        AtomicLong users = new AtomicLong();
        AtomicLong failing = new AtomicLong();
        Consumer<ExpansionPreview> each = result -> {
            users.incrementAndGet();
            if (result.failsSso()) {
                failing.incrementAndGet();
                lines.add(options.json() ? PreviewJson.line(result) : PreviewText.failingLine(result));
            }
        };
        long begin = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "emw ldap-preview progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> {
            lines.flush();
            err.println(String.format(Locale.ROOT, "emw: ldap-preview: %d users so far, %d would fail, %.0f/s",
                    users.get(), failing.get(), rate(users.get(), begin)));
        }, PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
        BatchSummary summary;
        try {
            // The summary's own list of failing users is not needed: each one is written as it comes.
            summary = deliveryGroup != null
                    ? preview.previewDeliveryGroup(deliveryGroup, options.membership(), each, 0, null)
                    : preview.previewGroups(options.groups(), options.membership(), each, 0, null);
        } finally {
            ticker.shutdownNow();
            lines.flush();
        }
        for (String missing : summary.missingGroups()) {
            if (options.json()) {
                lines.add(PreviewJson.missingGroupLine(missing));
            }
            err.println("emw: the group " + missing + " does not exist in the directory (or the bind account cannot"
                    + " read it); check its DN");
        }
        lines.flush();
        err.println(String.format(Locale.ROOT, "emw: %s in %s: %d would fail SSO, %d with warnings (%.1f s)%s%s%s",
                plural(summary.users(), "user"), plural(summary.groupsExpanded(), "group"), summary.failing(),
                summary.warned(), (System.nanoTime() - begin) / 1e9, byKind(summary.byKind()),
                summary.cyclesBroken() == 0 ? ""
                        : "; " + plural(summary.cyclesBroken(), "group membership cycle") + " broken",
                summary.missingGroups().isEmpty() ? "" : "; " + plural(summary.missingGroups().size(), "missing group")));
        return summary.failing() > 0 || !summary.missingGroups().isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static String byKind(Map<ProblemKind, Long> byKind) {
        if (byKind.isEmpty()) {
            return "";
        }
        return "; " + byKind.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey().id() + " " + entry.getKey().name().toLowerCase(Locale.ROOT) + ": "
                        + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static double rate(long count, long begin) {
        double seconds = (System.nanoTime() - begin) / 1e9;
        return seconds > 0 ? count / seconds : 0.0;
    }

    /** Says on stderr where the preview comes from; a plain bind is a warning, as the password crosses readable. */
    private void announce(DirectoryEndpoint endpoint, CredentialPolicy policy, LdapPreviewArguments options) {
        if (endpoint.tls() == Tls.NONE && endpoint.bindDn() != null) {
            err.println("emw: warning: " + endpoint.server() + " is plain LDAP, so the bind password crosses the"
                    + " network readable; use ldaps:// or --start-tls except on a test machine");
        }
        err.println("emw: expanding " + SendLdapAttributes.KEY + " for " + (options.batch() ? "group members" : "users")
                + " at " + endpoint.server() + " (" + endpoint.tls().key() + ", base "
                + (endpoint.baseDn().isEmpty() ? "the root" : endpoint.baseDn()) + ", bind "
                + (endpoint.bindDn() == null ? "anonymous" : endpoint.bindDn()) + "); credential policy "
                + policy.name().toLowerCase(Locale.ROOT));
    }

    /** The message says what happened and what to do; a missing password or trust store is the user's input. */
    private int failed(DirectoryException e) {
        if (e.failure() == Failure.CREDENTIAL_UNAVAILABLE) {
            err.println("emw: " + e.getMessage() + " (set the variable the model's env: reference names, or give"
                    + " --password-env VAR or --password-file FILE)");
            return ExitCode.UNUSABLE_INPUT;
        }
        err.println("emw: " + e.getMessage());
        return e.failure() == Failure.TRUST_STORE_UNREADABLE ? ExitCode.UNUSABLE_INPUT : ExitCode.ENVIRONMENT_FAILURE;
    }

    private static DeliveryGroup deliveryGroup(Deployment deployment, String name) throws UsageException {
        for (DeliveryGroup group : deployment.getDeliveryGroups()) {
            if (name.equals(group.getName())) {
                return group;
            }
        }
        throw new UsageException("--delivery-group " + name + ": the model has no delivery group of that name; it has "
                + deployment.getDeliveryGroups().stream().map(group -> "'" + group.getName() + "'")
                        .collect(Collectors.joining(", ")));
    }

    private Deployment load(String model) {
        return DiscoverCommand.load(model, err);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
