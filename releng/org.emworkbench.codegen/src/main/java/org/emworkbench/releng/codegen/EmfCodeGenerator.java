/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's own generator ({@code org.eclipse.emf.codegen.ecore}) stand-alone, without OSGi or a
 * workspace, for the model and the edit project of one genmodel.
 *
 * <p>The genmodel names its projects by workspace paths ({@code /org.emworkbench.model/src-gen});
 * they are mapped to folders on disk through EMF's platform resource map, so the same genmodel
 * works unchanged in the Eclipse IDE.
 */
final class EmfCodeGenerator {

  /** What one run produced, for the log. */
  record Result(List<String> warnings) {
  }

  private EmfCodeGenerator() {
  }

  /**
   * Generates the model and the edit code of {@code genModelPath} (a workspace path such as
   * {@code /org.emworkbench.model/model/deployment.genmodel}).
   *
   * @param projects the workspace projects the generator may read and write, by project name, each
   *          mapped to its folder
   * @throws CodeGenerationException if the genmodel cannot be loaded, is invalid, or the generator
   *           reports an error
   */
  static Result generate(String genModelPath, Map<String, Path> projects) throws CodeGenerationException {
    List<String> warnings = new ArrayList<>();

    // The generator takes the line delimiter of new files from this property; make it the same on
    // every OS so that the committed code does not depend on who generated it.
    String lineSeparator = System.getProperty("line.separator");
    System.setProperty("line.separator", "\n");

    Map<String, URI> platformResourceMap = EcorePlugin.getPlatformResourceMap();
    Map<String, URI> previousMappings = new LinkedHashMap<>();
    for (Map.Entry<String, Path> project : projects.entrySet()) {
      previousMappings.put(project.getKey(), platformResourceMap.put(project.getKey(), folderUri(project.getValue())));
    }

    // EMF logs some problems (an unreadable template, an unwritable file) to System.err instead of
    // reporting them in the returned Diagnostic: capture them and treat them as errors.
    PrintStream originalErr = System.err;
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
    try {
      GenModel genModel = load(genModelPath);

      Diagnostic validation = genModel.diagnose();
      if (validation.getSeverity() >= Diagnostic.ERROR) {
        throw new CodeGenerationException("The genmodel " + genModelPath + " is invalid:\n" + format(validation));
      }
      collectWarnings(validation, warnings);

      GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
      registry.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
      Generator generator = new Generator(registry);
      generator.setInput(genModel);

      for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
        if (!generator.canGenerate(genModel, projectType)) {
          throw new CodeGenerationException("EMF's generator cannot generate the " + projectType + " code of " + genModelPath
              + " (is the " + projectType + " directory set in the genmodel?)");
        }
        Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
          throw new CodeGenerationException("EMF's generator failed on the " + projectType + " code of " + genModelPath + ":\n"
              + format(diagnostic));
        }
        collectWarnings(diagnostic, warnings);
      }

      String logged = capturedErr.toString(StandardCharsets.UTF_8).strip();
      if (!logged.isEmpty()) {
        throw new CodeGenerationException("EMF's generator logged errors for " + genModelPath + ":\n" + logged);
      }
      return new Result(warnings);
    } catch (RuntimeException e) {
      String logged = capturedErr.toString(StandardCharsets.UTF_8).strip();
      throw new CodeGenerationException("EMF's generator failed on " + genModelPath + ": " + e
          + (logged.isEmpty() ? "" : "\n" + logged), e);
    } finally {
      System.setErr(originalErr);
      for (Map.Entry<String, URI> previous : previousMappings.entrySet()) {
        if (previous.getValue() == null) {
          platformResourceMap.remove(previous.getKey());
        } else {
          platformResourceMap.put(previous.getKey(), previous.getValue());
        }
      }
      if (lineSeparator == null) {
        System.clearProperty("line.separator");
      } else {
        System.setProperty("line.separator", lineSeparator);
      }
    }
  }

  private static GenModel load(String genModelPath) throws CodeGenerationException {
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    // The IDE may add usedGenPackages="platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel#//ecore"
    // to the genmodel: serve that from the EMF Ecore jar on the class path.
    resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", false),
        URI.createURI(EcorePlugin.INSTANCE.getBaseURL().toString()));

    URI uri = URI.createPlatformResourceURI(genModelPath, true);
    Resource resource;
    try {
      resource = resourceSet.getResource(uri, true);
      EcoreUtil.resolveAll(resourceSet);
    } catch (RuntimeException e) {
      throw new CodeGenerationException("Cannot load " + genModelPath + " (" + resourceSet.getURIConverter().normalize(uri)
          + "): " + e.getMessage(), e);
    }
    StringBuilder errors = new StringBuilder();
    for (Resource loaded : resourceSet.getResources()) {
      for (Resource.Diagnostic error : loaded.getErrors()) {
        errors.append("\n  ").append(loaded.getURI()).append(": ").append(error.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new CodeGenerationException("Cannot load " + genModelPath + ":" + errors);
    }
    EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
    if (!(root instanceof GenModel genModel)) {
      throw new CodeGenerationException(genModelPath + " does not contain a GenModel");
    }

    // As the IDE does before generating: bring the genmodel up to date with its .ecore (in memory).
    genModel.reconcile();
    genModel.setCanGenerate(true);
    return genModel;
  }

  private static URI folderUri(Path folder) {
    String uri = URI.createFileURI(folder.toAbsolutePath().normalize().toString()).toString();
    return URI.createURI(uri.endsWith("/") ? uri : uri + "/");
  }

  private static void collectWarnings(Diagnostic diagnostic, List<String> warnings) {
    if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
      warnings.add(format(diagnostic).strip());
    }
  }

  static String format(Diagnostic diagnostic) {
    StringBuilder result = new StringBuilder();
    format(diagnostic, "  ", result);
    return result.toString();
  }

  private static void format(Diagnostic diagnostic, String indent, StringBuilder result) {
    result.append(indent).append(severity(diagnostic)).append(": ").append(diagnostic.getMessage()).append('\n');
    if (diagnostic.getException() != null) {
      result.append(indent).append("  ").append(diagnostic.getException()).append('\n');
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      format(child, indent + "  ", result);
    }
  }

  private static String severity(Diagnostic diagnostic) {
    return switch (diagnostic.getSeverity()) {
      case Diagnostic.OK -> "OK";
      case Diagnostic.INFO -> "INFO";
      case Diagnostic.WARNING -> "WARNING";
      case Diagnostic.CANCEL -> "CANCEL";
      default -> "ERROR";
    };
  }
}
