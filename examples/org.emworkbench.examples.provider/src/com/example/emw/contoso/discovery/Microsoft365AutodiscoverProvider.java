/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package com.example.emw.contoso.discovery;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.emworkbench.autodiscovery.AutodiscoveryProvider;
import org.emworkbench.autodiscovery.DiscoveredValue;
import org.emworkbench.autodiscovery.DiscoveryContext;
import org.emworkbench.autodiscovery.DiscoveryTarget;
import org.emworkbench.autodiscovery.PublicSuffixes;
import org.emworkbench.autodiscovery.StepKind;
import org.emworkbench.autodiscovery.StepStatus;
import org.emworkbench.autodiscovery.TraceRecorder;
import org.emworkbench.autodiscovery.TraceRecorder.Step;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The Microsoft 365 / hybrid Exchange check Contoso IT runs for its customers:
 * where does {@code autodiscover.<domain>} lead? Microsoft tells Exchange
 * Online customers to make it a CNAME of {@code autodiscover.outlook.com};
 * hybrid and on-premises deployments point it at their own Exchange.
 * <p>
 * Asks the run's DNS servers (and only them) for the name's CNAME record, then
 * follows the aliases to the addresses, one trace step per query. Reports:
 * <ul>
 * <li>{@code CONTOSO-101} (warning) when the alias leads outside the mail
 * domain to a host that is not on the bundled list of Exchange Online hosts
 * ({@link ExchangeOnlineHosts});</li>
 * <li>{@code CONTOSO-102} (info) when there is no such name, or it has neither
 * alias nor address;</li>
 * <li>{@code CONTOSO-103} (unknown) when a query got no usable answer;</li>
 * <li>{@code CONTOSO-104} (warning) when the alias leads to a name without
 * address, or round in a loop;</li>
 * <li>{@code CONTOSO-105} (error) when it leads to
 * {@code autodiscover.<public suffix>}, which is never asked;</li>
 * <li>{@code CONTOSO-106} (info) when the name has addresses of its own.</li>
 * </ul>
 * Results: the alias chain and the addresses at its end.
 */
public final class Microsoft365AutodiscoverProvider implements AutodiscoveryProvider {

    /** The id in plugin.xml. */
    public static final String ID = "com.example.emw.contoso.m365Autodiscover";

    /** The kind of the result that shows the alias chain. */
    public static final String ALIAS = "Autodiscover CNAME";

    /** The kind of the results that show the addresses a client connects to. */
    public static final String ADDRESS = "Autodiscover address";

    @Override
    public void discover(DiscoveryTarget target, DiscoveryContext context, TraceRecorder trace,
            IProgressMonitor monitor) {
        String domain = target.domain();
        String alias = "autodiscover." + domain;
        if (PublicSuffixes.isAutodiscoverAtPublicSuffix(alias)) {
            trace.begin(StepKind.CHECK, "Microsoft 365 Autodiscover name of " + domain).finish(StepStatus.SKIPPED,
                    domain + " is a public suffix: " + alias + " belongs to whoever registers it and is not asked");
            return;
        }
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        ConfiguredDns dns = ConfiguredDns.of(context.settings());
        Name name = absolute(alias);
        DnsReply reply = dns.ask(name, Type.CNAME, trace, monitor);
        if (!reply.answered()) {
            trace.report(AliasFinding.UNANSWERED.on(alias, "The CNAME lookup of " + alias + " got no usable answer ("
                    + reply.reason() + "): whether it leads to Exchange Online is unknown."));
            return;
        }
        if (reply.nameMissing()) {
            trace.report(AliasFinding.NONE.on(alias, alias + " does not exist (NXDOMAIN): Outlook finds no"
                    + " Autodiscover service under this name and goes on to its other ways."));
            return;
        }
        Optional<Name> first = AliasChain.aliasOf(reply, name);
        if (first.isEmpty()) {
            ownHost(alias, AliasChain.follow(List.of(name), dns, trace, monitor), trace);
        } else {
            aliased(domain, alias, AliasChain.follow(List.of(name, first.get()), dns, trace, monitor), trace);
        }
    }

    /** The name has no CNAME record: it is a host of its own, or nothing. */
    private static void ownHost(String alias, AliasChain chain, TraceRecorder trace) {
        switch (chain.ending()) {
        case ADDRESSES -> {
            chain.addresses().forEach(address -> trace.result(new DiscoveredValue(ADDRESS, address)));
            trace.report(AliasFinding.OWN_HOST.on(alias, alias + " is a host of its own (" + String.join(", ",
                    chain.addresses()) + "), not an alias: Outlook asks that server, as on-premises and hybrid"
                    + " Exchange want, not Exchange Online."));
        }
        case UNANSWERED -> trace.report(AliasFinding.UNANSWERED.on(alias, "The address lookup of " + alias
                + " got no usable answer (" + chain.unanswered() + "): where it leads is unknown."));
        default -> trace.report(AliasFinding.NONE.on(alias, alias + " exists but has neither a CNAME nor an address"
                + " record: Outlook finds no Autodiscover service under this name."));
        }
    }

    /** The name is an alias: where it ends, and whether that is Exchange Online or at least the customer's. */
    private static void aliased(String domain, String alias, AliasChain chain, TraceRecorder trace) {
        trace.result(new DiscoveredValue(ALIAS, chain.describe()));
        chain.addresses().forEach(address -> trace.result(new DiscoveredValue(ADDRESS, address)));
        List<String> names = chain.names().stream().skip(1).map(name -> name.toString(true)).toList();
        ExchangeOnlineHosts exchangeOnline = ExchangeOnlineHosts.bundled();
        Step check = trace.begin(StepKind.CHECK, "Where " + alias + " leads");
        check.detail("aliases: " + chain.describe());
        if (!chain.addresses().isEmpty()) {
            check.detail("addresses: " + String.join(", ", chain.addresses()));
        }
        Optional<String> online = names.stream().filter(exchangeOnline::contains).findFirst();
        Optional<String> outside = names.stream().filter(name -> !PublicSuffixes.isWithin(name, domain)).findFirst();
        if (chain.ending() == AliasChain.Ending.PUBLIC_SUFFIX) {
            check.finish(StepStatus.FAILED, "to " + chain.last().toString(true) + ", autodiscover.<public suffix>");
            trace.report(AliasFinding.PUBLIC_SUFFIX.on(alias, alias + " is an alias of " + chain.last().toString(true)
                    + ", a name anyone can register under a public suffix; it was not asked, but clients would send"
                    + " it your users' passwords."));
            return;
        }
        if (online.isPresent()) {
            check.finish(StepStatus.OK, "to Exchange Online (" + online.get() + ")");
        } else if (outside.isPresent()) {
            check.finish(StepStatus.FAILED, "outside " + domain + ", to " + outside.get()
                    + ", which is not a known Exchange Online host");
            trace.report(AliasFinding.ELSEWHERE.on(alias, alias + " is an alias of " + outside.get() + ", outside "
                    + domain + " and not a known Exchange Online host: Outlook would send the users' passwords to that host."));
        } else {
            check.finish(StepStatus.OK, "inside " + domain);
        }
        ending(alias, chain, trace);
    }

    private static void ending(String alias, AliasChain chain, TraceRecorder trace) {
        String end = chain.last().toString(true);
        switch (chain.ending()) {
        case NOTHING -> trace.report(AliasFinding.DANGLING.on(alias, alias + " leads to " + end
                + ", which has no address: every client fails there."));
        case LOOP -> trace.report(AliasFinding.DANGLING.on(alias, "The aliases of " + alias + " go round in a loop or"
                + " run longer than " + AliasChain.MAX_NAMES + " names (" + chain.describe() + "): no client gets an"
                + " address."));
        case UNANSWERED -> trace.report(AliasFinding.UNANSWERED.on(alias, "The address lookup of " + end + " got no"
                + " usable answer (" + chain.unanswered() + "): whether " + alias + " leads anywhere is unknown."));
        default -> {
            // ADDRESSES: reached; PUBLIC_SUFFIX is reported by the caller
        }
        }
    }

    private static Name absolute(String name) {
        try {
            return Name.fromString(name + ".");
        } catch (TextParseException e) {
            // DiscoveryTarget only holds valid DNS names, so this would be a bug in the caller.
            throw new IllegalArgumentException("not a DNS name: " + name, e);
        }
    }
}
