/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.export.internal.rest;


/**
 * The names rest-json writes and import-rest reads: file names, list wrappers
 * and the per-platform blocks of an MDX container, in one place so that both
 * sides agree.
 */
public final class RestJson {

    /** The format's identifier and the folder its files go to. */
    public static final String FORMAT_ID = "rest-json";

    /** {@code GET /clientproperties}. */
    public static final String CLIENT_PROPERTIES_FILE = "clientproperties.json";
    /** {@code GET /serverproperties}. */
    public static final String SERVER_PROPERTIES_FILE = "serverproperties.json";
    /** The delivery groups, each as {@code GET /deliverygroups/{name}} shows it inside {@code role}. */
    public static final String DELIVERY_GROUPS_FILE = "deliverygroups.json";
    /** The MDX app containers, each as {@code GET /application/mobile/{id}} shows it inside {@code container}. */
    public static final String APPLICATIONS_FILE = "applications.json";

    /** The list wrapper of {@code GET /clientproperties}. */
    public static final String ALL_CLIENT_PROPERTIES = "allClientProperties";
    /** The list wrapper of {@code GET /serverproperties}. */
    public static final String ALL_SERVER_PROPERTIES = "allEwProperties";
    /** EMW's list wrapper of delivery groups (a single group comes as {@code role}). */
    public static final String DELIVERY_GROUPS = "deliveryGroups";
    /** The server's wrapper of one delivery group. */
    public static final String ROLE = "role";
    /** EMW's list wrapper of MDX containers (a single container comes as {@code container}). */
    public static final String CONTAINERS = "containers";
    /** The server's wrapper of one MDX container. */
    public static final String CONTAINER = "container";

    private RestJson() {
    }

}
