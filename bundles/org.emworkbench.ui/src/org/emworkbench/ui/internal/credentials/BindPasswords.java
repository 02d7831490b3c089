/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.internal.credentials;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.emworkbench.model.CredentialReference;

/**
 * LDAP bind passwords in Equinox secure storage. A
 * {@code secure-storage:/path} reference names the node that holds the
 * password, encrypted, under the key {@value #KEY}; the model keeps only the
 * reference.
 * <p>
 * Passwords pass in and out as {@code char[]}, which the caller clears after
 * use; this class clears its own copies. No message of this class contains a
 * password, and nothing is logged.
 * </p>
 */
public final class BindPasswords {

    /** The key of the password in its node; nothing else in secure storage uses it. */
    public static final String KEY = "org.emworkbench.ldapBindPassword";

    /** The node under which {@link #proposeFor(String, int)} puts its references. */
    public static final String PROPOSED_ROOT = "/org.emworkbench/ldap";

    private final ISecurePreferences storage;

    /** @param storage the root of a secure storage */
    public BindPasswords(ISecurePreferences storage) {
        this.storage = storage;
    }

    /**
     * @return the passwords in the user's default secure storage
     * @throws StorageException when the platform has no secure storage
     */
    public static BindPasswords inDefaultStorage() throws StorageException {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        if (root == null) {
            throw new StorageException(StorageException.INTERNAL_ERROR, "Eclipse secure storage cannot be opened");
        }
        return new BindPasswords(root);
    }

    /**
     * Proposes where to keep the bind password of an LDAP server:
     * {@code secure-storage:/org.emworkbench/ldap/HOST_PORT}, the host in lower
     * case and every character a storage path does not allow replaced by
     * {@code _} (so {@code [2001:db8::1]} becomes {@code _2001_db8__1_}).
     *
     * @param host the server's host name or address
     * @param port the server's port
     * @return the proposed reference
     * @throws IllegalArgumentException when the host is blank
     */
    public static CredentialReference proposeFor(String host, int port) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the LDAP server has no host name");
        }
        String name = host.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "_");
        if (name.chars().allMatch(c -> c == '.')) {
            // "." and ".." are not node names.
            name = name.replace('.', '_');
        }
        return CredentialReference.secureStorage(PROPOSED_ROOT + "/" + name + "_" + port);
    }

    /**
     * Stores a password, encrypted, replacing any earlier one, and writes the
     * storage to disk. May ask the user for the storage's master password.
     *
     * @param reference where to keep it
     * @param password  the password; not cleared here
     * @throws StorageException when the storage cannot encrypt (e.g. no master password was given)
     * @throws IOException      when the storage cannot be written
     */
    public void store(CredentialReference reference, char[] password) throws StorageException, IOException {
        byte[] bytes = encode(password);
        try {
            storage.node(nodePath(reference)).putByteArray(KEY, bytes, true);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        storage.flush();
    }

    /**
     * Reads a password. May ask the user for the storage's master password.
     *
     * @param reference where it is kept
     * @return the password, which the caller clears after use, or {@code null} when none is stored
     * @throws StorageException when the storage cannot decrypt it
     */
    public char[] read(CredentialReference reference) throws StorageException {
        String path = nodePath(reference);
        if (!storage.nodeExists(path)) {
            return null;
        }
        byte[] bytes = storage.node(path).getByteArray(KEY, null);
        if (bytes == null) {
            return null;
        }
        try {
            return decode(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * @param reference a reference
     * @return whether a password is stored for it; never asks for the master password
     */
    public boolean contains(CredentialReference reference) {
        String path = nodePath(reference);
        return storage.nodeExists(path) && Arrays.asList(storage.node(path).keys()).contains(KEY);
    }

    /**
     * Removes a password and writes the storage to disk. The node goes too
     * when nothing else is kept in it.
     *
     * @param reference where it is kept
     * @return whether there was a password
     * @throws IOException when the storage cannot be written
     */
    public boolean remove(CredentialReference reference) throws IOException {
        if (!contains(reference)) {
            return false;
        }
        ISecurePreferences node = storage.node(nodePath(reference));
        node.remove(KEY);
        if (node.keys().length == 0 && node.childrenNames().length == 0) {
            node.removeNode();
        }
        storage.flush();
        return true;
    }

    /**
     * Lists the references that have a password stored, wherever in the
     * storage they point. Reads only node names and keys, so it never asks
     * for the master password.
     *
     * @return the references, ordered by path
     */
    public List<CredentialReference> stored() {
        List<CredentialReference> found = new ArrayList<>();
        collect(storage, found);
        found.sort((a, b) -> a.name().compareTo(b.name()));
        return found;
    }

    private static void collect(ISecurePreferences node, List<CredentialReference> found) {
        if (Arrays.asList(node.keys()).contains(KEY)) {
            try {
                found.add(CredentialReference.secureStorage(node.absolutePath()));
            } catch (IllegalArgumentException e) {
                // Written by something else under EMW's key with a path EMW cannot name: not ours to list.
            }
        }
        for (String child : node.childrenNames()) {
            collect(node.node(child), found);
        }
    }

    /** The node of a reference; refuses what is not a node of its own, so no password lands in the root. */
    private static String nodePath(CredentialReference reference) {
        if (reference.store() != CredentialReference.Store.SECURE_STORAGE) {
            throw new IllegalArgumentException(
                    reference + " is not a secure-storage reference; an environment variable is set outside EMW");
        }
        String path = reference.name();
        List<String> segments = Arrays.asList(path.substring(1).split("/", -1));
        if (path.equals("/") || segments.stream().anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new IllegalArgumentException(reference + " does not name a node; write a path such as "
                    + PROPOSED_ROOT + "/dc01.contoso.com_636");
        }
        return path;
    }

    private static byte[] encode(char[] password) throws StorageException {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(password));
            byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
            Arrays.fill(encoded.array(), (byte) 0);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new StorageException(StorageException.ENCRYPTION_ERROR,
                    "the password contains a character that is not valid text");
        }
    }

    private static char[] decode(byte[] bytes) throws StorageException {
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] chars = Arrays.copyOfRange(decoded.array(), decoded.position(), decoded.limit());
            Arrays.fill(decoded.array(), '\0');
            return chars;
        } catch (CharacterCodingException e) {
            throw new StorageException(StorageException.DECRYPTION_ERROR, "the stored password is not valid text");
        }
    }
}
