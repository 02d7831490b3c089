/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

/**
 * A model file (the genmodel, the .ecore) could not be loaded or is invalid, or a generator (EMF's,
 * Graphviz's dot) reported an error.
 */
public final class CodeGenerationException extends Exception {

  private static final long serialVersionUID = 1L;

  CodeGenerationException(String message) {
    super(message);
  }

  CodeGenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
