/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.dns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.emworkbench.export.ExportException;
import org.emworkbench.export.ExportFormat;
import org.emworkbench.export.ExportInput;
import org.emworkbench.export.ExportSink;
import org.emworkbench.model.deployment.AutoDiscoveryRegistration;
import org.emworkbench.model.deployment.Deployment;
import org.emworkbench.model.deployment.MailDomain;
import org.emworkbench.model.deployment.SrvRecord;

/**
 * {@code dns-zone}: for each domain of the deployment, the records its DNS
 * zone must hold, as RFC 1035 master file lines for the customer's DNS
 * administrator: the {@code _autodiscover._tcp} SRV records Exchange
 * Autodiscover looks for (domain facts §6.3) and the TXT record carrying the
 * Citrix AutoDiscovery claim token (§6.1). One file per domain,
 * {@code dns-zone/DOMAIN.zone}; names are absolute (final dot), every record
 * has a comment saying what it is for, and no {@code $ORIGIN}, SOA or NS is
 * written, so the lines can be added to an existing zone as they are.
 */
public final class DnsZoneFormat implements ExportFormat {

    /** The format's identifier and folder. */
    public static final String ID = "dns-zone";

    /** The TTL of every record, in seconds: an hour, a common value for records that rarely change. */
    public static final int TTL = 3600;

    /** A host name: labels of letters, digits, hyphens and underscores (for service labels). */
    private static final Pattern DOMAIN = Pattern
            .compile("([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)*[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final int MAX_TXT_STRING = 255;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "DNS zone file lines: _autodiscover._tcp SRV records and Citrix AutoDiscovery TXT claims, one file"
                + " per domain";
    }

    @Override
    public void export(ExportInput input, ExportSink sink) throws ExportException {
        Map<String, Zone> zones = new TreeMap<>();
        Deployment deployment = input.deployment();
        if (deployment.getExchange() != null) {
            for (MailDomain domain : deployment.getExchange().getMailDomains()) {
                zone(zones, domain.getName(), "mail domain").srv.addAll(domain.getExpectedSrvRecords());
            }
        }
        if (deployment.getEnrollment() != null) {
            for (AutoDiscoveryRegistration registration : deployment.getEnrollment().getAutoDiscoveryRegistrations()) {
                zone(zones, registration.getDomain(), "Citrix AutoDiscovery registration").claims.add(registration);
            }
        }
        for (Map.Entry<String, Zone> zone : zones.entrySet()) {
            sink.text(ID + "/" + zone.getKey() + ".zone", text(input, zone.getKey(), zone.getValue()));
        }
    }

    private static Zone zone(Map<String, Zone> zones, String name, String what) throws ExportException {
        String domain = domainName(name, "the " + what + " '" + name + "'");
        return zones.computeIfAbsent(domain, key -> new Zone());
    }

    /** The lower case name without the final dot, checked to be a domain name. */
    private static String domainName(String name, String what) throws ExportException {
        String domain = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
            throw new ExportException(ID + ": " + what + " is not a domain name (letters, digits, hyphens, dots);"
                    + " correct it in the model");
        }
        return domain;
    }

    private static String text(ExportInput input, String domain, Zone zone) throws ExportException {
        StringBuilder text = new StringBuilder();
        text.append("; DNS records for ").append(domain).append(" that the deployment ")
                .append(comment(input.deployment().getName() == null ? "(unnamed)" : input.deployment().getName()))
                .append(" (").append(comment(input.modelName())).append(") expects.\n");
        text.append("; Written by emw export (dns-zone). Add the records to the zone of ").append(domain)
                .append(": names are absolute,\n; the TTL is ").append(TTL)
                .append(" seconds (change it to your zone's practice).\n");
        List<SrvRecord> records = new ArrayList<>(zone.srv);
        records.sort(Comparator.comparingInt(SrvRecord::getPriority).thenComparingInt(SrvRecord::getWeight)
                .thenComparing(SrvRecord::getTarget, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(SrvRecord::getPort));
        for (SrvRecord record : records) {
            srv(text, domain, record);
        }
        for (AutoDiscoveryRegistration registration : zone.claims) {
            claim(text, domain, registration);
        }
        return text.toString();
    }

    private static void srv(StringBuilder text, String domain, SrvRecord record) throws ExportException {
        text.append("\n; Exchange Autodiscover: Secure Mail and other mail clients find the Exchange server for\n")
                .append("; addresses @").append(domain).append(" through this record (MS-OXDISCO 3.1.5.3).\n");
        if (record.getTarget() == null || record.getTarget().isBlank()) {
            text.append("; The model's record has no target, so none is written here.\n");
            return;
        }
        String what = "the SRV record target '" + record.getTarget() + "' of " + domain;
        String target = domainName(record.getTarget(), what);
        if (!record.getTarget().trim().endsWith(".")) {
            text.append("; The model gives the target without the final dot; it is written as the absolute name.\n");
        }
        checkRange(record.getPriority(), "priority", domain);
        checkRange(record.getWeight(), "weight", domain);
        checkRange(record.getPort(), "port", domain);
        text.append("_autodiscover._tcp.").append(domain).append(". ").append(TTL).append(" IN SRV ")
                .append(record.getPriority()).append(' ').append(record.getWeight()).append(' ')
                .append(record.getPort()).append(' ').append(target).append(".\n");
    }

    private static void checkRange(int value, String field, String domain) throws ExportException {
        if (value < 0 || value > 65535) {
            throw new ExportException(ID + ": the SRV record of " + domain + " has " + field + " " + value
                    + ", outside 0..65535; correct it in the model");
        }
    }

    private static void claim(StringBuilder text, String domain, AutoDiscoveryRegistration registration) {
        text.append("\n; Citrix AutoDiscovery claim: proves to Citrix that you own ").append(domain)
                .append(", so that users who enroll\n; in Secure Hub with an address @").append(domain)
                .append(" are sent to ").append(comment(String.valueOf(registration.getServerFqdn())))
                .append(" (instance ").append(comment(String.valueOf(registration.getInstanceName())));
        if (registration.isSetUserIdType()) {
            text.append(", user ID ").append(registration.getUserIdType().getLiteral());
        }
        text.append(").\n");
        String token = registration.getClaimToken();
        if (token == null || token.isEmpty()) {
            text.append("; The model has no claim token for ").append(domain)
                    .append(": request one from Citrix, put it in the model and export again.\n");
            return;
        }
        text.append(domain).append(". ").append(TTL).append(" IN TXT ").append(txt(token)).append('\n');
    }

    /** The token as TXT character strings: quoted, escaped, at most 255 bytes each (RFC 1035 §3.3.14, §5.1). */
    static String txt(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int start = 0; start < bytes.length || start == 0; start += MAX_TXT_STRING) {
            if (start > 0) {
                text.append(' ');
            }
            text.append('"');
            for (int i = start; i < Math.min(bytes.length, start + MAX_TXT_STRING); i++) {
                int b = bytes[i] & 0xFF;
                if (b == '"' || b == '\\') {
                    text.append('\\').append((char) b);
                } else if (b < 0x20 || b > 0x7E) {
                    text.append('\\').append(String.format(Locale.ROOT, "%03d", b));
                } else {
                    text.append((char) b);
                }
            }
            text.append('"');
            if (bytes.length == 0) {
                break;
            }
        }
        return text.toString();
    }

    /** Text from the model inside a comment: a line break would end the comment and start a record. */
    private static String comment(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029' ? ' ' : c));
        return safe.toString();
    }

    /** What one domain's file holds. */
    private static final class Zone {
        private final List<SrvRecord> srv = new ArrayList<>();
        private final List<AutoDiscoveryRegistration> claims = new ArrayList<>();
    }
}
