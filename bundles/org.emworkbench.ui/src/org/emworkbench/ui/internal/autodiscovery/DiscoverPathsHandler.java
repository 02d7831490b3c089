/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.autodiscovery;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Deployment > Discover Autodiscovery Paths: opens the Autodiscovery view and
 * discovers for the mail domain of the model in the active editor, asking
 * which one when the model has several. A model without mail domains offers
 * its AutoDiscovery domains instead; without a model the view opens and says
 * what to do.
 */
public final class DiscoverPathsHandler extends AbstractHandler {

    /** The command id. */
    public static final String COMMAND = "org.emworkbench.ui.discoverAutodiscoveryPaths";

    /** The title of the dialog that asks for the domain. */
    public static final String CHOOSER_TITLE = "Discover Autodiscovery Paths";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ModelDomains model = ModelDomains.of(HandlerUtil.getActiveEditor(event));
        AutodiscoveryView view;
        try {
            view = AutodiscoveryView.show(window.getActivePage());
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Autodiscovery view: " + e.getMessage(), e);
        }
        if (model == null) {
            view.showError("Open a deployment model to discover for its mail domains, or type an address or a domain.");
            return null;
        }
        List<String> domains = model.mailDomains().isEmpty()
                ? model.domains().stream().map(ModelDomains.Domain::name).toList()
                : model.mailDomains();
        if (domains.isEmpty()) {
            view.showError(model.model() + " names no mail domain and no AutoDiscovery domain; type a domain.");
            return null;
        }
        String domain = domains.size() == 1 ? domains.get(0) : choose(window.getShell(), model.model(), domains);
        if (domain != null) {
            view.discover(domain);
        }
        return null;
    }

    private static String choose(Shell shell, String model, List<String> domains) {
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle(CHOOSER_TITLE);
        dialog.setMessage(model + " has " + domains.size() + " mail domains. Discover for:");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider());
        dialog.setInput(domains);
        dialog.setInitialSelections(domains.get(0));
        dialog.setHelpAvailable(false);
        if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
            return null;
        }
        return (String) dialog.getResult()[0];
    }
}
