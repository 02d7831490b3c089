/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.emworkbench.autodiscovery.ProviderRegistry;
import org.emworkbench.validation.RuleRegistry;

/**
 * The Eclipse application behind the {@code emw} command: hands the command
 * line to {@link CommandLine} and returns its exit code to the launcher.
 */
public final class EmwApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int exitCode = new CommandLine(RuleRegistry::fromPlatform,
                ProviderRegistry::fromPlatform, System.out, System.err)
                .run(arguments == null ? new String[0] : arguments);
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(exitCode);
    }

    @Override
    public void stop() {
        // Commands are short and run to completion; nothing to interrupt.
    }
}
