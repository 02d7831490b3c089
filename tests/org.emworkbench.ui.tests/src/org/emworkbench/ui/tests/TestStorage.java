/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/** Secure storages for tests: a file of the test's, a fixed password, no prompt. */
final class TestStorage {

    private TestStorage() {
    }

    static ISecurePreferences open(Path file) throws IOException {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("emw-test-storage".toCharArray()));
        ISecurePreferences root = SecurePreferencesFactory.open(file.toUri().toURL(), options);
        if (root == null) {
            throw new IOException("secure storage could not be opened at " + file);
        }
        return root;
    }
}
