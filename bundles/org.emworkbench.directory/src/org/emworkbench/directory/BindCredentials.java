/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.directory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

import org.emworkbench.directory.DirectoryException.Failure;
import org.emworkbench.model.CredentialReference;
import org.emworkbench.model.CredentialReference.Store;

/**
 * Turns a model's {@link CredentialReference} into the bind password. The
 * model only says where the password is; each source here knows one place:
 * the process environment ({@code env:VAR}), a file the user names on the
 * command line, or a secure store the workbench plugs in
 * ({@code secure-storage:/path}). Sources are combined with
 * {@link #orElse(BindCredentials)}: the first that handles a reference
 * answers.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface BindCredentials {

    /**
     * Reads a secret from a secure store, e.g. Equinox secure storage.
     */
    @FunctionalInterface
    interface SecretStore {
        /**
         * @param path the node path of a {@code secure-storage:} reference
         * @return the password, or {@code null} when the store has none there
         * @throws IOException when the store cannot be read (e.g. it is locked)
         */
        char[] read(String path) throws IOException;
    }

    /**
     * @param reference where the password is kept
     * @param server    the server the password is for, {@code host:port}, for messages
     * @return the password, or {@code null} when this source does not handle that kind of reference
     * @throws DirectoryException ({@link Failure#CREDENTIAL_UNAVAILABLE}) when it handles the
     *                            reference but the password is not there
     */
    BindSecret resolve(CredentialReference reference, String server) throws DirectoryException;

    /**
     * @param fallback the source asked when this one does not handle a reference
     * @return both sources, this one first
     */
    default BindCredentials orElse(BindCredentials fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return (reference, server) -> {
            BindSecret secret = resolve(reference, server);
            return secret != null ? secret : fallback.resolve(reference, server);
        };
    }

    /** @return a source for {@code env:VARIABLE} references, reading this process's environment */
    static BindCredentials environment() {
        return environment(System::getenv);
    }

    /**
     * @param variables the environment, variable name to value
     * @return a source for {@code env:VARIABLE} references
     */
    static BindCredentials environment(Function<String, String> variables) {
        Objects.requireNonNull(variables, "variables");
        return (reference, server) -> {
            if (reference.store() != Store.ENVIRONMENT) {
                return null;
            }
            String value = variables.apply(reference.name());
            if (value == null || value.isEmpty()) {
                throw new DirectoryException(Failure.CREDENTIAL_UNAVAILABLE, server, "the environment variable "
                        + reference.name() + " named by the bind credential " + reference + " is not set", null);
            }
            return BindSecret.of(value.toCharArray());
        };
    }

    /**
     * A password file given on the command line answers for every reference:
     * the user named it for this run. The password is the file's first line,
     * read as UTF-8, without its line end.
     *
     * @param file the file
     * @return a source that answers every reference from the file
     */
    static BindCredentials file(Path file) {
        Objects.requireNonNull(file, "file");
        return (reference, server) -> {
            byte[] bytes = null;
            CharBuffer chars = null;
            try {
                bytes = Files.readAllBytes(file);
                chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
                int end = 0;
                while (end < chars.length() && chars.charAt(end) != '\n' && chars.charAt(end) != '\r') {
                    end++;
                }
                char[] line = new char[end];
                chars.get(line);
                try {
                    if (line.length == 0) {
                        throw new DirectoryException(Failure.CREDENTIAL_UNAVAILABLE, server,
                                "the password file " + file + " is empty", null);
                    }
                    return BindSecret.of(line);
                } finally {
                    Arrays.fill(line, '\0');
                }
            } catch (CharacterCodingException e) {
                throw new DirectoryException(Failure.CREDENTIAL_UNAVAILABLE, server,
                        "the password file " + file + " is not UTF-8 text", null);
            } catch (IOException e) {
                throw new DirectoryException(Failure.CREDENTIAL_UNAVAILABLE, server,
                        "the password file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")", null);
            } finally {
                if (bytes != null) {
                    Arrays.fill(bytes, (byte) 0);
                }
                if (chars != null && chars.hasArray()) {
                    Arrays.fill(chars.array(), '\0');
                }
            }
        };
    }

    /**
     * @param store the secure store, e.g. the workbench's Equinox secure storage
     * @return a source for {@code secure-storage:/path} references
     */
    static BindCredentials secureStorage(SecretStore store) {
        Objects.requireNonNull(store, "store");
        return (reference, server) -> {
            if (reference.store() != Store.SECURE_STORAGE) {
                return null;
            }
            char[] value;
            try {
                value = store.read(reference.name());
            } catch (IOException e) {
                throw new DirectoryException(Failure.CREDENTIAL_UNAVAILABLE, server, "secure storage cannot be read at "
                        + reference.name() + " (" + e.getClass().getSimpleName() + ")", null);
            }
            if (value == null || value.length == 0) {
                throw new DirectoryException(Failure.CREDENTIAL_UNAVAILABLE, server,
                        "secure storage holds no password at " + reference.name(), null);
            }
            try {
                return BindSecret.of(value);
            } finally {
                Arrays.fill(value, '\0');
            }
        };
    }
}
