/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Renders DOT files with Graphviz's {@code dot} command, which must be on the {@code PATH}. */
final class Graphviz {

  private Graphviz() {
  }

  /**
   * Renders {@code dotFile} as SVG into {@code svgFile}. The SVG is written to a temporary file
   * first, so a failed run leaves the previous SVG as it was.
   *
   * @param shownAs how messages name the SVG file, e.g. its path relative to the repository root
   * @return what {@code dot} printed (warnings), stripped; empty if nothing
   * @throws CodeGenerationException if {@code dot} is not installed or fails
   */
  static String renderSvg(Path dotFile, Path svgFile, String shownAs) throws CodeGenerationException, IOException {
    Path temporary = svgFile.resolveSibling(svgFile.getFileName() + ".tmp");
    Process process;
    try {
      process = new ProcessBuilder(List.of("dot", "-Tsvg", "-o", temporary.toString(), dotFile.toString())).redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      throw new CodeGenerationException("Graphviz's dot command is not installed (or not on PATH), so " + shownAs
          + " was not rendered. Install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"
          + " and run the command again.");
    }
    String output;
    int exitCode;
    try {
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      exitCode = process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new CodeGenerationException("Interrupted while dot was rendering " + shownAs + ".", e);
    }
    if (exitCode != 0) {
      Files.deleteIfExists(temporary);
      throw new CodeGenerationException("dot failed (exit code " + exitCode + ") to render " + shownAs + ":\n" + output);
    }
    Files.move(temporary, svgFile, StandardCopyOption.REPLACE_EXISTING);
    return output;
  }
}
