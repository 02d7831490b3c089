/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.autodiscovery.internal.registry.BuiltInProviders;
import org.emworkbench.validation.RuleRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Dispatches an {@code emw} command line to its command. Results go to
 * {@code out}, progress and errors to {@code err}; the return value is the
 * process exit code (see {@link ExitCode}).
 */
public final class CommandLine {

    private static final String USAGE = """
            usage: emw COMMAND [ARGUMENTS]

            commands:
              validate MODEL... [--format text|json|sarif|junit] [--output FILE] [--online] [--disable RULE]...
                  check deployment models; the text format prints one line per finding:
                  'file: severity rule-id object: message'; json is stable for scripts,
                  sarif is for code scanning, junit for CI test views; --output writes
                  the report to FILE (atomically) instead of stdout; --online also runs
                  the rules that contact servers (DNS: --dns-server HOST:PORT, repeatable;
                  the directory: --ldap-url URL, --bind-dn DN, --password-env VAR,
                  --password-file FILE, else the model's LDAP server and credential reference;
                  --sandbox: the sandbox's DNS and directory, which answer from each model itself)
              fix MODEL [--rule ID]...
                  apply the automatic fixes the rules offer (all, or those of the rules named)
                  and save MODEL; the previous version is kept as MODEL.bak
              import-mdx MODEL FILE.mdx [--platform ios|android]
                  add an MDX app's policy catalogue to MODEL, or update it, and save MODEL;
                  --platform is needed when the .mdx file does not name its platform
              discover ADDRESS|DOMAIN... [--dns-server HOST:PORT]... [--format text|json] [--no-http]
                       [--trust-anchor FILE] [--model MODEL] [--timeout SECONDS] [--retries N]
                       [--trust-store FILE] [--https-port N] [--http-port N] [--srv-seed N]
              discover --from-file FILE [--concurrency N] [--rate N] [--trace] [same options]
                  show what a mail or enrollment client discovers for an address or domain:
                  every DNS query and HTTPS request with its answer and timing, then the
                  findings AD-001..AD-011 with their fixes; without a system resolver use
                  --dns-server; --no-http asks DNS only; --trust-anchor turns on DNSSEC
                  validation; --model compares the answers with a model (and, without
                  addresses, discovers its mail domains); --from-file reads one address or
                  domain per line and writes JSON Lines (findings and results; --trace adds
                  every step), at most --concurrency targets at once (default 64) and --rate
                  starts per second (default 200, 0: no limit)
              ldap-preview MODEL --user ADDRESS... [--ldap-url URL] [--start-tls] [--bind-dn DN]
                       [--password-env VAR | --password-file FILE] [--trust-store FILE]
                       [--timeout SECONDS] [--format text|json]
              ldap-preview MODEL --group DN... | --delivery-group NAME [--membership member-of|member]
                       [same options]
                  what Secure Hub would send Secure Mail: SEND_LDAP_ATTRIBUTES of MODEL expanded
                  for a directory user (looked up by mail, userPrincipalName or sAMAccountName),
                  each attribute with its value and its problems (DIR-001..DIR-013) and fixes;
                  with --group or --delivery-group for every member (nested groups too), one
                  line per user who would fail SSO (JSON Lines with --format json) and a summary
                  on stderr. The server, bind DN and credential reference come from the model's
                  first LDAP server unless given; an ldap:// URL is plain LDAP unless --start-tls,
                  and may carry a base DN (ldap://host:port/DC=contoso,DC=com). The password
                  is read from the environment variable the model's env: reference names, from
                  --password-env VAR or from the first line of --password-file FILE; never printed
              simulate MODEL --user ADDRESS [--sandbox] [--dns-server HOST:PORT]... [--no-http]
                       [--ldap-url URL ... as ldap-preview] [--format text|json]
                  walk the end-to-end Secure Mail SSO experience for one user: (1) Secure Hub
                  enrollment, (2) delivery groups and client properties, (3) SEND_LDAP_ATTRIBUTES
                  from the directory, (4) Exchange autodiscover through DNS SRV (and HTTPS),
                  (5) the credential Exchange accepts; each step PASS, FAIL, SKIPPED or UNKNOWN
                  with evidence and the fix; exit 0 when the account would be configured, 1 when
                  a step fails, 3 when a server could not be asked. --sandbox starts, on
                  loopback, a DNS responder and an LDAP directory that answer from the model
                  itself (no network needed; the HTTPS part is then skipped)
              gui [MODEL]
                  start the workbench (run by the emw script, not by this application)
              help [COMMAND]
                  show this help
              --version
                  show the version

            exit codes: 0 no errors, 1 errors found (ldap-preview: a user would fail SSO), 2 unusable
            input (also a password that is not where it should be), 3 environment failure (a silent
            resolver, a server that cannot be reached or refuses the bind, TLS, a check that could not run)
            """;

    private final Supplier<RuleRegistry> rules;
    private final Supplier<ProviderRegistry> providers;
    private final UnaryOperator<String> environment;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param rules supplies the validation rules, asked only by commands that validate
     * @param out   where results go
     * @param err   where progress and errors go
     */
    public CommandLine(Supplier<RuleRegistry> rules, PrintStream out, PrintStream err) {
        this(rules, BuiltInProviders::new, out, err);
    }

    /**
     * @param rules     supplies the validation rules, asked only by commands that validate
     * @param providers supplies the autodiscovery providers, asked only by {@code discover}
     * @param out       where results go
     * @param err       where progress and errors go
     */
    public CommandLine(Supplier<RuleRegistry> rules, Supplier<ProviderRegistry> providers, PrintStream out,
            PrintStream err) {
        this(rules, providers, System::getenv, out, err);
    }

    /**
     * @param rules       supplies the validation rules, asked only by commands that validate
     * @param providers   supplies the autodiscovery providers, asked only by {@code discover}
     * @param environment the process environment, variable name to value ({@code null} when unset); bind
     *                    passwords named by {@code env:} references are read from it
     * @param out         where results go
     * @param err         where progress and errors go
     */
    public CommandLine(Supplier<RuleRegistry> rules, Supplier<ProviderRegistry> providers,
            UnaryOperator<String> environment, PrintStream out, PrintStream err) {
        this.rules = rules;
        this.providers = providers;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /**
     * @param arguments the command line, without the program name
     * @return the exit code
     */
    public int run(String... arguments) {
        List<String> words = Arrays.asList(arguments);
        if (words.isEmpty()) {
            err.print(USAGE);
            return ExitCode.UNUSABLE_INPUT;
        }
        String command = words.get(0);
        List<String> rest = words.subList(1, words.size());
        try {
            return switch (command) {
                case "validate" -> new ValidateCommand(rules, environment, out, err).run(rest);
                case "import-mdx" -> new ImportMdxCommand(err).run(rest);
                case "fix" -> new FixCommand(rules, out, err).run(rest);
                case "discover" -> new DiscoverCommand(providers, out, err).run(rest);
                case "ldap-preview" -> new LdapPreviewCommand(environment, out, err).run(rest);
                case "simulate" -> new SimulateCommand(rules, providers, environment, out, err).run(rest);
                case "help", "-h", "--help" -> help();
                case "--version", "version" -> version();
                case "gui" -> throw new UsageException(
                        "'gui' starts the workbench product; run it through the emw script: ./emw gui");
                default -> throw new UsageException("unknown command '" + command + "'; run 'emw help' for the list");
            };
        } catch (UsageException e) {
            err.println("emw: " + e.getMessage());
            return ExitCode.UNUSABLE_INPUT;
        }
    }

    private int help() {
        out.print(USAGE);
        return ExitCode.OK;
    }

    private int version() {
        out.println("emw " + toolVersion());
        return ExitCode.OK;
    }

    /** @return the version of the {@code org.emworkbench.cli} bundle, or a note that there is none */
    static String toolVersion() {
        Bundle bundle = FrameworkUtil.getBundle(CommandLine.class);
        return bundle == null ? "(development build)" : bundle.getVersion().toString();
    }
}
