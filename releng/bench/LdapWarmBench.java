/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.emworkbench.directory.BatchSummary;
import org.emworkbench.directory.BindCredentials;
import org.emworkbench.directory.CredentialPolicy;
import org.emworkbench.directory.DirectoryConnection;
import org.emworkbench.directory.DirectoryEndpoint;
import org.emworkbench.directory.DirectoryPreview;
import org.emworkbench.directory.Membership;
import org.emworkbench.directory.SendLdapAttributes;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.validation.settings.DirectorySettings;

/**
 * The warm half of releng/bench/ldap-bench: the SEND_LDAP_ATTRIBUTES expansion of every member of a
 * group, run again and again in one JVM as plain Java on the headless product's jars, so that the rate
 * is the code's and not the JVM's start-up. Each round opens its own connection, binds, expands every
 * member (paged search, one preview per user) and closes, as one command run would; rounds alternate
 * with ldapsearch fetching the same members with the same attributes from the same server.
 *
 * <pre>
 * java -cp 'PRODUCT/plugins/*' releng/bench/LdapWarmBench.java LDAP_URL BIND_DN PASSWORD_FILE GROUP_DN WARMUPS ROUNDS OUT
 * </pre>
 *
 * Prints one line per measured round, {@code ldapsearchEntriesPerSecond emwUsersPerSecond}, to OUT.
 */
public final class LdapWarmBench {

    /** The example's value (examples/contoso/contoso.emw). */
    private static final String SEND_LDAP_ATTRIBUTES = "userPrincipalName=${user.userprincipalname},"
            + "sAMAccountName=${user.samaccountname},displayName=${user.displayname},mail=${user.mail}";

    private static final Pattern DN_LINE = Pattern.compile("^dn: ", Pattern.MULTILINE);

    private LdapWarmBench() {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String bindDn = args[1];
        Path passwordFile = Path.of(args[2]);
        String groupDn = args[3];
        int warmups = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        Path out = Path.of(args[6]);
        DirectoryEndpoint endpoint = DirectoryEndpoint.of(url.getHost(), url.getPort(), DirectorySettings.DEFAULTS)
                .withTls(DirectorySettings.Tls.NONE, "").withBaseDn(baseOf(groupDn))
                .withBind(bindDn, CredentialReference.valueOf("env:EMW_BENCH_UNUSED"));
        BindCredentials credentials = BindCredentials.file(passwordFile);
        for (int round = 1; round <= warmups; round++) {
            System.err.printf(Locale.ROOT, "warm-up %d: emw %.0f users/s%n", round,
                    emw(endpoint, credentials, groupDn));
        }
        List<String> rows = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double native_ = ldapsearch(url, bindDn, passwordFile, groupDn);
            double ours = emw(endpoint, credentials, groupDn);
            System.err.printf(Locale.ROOT, "warm round %d: ldapsearch %.0f entries/s; emw %.0f users/s%n", round,
                    native_, ours);
            rows.add(String.format(Locale.ROOT, "%.0f %.0f", native_, ours));
        }
        Files.write(out, rows);
    }

    private static double emw(DirectoryEndpoint endpoint, BindCredentials credentials, String groupDn)
            throws Exception {
        long start = System.nanoTime();
        AtomicInteger users = new AtomicInteger();
        BatchSummary summary;
        try (DirectoryConnection connection = DirectoryConnection.open(endpoint, credentials)) {
            DirectoryPreview preview = new DirectoryPreview(connection, SendLdapAttributes.parse(SEND_LDAP_ATTRIBUTES),
                    CredentialPolicy.USER_PRINCIPAL_NAME);
            summary = preview.previewGroups(List.of(groupDn), Membership.MEMBER_OF, each -> users.incrementAndGet(),
                    100, new NullProgressMonitor());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (users.get() == 0) {
            throw new IllegalStateException("no member of " + groupDn + " was expanded: " + summary);
        }
        return users.get() / seconds;
    }

    private static double ldapsearch(URI url, String bindDn, Path passwordFile, String groupDn)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("ldapsearch", "-LLL", "-H", url.toString(), "-x", "-D", bindDn, "-y",
                passwordFile.toString(), "-b", baseOf(groupDn), "-E", "pr=1000/noprompt",
                "(&(objectClass=user)(memberOf=" + groupDn + "))", "mail", "userPrincipalName", "sAMAccountName",
                "displayName").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        Matcher entries = DN_LINE.matcher(output);
        int count = 0;
        while (entries.find()) {
            count++;
        }
        if (exit != 0 || count == 0) {
            throw new IllegalStateException("ldapsearch ended with " + exit + " and " + count + " entries");
        }
        return count / seconds;
    }

    /** The directory's root: the domain components at the end of the DN. */
    private static String baseOf(String dn) {
        int first = dn.toUpperCase(Locale.ROOT).indexOf("DC=");
        return first < 0 ? dn : dn.substring(first);
    }
}
