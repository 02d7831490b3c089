/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

/** The genmodel could not be loaded, is invalid, or EMF's generator reported an error. */
public final class CodeGenerationException extends Exception {

  private static final long serialVersionUID = 1L;

  CodeGenerationException(String message) {
    super(message);
  }

  CodeGenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
