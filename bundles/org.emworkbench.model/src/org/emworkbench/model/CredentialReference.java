/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a secret is kept, never the secret itself: {@code env:VARIABLE} (an
 * environment variable, for the command line and CI) or
 * {@code secure-storage:/path} (Equinox secure storage, for the workbench).
 * Model fields of this type can hold nothing else, so no password is ever
 * written into a model file; reading a file that has something else there
 * fails without repeating what was there.
 *
 * @since 0.1
 */
public final class CredentialReference {

    /** Where the secret is kept. */
    public enum Store {
        /** An environment variable of the process. */
        ENVIRONMENT("env:"),
        /** A node path in Equinox secure storage. */
        SECURE_STORAGE("secure-storage:");

        private final String prefix;

        Store(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STORAGE_PATH = Pattern.compile("/[A-Za-z0-9_./-]*");

    private final Store store;
    private final String name;

    private CredentialReference(Store store, String name) {
        this.store = store;
        this.name = name;
    }

    /**
     * @param variable an environment variable name, e.g. {@code EMW_LDAP_PASSWORD}
     * @return a reference to it
     * @throws IllegalArgumentException when the name is not a variable name
     */
    public static CredentialReference environment(String variable) {
        if (variable == null || !VARIABLE.matcher(variable).matches()) {
            throw new IllegalArgumentException("not an environment variable name; use letters, digits and _");
        }
        return new CredentialReference(Store.ENVIRONMENT, variable);
    }

    /**
     * @param path a secure-storage node path, e.g. {@code /org.emworkbench/ldap/contoso}
     * @return a reference to it
     * @throws IllegalArgumentException when the path is not absolute
     */
    public static CredentialReference secureStorage(String path) {
        if (path == null || !STORAGE_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("not a secure-storage path; write an absolute path such as /org.emworkbench/ldap");
        }
        return new CredentialReference(Store.SECURE_STORAGE, path);
    }

    /**
     * Reads a reference; EMF calls this when a model is loaded. The message of
     * the exception never repeats the text, which may be a password.
     *
     * @param text {@code env:VARIABLE} or {@code secure-storage:/path}
     * @return the reference
     * @throws IllegalArgumentException for anything else
     */
    public static CredentialReference valueOf(String text) {
        if (text != null) {
            if (text.startsWith(Store.ENVIRONMENT.prefix)) {
                return environment(text.substring(Store.ENVIRONMENT.prefix.length()));
            }
            if (text.startsWith(Store.SECURE_STORAGE.prefix)) {
                return secureStorage(text.substring(Store.SECURE_STORAGE.prefix.length()));
            }
        }
        throw new IllegalArgumentException("a credential must be a reference (env:VARIABLE or secure-storage:/path),"
                + " never the secret itself");
    }

    /** @return where the secret is kept */
    public Store store() {
        return store;
    }

    /** @return the variable name or the secure-storage path */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object object) {
        return object instanceof CredentialReference other && store == other.store && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(store, name);
    }

    /** @return {@code env:VARIABLE} or {@code secure-storage:/path} */
    @Override
    public String toString() {
        return store.prefix + name;
    }
}
