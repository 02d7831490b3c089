/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.emworkbench.validation.PropertyCatalogue;
import org.emworkbench.validation.PropertyCatalogue.Kind;
import org.emworkbench.validation.PropertyCatalogue.KnownProperty;
import org.junit.jupiter.api.Test;

/** The catalogue of well-known properties: bundled facts, joined with their types, overridable by the user. */
class PropertyCatalogueTest extends UserFactsFolder {

    @Test
    void theBundledCatalogueDescribesTheSsoPropertiesWithTheirTypes() {
        PropertyCatalogue catalogue = PropertyCatalogue.load();

        assertEquals(List.of(), catalogue.problems());
        KnownProperty caching = catalogue.find(Kind.CLIENT, "ENABLE_PASSWORD_CACHING").orElseThrow();
        assertEquals("Enable User Password Caching", caching.displayName());
        assertEquals("false", caching.defaultValue());
        assertEquals("V", caching.confidence());
        assertFalse(caching.isUnconfirmed());
        assertEquals("bool", caching.type().name());
        assertTrue(caching.description().contains("Secure Mail"), caching.description());

        KnownProperty attempts = catalogue.find(Kind.CLIENT, "PASSCODE_MAX_ATTEMPTS").orElseThrow();
        assertEquals("15", attempts.defaultValue());
        assertEquals("int ≥ 1", attempts.type().summary());

        KnownProperty macros = catalogue.find(Kind.SERVER, "MAM_MACRO_SUPPORT").orElseThrow();
        assertEquals("", macros.defaultValue(), "not predefined: no default");
        assertTrue(macros.description().contains("${user.mail}"), "a quoted cell keeps its commas and macros");
        assertEquals("Deploy Log Cleanup (in Days)",
                catalogue.find(Kind.SERVER, "zdm.dbcleanup.deployHistRetentionTimeInDays").orElseThrow().displayName());
    }

    @Test
    void unconfirmedFactsStayMarkedAsSuch() {
        PropertyCatalogue catalogue = PropertyCatalogue.load();

        KnownProperty strength = catalogue.find(Kind.CLIENT, "PASSCODE_STRENGTH").orElseThrow();
        assertTrue(strength.isUnconfirmed());
        assertEquals("Low | Medium | Strong", strength.type().summary());
        assertTrue(catalogue.find(Kind.CLIENT, "ENABLE_PASSCODE_AUTH").orElseThrow().isUnconfirmed(),
                "its default is unconfirmed, so the row is");
    }

    @Test
    void keysAreCaseSensitiveAndKindsApart() {
        PropertyCatalogue catalogue = PropertyCatalogue.load();

        assertTrue(catalogue.find(Kind.CLIENT, "enable_passcode_auth").isEmpty());
        assertTrue(catalogue.find(Kind.SERVER, "ENABLE_PASSCODE_AUTH").isEmpty());
        assertTrue(catalogue.find(Kind.CLIENT, null).isEmpty());
        assertTrue(catalogue.client().stream().allMatch(property -> property.kind() == Kind.CLIENT));
        assertTrue(catalogue.server().stream().allMatch(property -> property.kind() == Kind.SERVER));
        assertEquals("ENABLE_PASSCODE_AUTH", catalogue.client().get(0).key(), "the file's order");
    }

    @Test
    void everyBundledPropertyIsListedOnceWithADescription() {
        PropertyCatalogue catalogue = PropertyCatalogue.load();

        Set<String> seen = new HashSet<>();
        for (KnownProperty property : catalogue.client()) {
            assertTrue(seen.add(property.key()), "listed twice: " + property.key());
            assertFalse(property.description().isEmpty(), property.key() + " has a description");
        }
        for (KnownProperty property : catalogue.server()) {
            assertFalse(property.description().isEmpty(), property.key() + " has a description");
        }
        assertTrue(catalogue.find(Kind.SERVER, "xms.publicapi.inactivity.timeout").orElseThrow().type() != null);
    }

    @Test
    void theUsersRowsReplaceBundledOnesByKindAndKeyAndAddNewOnes() throws IOException {
        Files.writeString(facts.resolve("known-properties.csv"), """
                kind,key,displayName,defaultValue,description,confidence,source
                client,PASSCODE_STRENGTH,PIN Strength Requirement,Strong,"Low, Medium or Strong; we checked",V,our server 10.15, March
                client,CONTOSO_FLAG,Contoso flag,,Ours.,V,Contoso
                """);
        Files.writeString(facts.resolve("property-types.csv"), "server,contoso.retention.days,int,1,30,,I,ours\n");
        System.setProperty("emw.facts", facts.toString());

        PropertyCatalogue catalogue = PropertyCatalogue.load();

        assertEquals(List.of(), catalogue.problems());
        KnownProperty strength = catalogue.find(Kind.CLIENT, "PASSCODE_STRENGTH").orElseThrow();
        assertEquals("Strong", strength.defaultValue());
        assertEquals("Low, Medium or Strong; we checked", strength.description());
        assertEquals("our server 10.15, March", strength.source());
        assertFalse(strength.isUnconfirmed());
        assertEquals(1, catalogue.client().stream().filter(p -> p.key().equals("PASSCODE_STRENGTH")).count());
        assertNull(catalogue.find(Kind.CLIENT, "CONTOSO_FLAG").orElseThrow().type());
        KnownProperty typedOnly = catalogue.find(Kind.SERVER, "contoso.retention.days").orElseThrow();
        assertEquals("int ≥ 1 ≤ 30", typedOnly.type().summary());
        assertEquals("I", typedOnly.confidence());
    }

    @Test
    void aBadLineOfTheUsersFileIsNamedWithFileAndLineAndTheRestIsUsed() throws IOException {
        Path file = facts.resolve("known-properties.csv");
        Files.writeString(file, """
                # ours
                client,CONTOSO_FLAG,Contoso flag,,Ours.,V,Contoso
                device,CONTOSO_OTHER,,,,V,wrong kind
                client,CONTOSO_QUOTE,,,"never closed,V,ours
                client,CONTOSO_LEVEL,,,,sure,bad confidence
                """);
        System.setProperty("emw.facts", facts.toString());

        PropertyCatalogue catalogue = PropertyCatalogue.load();

        assertEquals(3, catalogue.problems().size(), catalogue.problems().toString());
        assertTrue(catalogue.problems().get(0).startsWith("facts file " + file + " line 3: unknown kind 'device'"),
                catalogue.problems().get(0));
        assertTrue(catalogue.problems().get(1).contains(file + " line 4: the quote"), catalogue.problems().get(1));
        assertTrue(catalogue.problems().get(2).contains(file + " line 5: unknown confidence 'sure'"),
                catalogue.problems().get(2));
        assertTrue(catalogue.find(Kind.CLIENT, "CONTOSO_FLAG").isPresent());
        assertTrue(catalogue.find(Kind.CLIENT, "ENABLE_PASSWORD_CACHING").isPresent(), "the bundled rows stay");
    }
}
