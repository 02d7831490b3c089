/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory.tests.servers;

import java.nio.file.Path;

/**
 * The {@code slapd.conf} of a {@link Slapd} harness. The old file format
 * rather than {@code cn=config}: one file that slapd and slapadd both read,
 * with nothing to load first. Every path is inside the harness's directory,
 * so the server needs no system directory and no other user.
 */
final class SlapdConfiguration {

    private SlapdConfiguration() {
    }

    static String text(Path directory) {
        StringBuilder conf = new StringBuilder();
        for (Path schema : SlapdPrograms.schemaFiles()) {
            conf.append("include ").append(schema).append('\n');
        }
        conf.append("include ").append(directory.resolve("ad-like.schema")).append('\n');
        conf.append("pidfile ").append(directory.resolve("slapd.pid")).append('\n');
        conf.append("argsfile ").append(directory.resolve("slapd.args")).append('\n');
        SlapdPrograms.moduleDirectory().ifPresent(modules -> conf.append("modulepath ").append(modules)
                .append("\nmoduleload back_mdb\n"));
        // 10,000 users in one search (paged or not) must not hit a limit.
        conf.append("sizelimit unlimited\ntimelimit unlimited\n");
        conf.append("TLSCACertificateFile ").append(directory.resolve("ca.pem")).append('\n');
        conf.append("TLSCertificateFile ").append(directory.resolve("server.pem")).append('\n');
        conf.append("TLSCertificateKeyFile ").append(directory.resolve("server.key")).append('\n');
        // Like AD: anonymous clients see the root DSE and the schema and may bind; reading needs a bind.
        conf.append("access to dn.base=\"\" by * read\n");
        conf.append("access to dn.base=\"cn=Subschema\" by * read\n");
        conf.append("access to attrs=userPassword by anonymous auth by * none\n");
        conf.append("access to * by users read by anonymous auth\n");
        conf.append("database mdb\n");
        conf.append("suffix \"").append(DirectoryData.BASE_DN).append("\"\n");
        conf.append("directory ").append(directory.resolve("db")).append('\n');
        // A sparse file: 256 MB of address space, only the used pages are written.
        conf.append("maxsize 268435456\n");
        conf.append("limits users size=unlimited size.pr=unlimited size.prtotal=unlimited time=unlimited\n");
        conf.append("index objectClass eq\n");
        conf.append("index cn,mail,").append(AdLikeSchema.USER_PRINCIPAL_NAME).append(',')
                .append(AdLikeSchema.SAM_ACCOUNT_NAME).append(" eq,sub\n");
        conf.append("index ").append(AdLikeSchema.MEMBER).append(',').append(AdLikeSchema.MEMBER_OF)
                .append(" eq\n");
        return conf.toString();
    }
}
