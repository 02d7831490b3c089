/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Generates the Java code of the EMW model ({@code bundles/org.emworkbench.model}) and its edit
 * support ({@code bundles/org.emworkbench.model.edit}) with EMF's own generator, headless, from
 * {@code bundles/org.emworkbench.model/model/deployment.genmodel}.
 *
 * <pre>
 * GenerateModelCode [check|write] [repository root] [work folder for check]
 * </pre>
 *
 * <dl>
 * <dt>{@code write}</dt>
 * <dd>regenerates in place: deletes each bundle's {@code src-gen/}, then runs the generator, which
 * also merges its part of {@code plugin.xml} and {@code plugin.properties}.</dd>
 * <dt>{@code check} (the default)</dt>
 * <dd>does the same on a copy of the bundles in the work folder and compares the result byte for
 * byte with the committed files; exits with 1 and lists every difference if regenerating would
 * change anything.</dd>
 * </dl>
 *
 * Without a root, the repository root is searched upwards from the current directory.
 */
public final class GenerateModelCode {

  /** The one command that regenerates the committed code, from the repository root. */
  public static final String REGENERATE_COMMAND = "./mvnw -f releng/org.emworkbench.codegen/pom.xml -Pgenerate";

  static final String MODEL_BUNDLE = "org.emworkbench.model";
  static final String EDIT_BUNDLE = "org.emworkbench.model.edit";
  static final List<String> BUNDLES = List.of(MODEL_BUNDLE, EDIT_BUNDLE);
  static final String GENMODEL = "/" + MODEL_BUNDLE + "/model/deployment.genmodel";

  /** The generator's output folder in each bundle; it holds nothing but generated code. */
  static final String SRC_GEN = "src-gen";

  /**
   * What the generator writes in a bundle, relative to the bundle: everything the check compares.
   * {@code plugin.xml} and {@code plugin.properties} are merged on every run; MANIFEST.MF,
   * build.properties and the icons are only created when absent (the genmodel has
   * {@code updateClasspath="false"}), so they may be adjusted by hand.
   */
  static final List<String> GENERATED = List.of(SRC_GEN, "plugin.xml", "plugin.properties", "icons", "META-INF/MANIFEST.MF",
      "build.properties");

  /** What the generator reads in a bundle, in addition to what it writes. */
  static final List<String> INPUTS = List.of("model");

  /** A file that regenerating would add, remove or change; the path is relative to the repository root. */
  public record Difference(Kind kind, String path) {

    public enum Kind {
      ADDED("added:  "), REMOVED("removed:"), CHANGED("changed:");

      private final String label;

      Kind(String label) {
        this.label = label;
      }
    }

    @Override
    public String toString() {
      return kind.label + " " + path;
    }
  }

  private GenerateModelCode() {
  }

  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "check";
    try {
      Path root = args.length > 1 ? Path.of(args[1]).toAbsolutePath().normalize() : findRoot();
      switch (mode) {
        case "write" -> {
          long start = System.nanoTime();
          List<String> warnings = write(root);
          warnings.forEach(warning -> System.out.println("[codegen] " + warning));
          System.out.printf("[codegen] Regenerated %s and %s from %s in %d ms.%n", bundlePath(MODEL_BUNDLE),
              bundlePath(EDIT_BUNDLE), "bundles" + GENMODEL, (System.nanoTime() - start) / 1_000_000);
        }
        case "check" -> {
          Path workDir = args.length > 2 ? Path.of(args[2]) : root.resolve("releng/org.emworkbench.codegen/target/codegen-check");
          long start = System.nanoTime();
          List<Difference> differences = check(root, workDir);
          if (!differences.isEmpty()) {
            System.err.println(describe(differences));
            System.exit(1);
          }
          System.out.printf("[codegen] The committed generated code is up to date (checked in %d ms).%n",
              (System.nanoTime() - start) / 1_000_000);
        }
        default -> {
          System.err.println("Usage: GenerateModelCode [check|write] [repository root] [work folder for check]");
          System.exit(2);
        }
      }
    } catch (CodeGenerationException | IOException | UncheckedIOException e) {
      System.err.println("[codegen] " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Regenerates the code of both bundles in place.
   *
   * @return the generator's warnings, if any
   */
  public static List<String> write(Path root) throws CodeGenerationException, IOException {
    Path bundles = bundlesFolder(root);
    for (String bundle : BUNDLES) {
      deleteRecursively(bundles.resolve(bundle).resolve(SRC_GEN));
    }
    return generate(bundles);
  }

  /**
   * Regenerates the code of both bundles into a copy under {@code workDir} and compares the result
   * with the committed files.
   *
   * @return every file that {@link #write(Path)} would add, remove or change; empty if the committed
   *         code is up to date
   */
  public static List<Difference> check(Path root, Path workDir) throws CodeGenerationException, IOException {
    Path bundles = bundlesFolder(root);
    Path copies = workDir.toAbsolutePath().normalize().resolve("bundles");
    deleteRecursively(copies);
    for (String bundle : BUNDLES) {
      Path to = copies.resolve(bundle);
      copyBundle(bundles.resolve(bundle), to);
      deleteRecursively(to.resolve(SRC_GEN));
    }
    generate(copies);

    List<Difference> differences = new ArrayList<>();
    for (String bundle : BUNDLES) {
      for (String part : GENERATED) {
        compare(bundles.resolve(bundle), copies.resolve(bundle), part, "bundles/" + bundle + "/", differences);
      }
    }
    return differences;
  }

  /** The message for a failed check. */
  public static String describe(List<Difference> differences) {
    StringBuilder message = new StringBuilder();
    message.append("The committed generated code of the EMW model is not what EMF's generator produces from ")
        .append("bundles").append(GENMODEL).append(".\n")
        .append("Regenerating would change ").append(differences.size()).append(differences.size() == 1 ? " file" : " files")
        .append(":\n");
    for (Difference difference : differences) {
      message.append("  ").append(difference).append('\n');
    }
    message.append("Regenerate with\n  ").append(REGENERATE_COMMAND).append("\n")
        .append("and commit the result. Never edit src-gen/ by hand: see docs/codegen.md.");
    return message.toString();
  }

  private static List<String> generate(Path bundles) throws CodeGenerationException {
    Map<String, Path> projects = new LinkedHashMap<>();
    for (String bundle : BUNDLES) {
      projects.put(bundle, bundles.resolve(bundle));
    }
    return EmfCodeGenerator.generate(GENMODEL, projects).warnings();
  }

  private static void compare(Path committedBundle, Path regeneratedBundle, String part, String prefix,
      List<Difference> differences) throws IOException {
    TreeSet<String> files = new TreeSet<>();
    files.addAll(listFiles(committedBundle, part));
    files.addAll(listFiles(regeneratedBundle, part));
    for (String file : files) {
      Path committed = committedBundle.resolve(file);
      Path regenerated = regeneratedBundle.resolve(file);
      if (!Files.isRegularFile(regenerated)) {
        differences.add(new Difference(Difference.Kind.REMOVED, prefix + file));
      } else if (!Files.isRegularFile(committed)) {
        differences.add(new Difference(Difference.Kind.ADDED, prefix + file));
      } else if (!Arrays.equals(Files.readAllBytes(committed), Files.readAllBytes(regenerated))) {
        differences.add(new Difference(Difference.Kind.CHANGED, prefix + file));
      }
    }
  }

  /** The files under {@code part} of {@code bundle}, relative to the bundle, with '/' as separator. */
  private static List<String> listFiles(Path bundle, String part) throws IOException {
    Path start = bundle.resolve(part);
    if (!Files.exists(start)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(start)) {
      return paths.filter(Files::isRegularFile).map(path -> bundle.relativize(path).toString().replace('\\', '/')).toList();
    }
  }

  private static Path bundlesFolder(Path root) throws CodeGenerationException {
    Path bundles = root.toAbsolutePath().normalize().resolve("bundles");
    if (!Files.isRegularFile(bundles.resolve(GENMODEL.substring(1)))) {
      throw new CodeGenerationException("No genmodel at " + bundles.resolve(GENMODEL.substring(1))
          + ": pass the repository root as the second argument.");
    }
    return bundles;
  }

  private static Path findRoot() throws CodeGenerationException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("bundles").resolve(GENMODEL.substring(1)))) {
        return dir;
      }
    }
    throw new CodeGenerationException("Cannot find the repository root (a folder with bundles" + GENMODEL
        + ") above the current directory: pass it as the second argument.");
  }

  private static String bundlePath(String bundle) {
    return "bundles/" + bundle;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> result = new ArrayList<>(first);
    result.addAll(second);
    return result;
  }

  /**
   * Copies what the generator reads and writes of a bundle, and nothing else (not target/, which a
   * parallel build may be writing).
   */
  static void copyBundle(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    for (String part : concat(INPUTS, GENERATED)) {
      copyRecursively(from.resolve(part), to.resolve(part));
    }
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exception) throws IOException {
        if (exception != null) {
          throw exception;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
