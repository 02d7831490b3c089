/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * An Endpoint Management server version such as {@code 10.15} or
 * {@code 10.15.0.2}, compared number by number: 10.5 &lt; 10.15, and 10.5
 * equals 10.5.0. The text it was read from is kept, so a model is written
 * back as it was.
 *
 * @since 0.1
 */
public final class ServerVersion implements Comparable<ServerVersion> {

    private static final Pattern DOTTED_NUMBERS = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,5}");

    private final String text;
    private final int[] numbers;

    private ServerVersion(String text, int[] numbers) {
        this.text = text;
        this.numbers = numbers;
    }

    /**
     * Reads a version; EMF calls this when a model is loaded.
     *
     * @param text dotted numbers, e.g. {@code 10.15}
     * @return the version
     * @throws IllegalArgumentException when the text is not dotted numbers
     */
    public static ServerVersion valueOf(String text) {
        if (text == null || !DOTTED_NUMBERS.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a server version; write dotted numbers such as 10.15");
        }
        int[] numbers = Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
        return new ServerVersion(text, numbers);
    }

    /**
     * @param other a version
     * @return whether this version is the other or newer
     */
    public boolean isAtLeast(ServerVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(ServerVersion other) {
        int length = Math.max(numbers.length, other.numbers.length);
        for (int i = 0; i < length; i++) {
            int difference = Integer.compare(part(i), other.part(i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private int part(int index) {
        return index < numbers.length ? numbers[index] : 0;
    }

    @Override
    public boolean equals(Object object) {
        return object instanceof ServerVersion other && compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        int end = numbers.length;
        while (end > 1 && numbers[end - 1] == 0) {
            end--;
        }
        return Arrays.hashCode(Arrays.copyOf(numbers, end));
    }

    /** @return the version as it was written, e.g. {@code 10.15} */
    @Override
    public String toString() {
        return text;
    }
}
