/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import java.util.List;
import java.util.Optional;

/**
 * What {@code emw help} says: an overview of every command with its synopsis,
 * and for {@code emw help COMMAND} (or {@code emw COMMAND --help}) the command's
 * whole description. One entry per command, in the order of the overview.
 */
final class CommandHelp {

    /**
     * @param name     the command's name as typed
     * @param synopsis its forms, one per line, without the leading {@code emw}
     * @param summary  one line for the overview
     * @param details  what the options do, indented by nothing; shown by {@code emw help NAME}
     */
    record Entry(String name, String synopsis, String summary, String details) {
    }

    private static final String EXIT_CODES = """
            exit codes: 0 ok, 1 findings (errors found, a user would fail SSO, a step fails, models differ),
            2 unusable input (a missing or malformed file, bad arguments, a password that is not where it
            should be), 3 environment failure (a silent resolver, a server that cannot be reached or refuses
            the bind, TLS, a check that could not run)
            """;

    private static final List<Entry> ENTRIES = List.of(
            new Entry("validate", """
                    validate MODEL... [--format text|json|sarif|junit] [--output FILE] [--online [--sandbox]]
                             [--disable RULE]...
                    """, "check deployment models", """
                    Runs the rules on each model. The text format prints one line per finding:
                    'file: severity rule-id object: message'; json is stable for scripts, sarif is for code
                    scanning, junit for CI test views; --output writes the report to FILE (atomically) instead
                    of stdout. --disable RULE switches a rule off (repeatable).
                    --online also runs the rules that contact servers:
                      DNS: --dns-server HOST:PORT (repeatable)
                      the directory: --ldap-url URL, --bind-dn DN, --password-env VAR, --password-file FILE,
                      else the model's LDAP server and credential reference
                      --sandbox: a DNS responder and a directory started on loopback that answer from each
                      model itself (no network needed)
                    """),
            new Entry("fix", """
                    fix MODEL [--rule ID]... [--format text|json]
                    """, "apply the rules' automatic fixes and save the model", """
                    Applies the automatic fixes the rules offer (all, or those of the rules named) and saves
                    MODEL; the previous version is kept as MODEL.bak. Prints one line per fix and the findings
                    left, or one JSON document with --format json. Exit 1 when errors are left.
                    """),
            new Entry("import-mdx", """
                    import-mdx MODEL FILE.mdx [--platform ios|android] [--format text|json]
                    """, "add or update an MDX app's policy catalogue", """
                    Adds an MDX app's policy catalogue to MODEL, or updates it, and saves MODEL; --platform is
                    needed when the .mdx file does not name its platform. A refused archive leaves MODEL
                    unchanged. --format json writes the imported app as JSON to stdout.
                    """),
            new Entry("discover", """
                    discover ADDRESS|DOMAIN... [--dns-server HOST:PORT]... [--format text|json] [--no-http]
                             [--trust-anchor FILE] [--model MODEL] [--timeout SECONDS] [--retries N]
                             [--trust-store FILE] [--https-port N] [--http-port N] [--srv-seed N]
                    discover --from-file FILE [--concurrency N] [--rate N] [--trace] [same options]
                    """, "what a mail or enrollment client discovers for an address or domain", """
                    Shows every DNS query and HTTPS request with its answer and timing, then the findings
                    AD-001..AD-011 with their fixes. Without a system resolver use --dns-server; --no-http asks
                    DNS only; --trust-anchor turns on DNSSEC validation; --model compares the answers with a
                    model (and, without addresses, discovers its mail domains). --from-file reads one address
                    or domain per line and writes JSON Lines (findings and results; --trace adds every step),
                    at most --concurrency targets at once (default 64) and --rate starts per second (default
                    200, 0: no limit).
                    """),
            new Entry("ldap-preview", """
                    ldap-preview MODEL --user ADDRESS... [--ldap-url URL] [--start-tls] [--bind-dn DN]
                             [--password-env VAR | --password-file FILE] [--trust-store FILE]
                             [--timeout SECONDS] [--format text|json]
                    ldap-preview MODEL --group DN... | --delivery-group NAME [--membership member-of|member]
                             [same options]
                    """, "what Secure Hub would send Secure Mail, from the live directory", """
                    Expands SEND_LDAP_ATTRIBUTES of MODEL for a directory user (looked up by mail,
                    userPrincipalName or sAMAccountName): each attribute with its value, its problems
                    (DIR-001..DIR-013) and fixes. With --group or --delivery-group, for every member (nested
                    groups too): one line per user who would fail SSO (JSON Lines with --format json) and a
                    summary on stderr. The server, bind DN and credential reference come from the model's
                    first LDAP server unless given; an ldap:// URL is plain LDAP unless --start-tls, and may
                    carry a base DN (ldap://host:port/DC=contoso,DC=com). The password is read from the
                    environment variable the model's env: reference names, from --password-env VAR or from
                    the first line of --password-file FILE; never printed.
                    """),
            new Entry("diff", """
                    diff A B [--format text|json|markdown] [--ignore FEATURE]...
                    """, "the differences between two models, objects paired by their keys", """
                    Objects are paired by their keys, never by position: added, removed and changed objects,
                    each changed feature with its old and new value, addressed by a path such as
                    /server/clientProperties[ENABLE_PASSCODE_AUTH]/value. The order of lists is no difference
                    (except LDAP servers, which are tried in order); volatile features
                    (MdxApplication.sourceFile) are left out; --ignore Class.feature or feature leaves out
                    more. json is stable for scripts, markdown is a table for reviews. Exit 0 no differences,
                    1 differences, 2 a model cannot be read (nothing is compared then).
                    """),
            new Entry("export", """
                    export MODEL --out DIR [--format rest-json,dns-zone,markdown,html] [--output-format text|json]
                    """, "write the policy files, zone lines and report a deployment needs", """
                    Writes into DIR (default: every format): rest-json (the REST API's JSON, one file per object
                    kind), dns-zone (the _autodiscover._tcp SRV records and AutoDiscovery TXT claims as zone file
                    lines, one file per domain), markdown and html (the deployment report with its validation
                    summary and the enrollment path as SVG). All or nothing; byte-identical for the same model;
                    only files an earlier export wrote are ever replaced or removed, and a file of yours in the
                    way is exit 2. The model is validated first and exported even with errors (exit 1 then).
                    Prints the files written, or JSON with --output-format json. No secret is ever written.
                    """),
            new Entry("import-rest", """
                    import-rest DIR --out MODEL [--force] [--format text|json]
                    """, "build a model from REST JSON", """
                    Reads the rest-json files of an export, or responses saved from a server (GET
                    /clientproperties, /serverproperties, delivery groups, MDX containers), and saves a model
                    built from them. A malformed file is named with line and column (exit 2). An existing MODEL
                    is replaced only with --force, keeping MODEL.bak. --format json writes the files read and
                    the warnings as JSON to stdout.
                    """),
            new Entry("simulate", """
                    simulate MODEL --user ADDRESS [--sandbox] [--dns-server HOST:PORT]... [--no-http]
                             [--ldap-url URL ... as ldap-preview] [--format text|json]
                    """, "walk the end-to-end Secure Mail SSO experience for one user", """
                    The steps: (1) Secure Hub enrollment, (2) delivery groups and client properties,
                    (3) SEND_LDAP_ATTRIBUTES from the directory, (4) Exchange autodiscover through DNS SRV (and
                    HTTPS), (5) the credential Exchange accepts. Each step is PASS, FAIL, SKIPPED or UNKNOWN,
                    with its evidence and, when not PASS, the fix. Exit 0 when the account would be configured,
                    1 when a step fails, 3 when a server could not be asked. --sandbox starts, on loopback, a DNS
                    responder and an LDAP directory that answer from the model itself (no network needed; the
                    HTTPS part is then skipped). The directory options are those of ldap-preview.
                    """),
            new Entry("gui", """
                    gui [MODEL...]
                    """, "start the workbench", """
                    Starts the workbench with the models open; run it through the emw script: ./emw gui
                    """),
            new Entry("help", """
                    help [COMMAND]
                    """, "this overview, or a command's whole description", """
                    Without a command, lists every command; with one, describes its options. 'emw COMMAND
                    --help' says the same.
                    """),
            new Entry("--version", """
                    --version
                    """, "the version of emw", """
                    Prints the version of the org.emworkbench.cli bundle.
                    """));

    private CommandHelp() {
    }

    /** @return every command's synopsis and summary, then the exit codes */
    static String overview() {
        StringBuilder text = new StringBuilder("usage: emw COMMAND [ARGUMENTS]\n\ncommands:\n");
        for (Entry entry : ENTRIES) {
            entry.synopsis().lines().forEach(line -> text.append("  ").append(line).append('\n'));
            text.append("      ").append(entry.summary()).append('\n');
        }
        text.append("\nrun 'emw help COMMAND' for a command's options\n\n").append(EXIT_CODES);
        return text.toString();
    }

    /**
     * @param name a command's name
     * @return the command's synopsis and description, with the exit codes; empty for an unknown name
     */
    static Optional<String> of(String name) {
        return ENTRIES.stream().filter(entry -> entry.name().equals(name)).findFirst()
                .map(entry -> "usage: emw " + entry.synopsis().stripTrailing().replace("\n", "\n       ") + "\n\n"
                        + entry.summary() + ".\n" + entry.details() + "\n" + EXIT_CODES);
    }

    /** @return the names of the commands, in the order of the overview */
    static List<String> names() {
        return ENTRIES.stream().map(Entry::name).toList();
    }
}
