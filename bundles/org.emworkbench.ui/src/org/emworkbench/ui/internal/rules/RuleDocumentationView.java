/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.rules;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * Rule Documentation: the page of a rule, rendered from its Markdown. It
 * follows the selection: selecting an EMW problem in the Problems view shows
 * the page of the rule that reported it. Links to other pages of the same
 * plug-in open here (Back returns); web links open in the system browser.
 */
public final class RuleDocumentationView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.emworkbench.ui.views.ruleDocumentation";

    /** What the view says before it has a page to show; Back never returns to it. */
    private static final Shown INTRODUCTION = new Shown(null, null, """
            # Rule Documentation

            Select a problem in the Problems view to read about the rule that reported it: what it checks, \
            why, and how to fix it.
            """);

    private final Deque<Shown> history = new ArrayDeque<>();
    private final ISelectionListener problemsListener = (part, selection) -> {
        if (part != this) {
            ProblemSelection.ruleId(selection).ifPresent(this::showRule);
        }
    };
    private StyledMarkdown text;
    private Shown current;
    private IAction back;

    /** What the view shows: a page of a plug-in, or a sentence about a page it cannot show. */
    private record Shown(URL page, String anchor, String markdown) {
    }

    /**
     * Opens the view, or brings it to the front, and shows a rule's page.
     *
     * @param page   the workbench page to show it in
     * @param ruleId the rule's id, e.g. {@code SSO-002}
     * @return the view
     * @throws PartInitException when the view cannot be opened
     */
    public static RuleDocumentationView show(IWorkbenchPage page, String ruleId) throws PartInitException {
        RuleDocumentationView view = (RuleDocumentationView) page.showView(ID);
        view.showRule(ruleId);
        return view;
    }

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledMarkdown(parent, this::follow);
        back = new Action("Back") {
            @Override
            public void run() {
                if (!history.isEmpty()) {
                    display(history.pop());
                }
                back.setEnabled(!history.isEmpty());
            }
        };
        back.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_BACK));
        back.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(back);
        display(INTRODUCTION);
        getSite().getPage().addPostSelectionListener(problemsListener);
        ProblemSelection.ruleId(getSite().getPage().getSelection(IPageLayout.ID_PROBLEM_VIEW))
                .ifPresent(this::showRule);
    }

    @Override
    public void setFocus() {
        text.widget().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(problemsListener);
        super.dispose();
    }

    /**
     * Shows a rule's page, or a sentence saying why there is none.
     *
     * @param ruleId the rule's id
     */
    public void showRule(String ruleId) {
        RulePages.Location location = RulePages.locate(ruleId);
        if (location.problem() != null) {
            navigate(new Shown(null, null, "# " + ruleId + "\n\n" + location.problem() + "\n"));
        } else if (location.isWeb()) {
            navigate(new Shown(null, null, "# " + ruleId + ": " + location.rule().name() + "\n\nThe page of this rule "
                    + "is on the web; click to open it in your browser: <" + location.url() + ">\n"));
        } else {
            open(location.url(), null, "the page of rule " + ruleId + " (plug-in " + location.rule().contributor()
                    + ")");
        }
    }

    /** @return the text widget, for tests and screenshots */
    public StyledText textWidget() {
        return text.widget();
    }

    private void follow(String link) {
        if (RulePages.isWebAddress(link)) {
            Program.launch(link.strip());
            return;
        }
        if (current.page() == null) {
            return;
        }
        String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : null;
        try {
            URL target = RulePages.resolve(current.page(), link);
            if (target.equals(current.page())) {
                text.reveal(anchor);
            } else {
                open(target, anchor, link + " (linked from " + current.page().getPath() + ")");
            }
        } catch (URISyntaxException e) {
            navigate(new Shown(null, null, "# Link not followed\n\n`" + link + "` is not a valid link: "
                    + e.getReason() + ".\n"));
        }
    }

    private void open(URL page, String anchor, String what) {
        String markdown;
        try {
            markdown = RulePages.read(page);
        } catch (IOException e) {
            navigate(new Shown(null, null, "# Page not found\n\nCannot read " + what + ": " + page.getPath()
                    + " is not in the plug-in (" + e.getClass().getSimpleName() + ").\n"));
            return;
        }
        navigate(new Shown(page, anchor, markdown));
    }

    private void navigate(Shown next) {
        if (next.equals(current)) {
            return;
        }
        if (current != INTRODUCTION) {
            history.push(current);
            back.setEnabled(true);
        }
        display(next);
    }

    private void display(Shown shown) {
        current = shown;
        text.show(MarkdownText.parse(shown.markdown()));
        if (shown.anchor() != null) {
            text.reveal(shown.anchor());
        }
    }
}
