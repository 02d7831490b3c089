/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.markers.MarkerSupportView;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.emworkbench.tests.support.Examples;
import org.emworkbench.ui.internal.markers.ProblemMarkers;
import org.emworkbench.ui.internal.markers.ValidationJob;
import org.emworkbench.ui.internal.rules.RuleDocumentationView;
import org.emworkbench.ui.internal.rules.RulePages;
import org.emworkbench.validation.RuleDescriptor;
import org.emworkbench.validation.RuleMode;
import org.emworkbench.validation.RuleRegistry;
import org.emworkbench.validation.RuleSeverity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rule pages ship in the contributing plug-in and show in the Rule Documentation view. */
@ExtendWith(ScreenshotOnFailure.class)
class RuleDocumentationUiTest {

    private static final String COMMAND = "org.emworkbench.ui.showRuleDocumentation";
    private static final long PATIENCE_MILLIS = 30_000;

    @AfterEach
    void closeTheView() {
        IViewReference view = page().findViewReference(RuleDocumentationView.ID);
        if (view != null) {
            page().hideView(view);
        }
    }

    @Test
    void everyBuiltInRulesPageResolvesInsideTheValidationBundle() throws Exception {
        List<RuleDescriptor> builtIn = RuleRegistry.fromPlatform().rules().stream()
                .filter(rule -> rule.contributor().equals("org.emworkbench.validation")).toList();
        assertTrue(builtIn.size() >= 17, builtIn.toString());

        for (RuleDescriptor rule : builtIn) {
            RulePages.Location location = RulePages.locate(rule);
            assertNull(location.problem(), rule.id() + ": " + location.problem());
            assertFalse(location.isWeb(), rule.id());
            String page = RulePages.read(location.url());
            assertTrue(page.startsWith("# " + rule.id() + ": "), rule.id() + " page starts with its title: "
                    + page.lines().findFirst().orElse(""));
        }
    }

    @Test
    void aMissingPageIsASentenceNamingRuleContributorAndPath() {
        RuleDescriptor rule = new RuleDescriptor("TEST-404", "A rule without its page", "org.emworkbench.sso",
                RuleSeverity.INFO, RuleMode.OFFLINE, DeploymentPackage.Literals.DEPLOYMENT, "org.emworkbench.ui.tests",
                "", () -> (target, context) -> { }, "docs/rules/TEST-404.md");

        RulePages.Location location = RulePages.locate(rule);

        assertNull(location.url());
        assertEquals("The page of rule TEST-404 cannot be found: plug-in org.emworkbench.ui.tests has no file "
                + "docs/rules/TEST-404.md.", location.problem());
    }

    @Test
    void theViewShowsTheSso002PageAndFollowsItsLinks() throws Exception {
        RuleDocumentationView view = RuleDocumentationView.show(page(), "SSO-002");
        processEvents();

        StyledText text = view.textWidget();
        assertTrue(text.getText().startsWith("SSO-002: Citrix PIN authentication is enabled\n"), text.getText());
        assertFalse(text.getText().contains("**"), "no Markdown syntax is shown");
        assertTrue(text.getStyleRanges().length > 5, "the page is styled");

        click(text, text.getText().indexOf("SSO-016"));

        assertTrue(text.getText().startsWith("SSO-016: "), "the link to SSO-016 opened its page: "
                + text.getText().lines().findFirst().orElse(""));
    }

    @Test
    void anUnknownRuleShowsWhyThereIsNoPage() throws Exception {
        RuleDocumentationView view = RuleDocumentationView.show(page(), "NOPE-001");

        assertTrue(view.textWidget().getText().contains("No rule NOPE-001 is installed"), view.textWidget().getText());
    }

    @Test
    void theViewIsInTheDeploymentPerspectiveWithThePropertiesView() {
        List<String> shortcuts = Arrays.asList(page().getShowViewShortcuts());
        assertTrue(shortcuts.contains(RuleDocumentationView.ID), shortcuts.toString());
        page().resetPerspective();
        processEvents();
        assertNotNull(page().findViewReference(RuleDocumentationView.ID), "the view is in the layout");
    }

    @Test
    void theCommandShowsThePageOfTheSelectedProblemAndIsOffForOtherSelections() throws Exception {
        IMarker marker = sso002Problem();
        IProject project = marker.getResource().getProject();

        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(
                PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(COMMAND), null);
        assertThrows(NotEnabledException.class,
                () -> handlers.executeCommandInContext(command, null, withSelection(handlers, project)));

        handlers.executeCommandInContext(command, null, withSelection(handlers, marker));
        processEvents();

        RuleDocumentationView view = (RuleDocumentationView) page().findView(RuleDocumentationView.ID);
        assertNotNull(view, "the command opened the view");
        assertTrue(view.textWidget().getText().startsWith("SSO-002: "), view.textWidget().getText());
        page().showView(IPageLayout.ID_PROBLEM_VIEW);
    }

    @Test
    void selectingAProblemInTheProblemsViewShowsItsRulesPage() throws Exception {
        sso002Problem();
        RuleDocumentationView view = RuleDocumentationView.show(page(), "SSO-016");
        MarkerSupportView problems = (MarkerSupportView) page().showView(IPageLayout.ID_PROBLEM_VIEW);

        TreeItem row = awaitProblemRow(problems, "SSO-002");
        row.getParent().setSelection(row);
        Event select = new Event();
        select.item = row;
        row.getParent().notifyListeners(SWT.Selection, select);

        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!view.textWidget().getText().startsWith("SSO-002: ") && System.currentTimeMillis() < deadline) {
            processEvents();
            Thread.sleep(50);
        }
        assertTrue(view.textWidget().getText().startsWith("SSO-002: "), "the view follows the Problems view: "
                + view.textWidget().getText().lines().findFirst().orElse(""));
    }

    /** A model with one SSO-002 problem, validated. */
    private static IMarker sso002Problem() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("rule-docs-ui-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("broken.emw");
        if (!file.exists()) {
            try (InputStream content = Files.newInputStream(Examples.file("contoso/broken-passcode-auth.emw"))) {
                file.create(content, IResource.FORCE, null);
            }
        }
        new ValidationJob(file).schedule();
        Job.getJobManager().join(ValidationJob.FAMILY, new NullProgressMonitor());
        IMarker marker = file.findMarkers(ProblemMarkers.TYPE, true, 0)[0];
        assertEquals("SSO-002", marker.getAttribute(ProblemMarkers.RULE_ID));
        return marker;
    }

    /** The row of the Problems view (a tree with a Description column) whose text starts with the prefix. */
    private static TreeItem awaitProblemRow(MarkerSupportView problems, String prefix) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            processEvents();
            Job.getJobManager().join(problems.MARKERSVIEW_UPDATE_JOB_FAMILY, new NullProgressMonitor());
            processEvents();
            Tree tree = descriptionTree(problems.getSite().getShell());
            TreeItem row = tree == null ? null : row(tree.getItems(), prefix);
            if (row != null) {
                return row;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no row " + prefix + "… in the Problems view after " + PATIENCE_MILLIS + " ms");
    }

    private static TreeItem row(TreeItem[] items, String prefix) {
        for (TreeItem item : items) {
            if (item.getText().startsWith(prefix)) {
                return item;
            }
            expand(item);
            TreeItem found = row(item.getItems(), prefix);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Expands a row as a click on its arrow does, so that the viewer creates its children. */
    private static void expand(TreeItem item) {
        if (!item.getExpanded()) {
            Event expand = new Event();
            expand.item = item;
            item.getParent().notifyListeners(SWT.Expand, expand);
            item.setExpanded(true);
            processEvents();
        }
    }

    /** The visible tree with a Description column below the control, searched breadth first. */
    private static Tree descriptionTree(Control top) {
        Deque<Control> pending = new ArrayDeque<>(List.of(top));
        while (!pending.isEmpty()) {
            Control control = pending.poll();
            if (control instanceof Tree tree && tree.isVisible()
                    && Arrays.stream(tree.getColumns()).anyMatch(column -> column.getText().equals("Description"))) {
                return tree;
            }
            if (control instanceof Composite composite) {
                pending.addAll(Arrays.asList(composite.getChildren()));
            }
        }
        return null;
    }

    private static IEvaluationContext withSelection(IHandlerService handlers, Object selected) {
        IEvaluationContext context = handlers.createContextSnapshot(true);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(selected));
        return context;
    }

    /** A left click on the character at an offset, as the user makes it. */
    private static void click(StyledText text, int offset) {
        assertTrue(offset >= 0, "the text to click is shown");
        text.setTopIndex(text.getLineAtOffset(offset));
        processEvents();
        Point location = text.getLocationAtOffset(offset);
        Event event = new Event();
        event.button = 1;
        event.x = location.x + 2;
        event.y = location.y + 2;
        text.notifyListeners(SWT.MouseUp, event);
        processEvents();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the event queue
        }
    }
}
