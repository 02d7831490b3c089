/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EPackage;

/**
 * Generates the documentation of the EMW model from
 * {@code bundles/org.emworkbench.model/model/deployment.ecore}: the class diagram
 * {@code docs/images/model.dot} (rendered to {@code docs/images/model.svg} with Graphviz) and the
 * reference part of {@code docs/model.md}, between {@value #BEGIN} and {@value #END}; the text
 * around the markers is written by hand and kept.
 *
 * <pre>
 * GenerateModelDocs [check|write] [repository root]
 * </pre>
 *
 * <dl>
 * <dt>{@code write}</dt>
 * <dd>writes model.dot and the reference part of model.md, then renders model.svg with
 * {@code dot}, unless the SVG already carries the fingerprint of the DOT text (so rerunning on an
 * unchanged model leaves the SVG alone, whatever Graphviz version is installed).</dd>
 * <dt>{@code check} (the default)</dt>
 * <dd>compares the committed files with what {@code write} would produce, without Graphviz: the DOT
 * text and the reference part exactly, the SVG by the fingerprint Graphviz copied into it; exits
 * with 1 and lists every difference.</dd>
 * </dl>
 *
 * Without a root, the repository root is searched upwards from the current directory.
 */
public final class GenerateModelDocs {

  /** The one command that regenerates the committed files, from the repository root. */
  public static final String REGENERATE_COMMAND = "./mvnw -f releng/org.emworkbench.codegen/pom.xml -Pdiagram";

  static final String ECORE = "bundles/org.emworkbench.model/model/deployment.ecore";
  static final String DOT = "docs/images/model.dot";
  static final String SVG = "docs/images/model.svg";
  static final String MODEL_MD = "docs/model.md";
  static final String BEGIN = "<!-- generated:begin -->";
  static final String END = "<!-- generated:end -->";

  private static final List<String> DOT_HEADER = List.of(
      "The classes of " + ECORE + ", drawn by org.emworkbench.releng.codegen.GenerateModelDocs.",
      "Generated: do not edit. Regenerate this file and model.svg from the repository root with",
      "  " + REGENERATE_COMMAND);

  /** What the .ecore gives: the DOT text and the reference part of model.md. */
  record Generated(ModelDiagram.Dot dot, String reference) {
  }

  private GenerateModelDocs() {
  }

  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "check";
    try {
      Path root = args.length > 1 ? Path.of(args[1]).toAbsolutePath().normalize() : findRoot();
      switch (mode) {
        case "write" -> {
          for (String line : write(root)) {
            System.out.println("[model-docs] " + line);
          }
        }
        case "check" -> {
          List<String> problems = check(root);
          if (!problems.isEmpty()) {
            System.err.println(describe(problems));
            System.exit(1);
          }
          System.out.println("[model-docs] " + DOT + ", " + SVG + " and the reference in " + MODEL_MD + " are up to date.");
        }
        default -> {
          System.err.println("Usage: GenerateModelDocs [check|write] [repository root]");
          System.exit(2);
        }
      }
    } catch (CodeGenerationException | IOException | UncheckedIOException e) {
      System.err.println("[model-docs] " + e.getMessage());
      System.exit(1);
    }
  }

  /** @return the DOT text and the reference part of model.md that the committed .ecore gives */
  static Generated generate(Path root) throws CodeGenerationException {
    EPackage ePackage = EcoreFiles.load(root.resolve(ECORE), ECORE);
    String reference = "<!-- Generated from " + ECORE + ": edit the .ecore, not this part, and regenerate with "
        + REGENERATE_COMMAND + " -->\n\n" + ModelReference.toMarkdown(ePackage) + "\n";
    return new Generated(ModelDiagram.toDot(ePackage, DOT_HEADER), reference);
  }

  /**
   * Writes model.dot and the reference part of model.md, and renders model.svg when it is not
   * already rendered from this DOT text.
   *
   * @return what was done, one line each, for the log
   * @throws CodeGenerationException if the .ecore cannot be loaded, model.md lacks the markers, or
   *           Graphviz is missing or fails (model.dot and model.md are written by then)
   */
  public static List<String> write(Path root) throws CodeGenerationException, IOException {
    Generated generated = generate(root);
    List<String> log = new ArrayList<>();

    Path modelMd = root.resolve(MODEL_MD);
    String markdown = readIfPresent(modelMd).orElseThrow(
        () -> new CodeGenerationException(MODEL_MD + " is missing; create it with the lines " + BEGIN + " and " + END + " where the reference goes."));
    Section section = Section.find(markdown, MODEL_MD);
    writeIfChanged(modelMd, markdown.substring(0, section.start()) + generated.reference() + markdown.substring(section.end()), MODEL_MD, log);

    Path dot = root.resolve(DOT);
    Files.createDirectories(dot.getParent());
    writeIfChanged(dot, generated.dot().text(), DOT, log);

    Path svg = root.resolve(SVG);
    Optional<String> rendered = readIfPresent(svg).flatMap(ModelDiagram::fingerprintIn);
    if (rendered.equals(Optional.of(generated.dot().fingerprint()))) {
      log.add(SVG + " is already rendered from this " + DOT + ".");
    } else {
      String warnings;
      try {
        warnings = Graphviz.renderSvg(dot, svg, SVG);
      } catch (CodeGenerationException e) {
        throw new CodeGenerationException(DOT + " and the reference in " + MODEL_MD + " are written, but " + SVG
            + " is not: " + e.getMessage(), e);
      }
      if (!warnings.isEmpty()) {
        log.add("dot: " + warnings);
      }
      if (!readIfPresent(svg).flatMap(ModelDiagram::fingerprintIn).equals(Optional.of(generated.dot().fingerprint()))) {
        throw new CodeGenerationException("dot rendered " + SVG + " without the graph's comment attribute; the check needs it. "
            + "Use a Graphviz that writes comments into SVG (2.40 or later).");
      }
      log.add("Rendered " + SVG + ".");
    }
    return log;
  }

  /**
   * Compares the committed files with what {@link #write(Path)} would produce; needs no Graphviz.
   *
   * @return one sentence per file that is out of date, naming the file; empty if all are up to date
   * @throws CodeGenerationException if the .ecore cannot be loaded
   */
  public static List<String> check(Path root) throws CodeGenerationException, IOException {
    Generated generated = generate(root);
    List<String> problems = new ArrayList<>();

    Optional<String> dot = readIfPresent(root.resolve(DOT));
    if (dot.isEmpty()) {
      problems.add(DOT + " is missing.");
    } else if (!dot.get().equals(generated.dot().text())) {
      problems.add(DOT + " is not what " + ECORE + " gives: " + firstDifference(dot.get(), generated.dot().text(), DOT, 1) + ".");
    }

    Optional<String> svg = readIfPresent(root.resolve(SVG));
    if (svg.isEmpty()) {
      problems.add(SVG + " is missing.");
    } else {
      Optional<String> fingerprint = ModelDiagram.fingerprintIn(svg.get());
      if (!fingerprint.equals(Optional.of(generated.dot().fingerprint()))) {
        problems.add(SVG + " was not rendered from the current diagram: it carries "
            + fingerprint.map(hex -> "the fingerprint " + shortened(hex)).orElse("no fingerprint") + ", the diagram has "
            + shortened(generated.dot().fingerprint()) + ".");
      }
    }

    Optional<String> markdown = readIfPresent(root.resolve(MODEL_MD));
    if (markdown.isEmpty()) {
      problems.add(MODEL_MD + " is missing.");
    } else {
      try {
        Section section = Section.find(markdown.get(), MODEL_MD);
        String committed = markdown.get().substring(section.start(), section.end());
        if (!committed.equals(generated.reference())) {
          problems.add(MODEL_MD + ": the reference between " + BEGIN + " and " + END + " is not what " + ECORE + " gives: "
              + firstDifference(committed, generated.reference(), MODEL_MD, section.firstLine()) + ".");
        }
      } catch (CodeGenerationException e) {
        problems.add(e.getMessage());
      }
    }
    return problems;
  }

  /** The message for a failed check. */
  public static String describe(List<String> problems) {
    StringBuilder message = new StringBuilder("The model documentation is out of date with ").append(ECORE).append(":\n");
    for (String problem : problems) {
      message.append("  ").append(problem).append('\n');
    }
    message.append("Regenerate with\n  ").append(REGENERATE_COMMAND).append("\n")
        .append("and commit the result (it needs Graphviz's dot; see docs/model.md). Edit the .ecore, not the generated files.");
    return message.toString();
  }

  /**
   * Where the generated part of model.md is: from the line after {@value #BEGIN} to the line of
   * {@value #END}.
   */
  private record Section(int start, int end, int firstLine) {

    static Section find(String markdown, String shownAs) throws CodeGenerationException {
      int begin = markerLine(markdown, BEGIN);
      int end = markerLine(markdown, END);
      if (begin < 0 || end < 0 || end < begin) {
        throw new CodeGenerationException(shownAs + " needs the lines " + BEGIN + " and then " + END
            + " around the generated reference; add them where the reference goes.");
      }
      if (markerLine(markdown.substring(begin + 1), BEGIN) >= 0 || markerLine(markdown.substring(end + 1), END) >= 0) {
        throw new CodeGenerationException(shownAs + " has " + BEGIN + " or " + END + " more than once; keep one of each.");
      }
      int start = markdown.indexOf('\n', begin) + 1;
      int firstLine = (int) markdown.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
      return new Section(start, end, firstLine);
    }

    /** @return the offset of the line that is exactly {@code marker}, or -1 */
    private static int markerLine(String text, String marker) {
      int from = 0;
      while (true) {
        int at = text.indexOf(marker, from);
        if (at < 0) {
          return -1;
        }
        boolean lineStart = at == 0 || text.charAt(at - 1) == '\n';
        int after = at + marker.length();
        boolean lineEnd = after == text.length() || text.charAt(after) == '\n';
        if (lineStart && lineEnd) {
          return at;
        }
        from = after;
      }
    }
  }

  /**
   * @return where two texts first differ, by line: {@code line N of FILE is "…", expected "…"}.
   *         The fingerprint line of a DOT text differs whenever anything else does, so a difference
   *         elsewhere is reported first.
   */
  static String firstDifference(String committed, String expected, String shownAs, int firstLine) {
    String[] committedLines = committed.split("\n", -1);
    String[] expectedLines = expected.split("\n", -1);
    for (boolean skipFingerprints : new boolean[] {true, false}) {
      for (int i = 0; i < Math.max(committedLines.length, expectedLines.length); i++) {
        String actual = i < committedLines.length ? committedLines[i] : null;
        String wanted = i < expectedLines.length ? expectedLines[i] : null;
        boolean fingerprints = actual != null && wanted != null && actual.contains(ModelDiagram.FINGERPRINT_PREFIX)
            && wanted.contains(ModelDiagram.FINGERPRINT_PREFIX);
        if ((actual == null || !actual.equals(wanted)) && !(skipFingerprints && fingerprints)) {
          return "line " + (firstLine + i) + " of " + shownAs + " is " + excerpt(actual) + ", expected " + excerpt(wanted);
        }
      }
    }
    return "they differ"; // not reached for different texts
  }

  private static String excerpt(String line) {
    if (line == null) {
      return "the end of the text";
    }
    return "\"" + (line.length() > 100 ? line.substring(0, 100) + "…" : line) + "\"";
  }

  private static String shortened(String hex) {
    return hex.substring(0, 12);
  }

  /** Reads a file as UTF-8 with {@code \n} line ends, so a checkout with CRLF compares equal. */
  private static Optional<String> readIfPresent(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  private static void writeIfChanged(Path file, String text, String shownAs, List<String> log) throws IOException {
    if (readIfPresent(file).equals(Optional.of(text))) {
      log.add(shownAs + " is up to date.");
      return;
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    log.add("Wrote " + shownAs + ".");
  }

  private static Path findRoot() throws CodeGenerationException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(ECORE))) {
        return dir;
      }
    }
    throw new CodeGenerationException("Cannot find the repository root (a folder with " + ECORE
        + ") above the current directory: pass it as the second argument.");
  }
}
