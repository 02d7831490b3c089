/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.persistence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.ServerVersion;
import org.emworkbench.model.deployment.DeploymentPackage;
import org.xml.sax.SAXParseException;

/**
 * Turns what EMF and the XML parser report about an unusable model file into a
 * {@link ModelLoadException} that names the line and says what to do.
 * <p>
 * A credential field ({@link CredentialReference}) that holds something else
 * may hold a password. EMF's own report repeats the value ("Value '…' is not
 * legal") in its message and in those of its causes, so for such fields the
 * message is written here without the value and no cause is attached; any
 * other message that would contain such a value is replaced as a whole.
 */
final class LoadProblems {

    /** EMF appends " (uri, line, column)" to its messages; the location is reported separately. */
    private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s*\\([^()]*, \\d+, \\d+\\)\\s*$");
    private static final Pattern PACKAGE_NOT_FOUND = Pattern.compile("Package with uri '([^']*)' not found.*");
    private static final String DEPLOYMENT_NAMESPACE_PREFIX = "http://www.emworkbench.org/deployment/";
    private static final String FIX = "; fix the file or restore it from a backup";

    private LoadProblems() {
    }

    /**
     * @param file   the file as the user named it
     * @param errors the resource's errors after the load
     * @param thrown what the load threw, may be {@code null}
     * @return the exception to report
     */
    static ModelLoadException translate(Path file, List<Resource.Diagnostic> errors, Exception thrown) {
        Set<String> secrets = secretsIn(errors, thrown);
        ModelLoadException plain = describe(file, errors, thrown);
        if (secrets.isEmpty()) {
            return plain;
        }
        String reason = plain.getReason();
        if (mentionsAny(reason, secrets)) {
            reason = "the file is not a valid deployment model here (the details are not shown, as they may contain"
                    + " a password)" + FIX;
        }
        Throwable cause = plain.getCause();
        if (cause instanceof IllegalValueException illegal && isCredential(illegal.getFeature())
                || chainMentionsAny(cause, secrets)) {
            cause = null;
        }
        return new ModelLoadException(file, plain.getLine(), plain.getColumn(), reason, cause);
    }

    private static ModelLoadException describe(Path file, List<Resource.Diagnostic> errors, Exception thrown) {
        for (Resource.Diagnostic error : errors) {
            if (error.getLine() > 0) {
                Throwable cause = error instanceof Throwable throwable ? throwable : thrown;
                return new ModelLoadException(file, error.getLine(), error.getColumn(), reasonFor(error), cause);
            }
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException parse) {
                return new ModelLoadException(file, parse.getLineNumber(), parse.getColumnNumber(),
                        explain(parse.getMessage()), thrown);
            }
        }
        String message = !errors.isEmpty() ? reasonFor(errors.get(0))
                : explain(thrown == null ? null : thrown.getMessage());
        return new ModelLoadException(file, ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN, message, thrown);
    }

    private static String reasonFor(Resource.Diagnostic error) {
        if (error instanceof IllegalValueException illegal && illegal.getFeature() != null) {
            return illegalValue(illegal);
        }
        if (error instanceof Throwable wrapper && wrapper.getCause() instanceof SAXParseException parse) {
            return explain(parse.getMessage());
        }
        return explain(LOCATION_SUFFIX.matcher(String.valueOf(error.getMessage())).replaceFirst(""));
    }

    private static String illegalValue(IllegalValueException illegal) {
        EStructuralFeature feature = illegal.getFeature();
        String owner = illegal.getObject() != null ? illegal.getObject().eClass().getName()
                : feature.getEContainingClass().getName();
        String where = feature.getName() + " of the " + owner;
        if (isCredential(feature)) {
            return where + " is not a credential reference; write env:VARIABLE or secure-storage:/path there and"
                    + " keep the secret itself in that environment variable or in secure storage (the value is not"
                    + " shown, as it may be a password)";
        }
        String value = String.valueOf(illegal.getValue());
        EClassifier type = feature.getEType();
        String problem;
        if (type instanceof EEnum enumeration) {
            problem = "'" + value + "' is not one of " + enumeration.getELiterals().stream()
                    .map(EEnumLiteral::getLiteral).collect(Collectors.joining(", ")) + "; write one of them";
        } else if (isValueTypeOfEmw(type)) {
            problem = rootMessage(illegal);
        } else if (type.getInstanceClass() == int.class || type.getInstanceClass() == Integer.class) {
            problem = "'" + value + "' is not a whole number; write digits only";
        } else if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
            problem = "'" + value + "' is neither true nor false; write one of them";
        } else {
            problem = "'" + value + "' is not a valid " + type.getName() + FIX;
        }
        return where + " is not legal: " + problem;
    }

    /** EMW's value types, such as {@link ServerVersion}, say in their messages what to write instead. */
    private static boolean isValueTypeOfEmw(EClassifier type) {
        Class<?> instanceClass = type.getInstanceClass();
        return instanceClass != null && instanceClass.getPackageName().equals(ServerVersion.class.getPackageName());
    }

    /** The innermost message: the value type's own words. */
    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static String explain(String parserMessage) {
        String message = parserMessage == null ? "unreadable content" : parserMessage.strip();
        while (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        if (message.contains("DOCTYPE")) {
            return "the file declares a DOCTYPE, which deployment models never do; remove it";
        }
        if (message.contains("must start and end within the same entity")
                || message.contains("Premature end of file")) {
            return message + "; the file ends too early, probably cut off while it was written: restore it from its "
                    + AtomicFileWriter.BACKUP_SUFFIX + " file or another backup";
        }
        if (message.startsWith("Feature '")) {
            return message + "; the deployment model has no element or attribute of that name here" + FIX;
        }
        if (message.startsWith("Class '")) {
            return message + "; the deployment model " + DeploymentPackage.eNS_URI + " has no such type" + FIX;
        }
        Matcher unknownPackage = PACKAGE_NOT_FOUND.matcher(message);
        if (unknownPackage.matches()) {
            return message + "; " + unknownNamespace(unknownPackage.group(1));
        }
        return message + FIX;
    }

    private static String unknownNamespace(String namespace) {
        Set<String> readable = new LinkedHashSet<>();
        readable.add(DeploymentPackage.eNS_URI);
        readable.addAll(ModelMigrations.migratableNamespaces());
        String expected = readable.size() == 1 ? "expected " + DeploymentPackage.eNS_URI
                : "it reads " + String.join(", ", readable);
        if (namespace.startsWith(DEPLOYMENT_NAMESPACE_PREFIX)) {
            return "the file is an EMW deployment model of version "
                    + namespace.substring(DEPLOYMENT_NAMESPACE_PREFIX.length()) + ", which this EMW does not read ("
                    + expected + "); open it with the EMW that wrote it or a newer one";
        }
        return "the file is not an EMW deployment model of a version this EMW reads (" + expected + ")";
    }

    /** The values of credential fields the file holds in place of a reference. */
    private static Set<String> secretsIn(List<Resource.Diagnostic> errors, Exception thrown) {
        List<Object> reported = new ArrayList<>(errors);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            reported.add(cause);
        }
        Set<String> secrets = new LinkedHashSet<>();
        for (Object problem : reported) {
            if (problem instanceof IllegalValueException illegal && isCredential(illegal.getFeature())
                    && illegal.getValue() != null && !String.valueOf(illegal.getValue()).isEmpty()) {
                secrets.add(String.valueOf(illegal.getValue()));
            }
        }
        return secrets;
    }

    private static boolean isCredential(EStructuralFeature feature) {
        return feature != null && feature.getEType() != null
                && CredentialReference.class.getName().equals(feature.getEType().getInstanceClassName());
    }

    private static boolean chainMentionsAny(Throwable error, Set<String> secrets) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (mentionsAny(cause.getMessage(), secrets) || mentionsAny(cause.toString(), secrets)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (chainMentionsAny(suppressed, secrets)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean mentionsAny(String text, Set<String> secrets) {
        return text != null && secrets.stream().anyMatch(text::contains);
    }
}
