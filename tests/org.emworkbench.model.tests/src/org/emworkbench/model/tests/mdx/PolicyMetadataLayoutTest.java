/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.tests.mdx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.mdx.MdxAllowedValue;
import org.emworkbench.model.mdx.MdxCatalogue;
import org.emworkbench.model.mdx.MdxImportException;
import org.emworkbench.model.mdx.MdxImportException.Reason;
import org.emworkbench.model.mdx.MdxImporter;
import org.emworkbench.model.mdx.MdxPolicy;
import org.emworkbench.tests.support.MdxArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layouts of {@code policy_metadata.xml} the importer accepts (the real
 * skeleton is not public), and how it reports what it does not understand.
 */
class PolicyMetadataLayoutTest {

    @TempDir
    Path folder;

    @Test
    void policiesAreFoundByTheirChildrenWhateverTheNestingNamespaceOrCase() throws Exception {
        MdxCatalogue catalogue = read("""
                <m:Root xmlns:m="urn:example:mdx">
                  <m:Section><m:Group>
                    <m:Setting>
                      <m:policyname> Deep </m:policyname>
                      <m:POLICYTYPE>string</m:POLICYTYPE>
                      <m:PolicyDefault>x</m:PolicyDefault>
                    </m:Setting>
                  </m:Group></m:Section>
                  <Entry><PolicyName>Shallow</PolicyName><PolicyType>boolean</PolicyType></Entry>
                </m:Root>
                """);

        assertEquals(List.of("Deep", "Shallow"), catalogue.policies().stream().map(MdxPolicy::name).toList());
        assertEquals("string", catalogue.policies().get(0).type());
        assertEquals("x", catalogue.policies().get(0).defaultValue());
    }

    @Test
    void aPolicyNestedInAnotherIsImportedAndNotReportedAsIgnored() throws Exception {
        MdxCatalogue catalogue = read("""
                <Root>
                  <Policy><PolicyName>Outer</PolicyName><PolicyType>boolean</PolicyType>
                    <Policy><PolicyName>Inner</PolicyName><PolicyType>string</PolicyType></Policy>
                  </Policy>
                </Root>
                """);

        assertEquals(List.of("Outer", "Inner"), catalogue.policies().stream().map(MdxPolicy::name).toList());
        assertEquals(List.of(), catalogue.notes());
    }

    @Test
    void everyDocumentedValueListNotationIsRead() throws Exception {
        MdxCatalogue catalogue = read(policy("""
                <PolicyType>enum</PolicyType>
                <Values>
                  <Value>a</Value>
                  <Value label="Bee">b</Value>
                </Values>
                <AllowedValues><AllowedValue value="c" label="See"/></AllowedValues>
                <Enum><Item><Value>d</Value><Label>Dee</Label></Item></Enum>
                <Choices><Choice id="ignored"><ValueId>e</ValueId><DisplayName>Ee</DisplayName></Choice></Choices>
                """));

        assertEquals(List.of(new MdxAllowedValue("a", null), new MdxAllowedValue("b", "Bee"),
                new MdxAllowedValue("c", "See"), new MdxAllowedValue("d", "Dee"), new MdxAllowedValue("e", "Ee")),
                catalogue.policies().get(0).allowedValues());
    }

    @Test
    void whatIsNotUnderstoodIsReportedNotGuessed() throws Exception {
        MdxCatalogue catalogue = read(policy("""
                <PolicyType>enum</PolicyType>
                <Units>minutes</Units>
                <PolicyEnum>
                  <PolicyEnumValue><PolicyEnumValueDescription>no id</PolicyEnumValueDescription></PolicyEnumValue>
                  <Separator/>
                </PolicyEnum>
                """));

        MdxPolicy policy = catalogue.policies().get(0);
        assertTrue(policy.allowedValues().isEmpty());
        String notes = String.join("\n", catalogue.notes());
        assertTrue(notes.contains("has no value EMW understands"), notes);
        assertTrue(notes.contains("lists no values EMW understands"), notes);
        assertTrue(notes.contains("<Units> (1 time)") && notes.contains("PolicyEnum/Separator (1 time)"), notes);
    }

    @Test
    void categoriesAreResolvedWhereDeclaredAndKeptAsIdsOtherwise() throws Exception {
        MdxCatalogue catalogue = read("""
                <Root>
                  <Category>
                    <CategoryId>sec</CategoryId><CategoryName>Device security</CategoryName>
                  </Category>
                  <Category CategoryId="bare"/>
                  <Policy><PolicyName>A</PolicyName><PolicyType>boolean</PolicyType><PolicyCategory>sec</PolicyCategory></Policy>
                  <Policy><PolicyName>B</PolicyName><PolicyType>boolean</PolicyType><PolicyCategory>bare</PolicyCategory></Policy>
                  <Policy><PolicyName>C</PolicyName><PolicyType>boolean</PolicyType><PolicyCategory>nowhere</PolicyCategory></Policy>
                </Root>
                """);

        assertEquals(List.of("Device security", "bare", "nowhere"),
                catalogue.policies().stream().map(MdxPolicy::category).toList());
        assertEquals(1, catalogue.notes().size(), catalogue.notes().toString());
        assertTrue(catalogue.notes().get(0).contains("category 'nowhere' is not declared"), catalogue.notes().toString());
    }

    @Test
    void withoutACategorySectionTheIdsAreKeptAndThatIsSaidOnce() throws Exception {
        MdxCatalogue catalogue = read("""
                <Root>
                  <Policy><PolicyName>A</PolicyName><PolicyType>boolean</PolicyType><PolicyCategory>x</PolicyCategory></Policy>
                  <Policy><PolicyName>B</PolicyName><PolicyType>boolean</PolicyType><PolicyCategory>y</PolicyCategory></Policy>
                </Root>
                """);

        assertEquals(List.of("x", "y"), catalogue.policies().stream().map(MdxPolicy::category).toList());
        assertEquals(1, catalogue.notes().size(), catalogue.notes().toString());
        assertTrue(catalogue.notes().get(0).contains("no category section"), catalogue.notes().toString());
    }

    @Test
    void aPolicyDeclaredTwiceKeepsTheFirstAndSaysSo() throws Exception {
        MdxCatalogue catalogue = read("""
                <Root>
                  <Policy><PolicyName>A</PolicyName><PolicyType>boolean</PolicyType><PolicyDefault>true</PolicyDefault></Policy>
                  <Policy><PolicyName>A</PolicyName><PolicyType>boolean</PolicyType><PolicyDefault>false</PolicyDefault></Policy>
                </Root>
                """);

        assertEquals(1, catalogue.policies().size());
        assertEquals("true", catalogue.policies().get(0).defaultValue());
        assertTrue(catalogue.notes().get(0).contains("line 3: policy 'A' is declared again (first at line 2)"),
                catalogue.notes().toString());
    }

    @Test
    void contradictoryAppFactsAreNotUsed() throws Exception {
        MdxCatalogue catalogue = read("""
                <Root AppName="One" Platform="Android">
                  <AppName>Two</AppName>
                  <Policy><PolicyName>A</PolicyName><PolicyType>boolean</PolicyType></Policy>
                </Root>
                """);

        assertNull(catalogue.appName());
        assertEquals(Platform.ANDROID, catalogue.platform(), "a root attribute names the platform");
        assertTrue(catalogue.notes().get(0).contains("different values for the app name"), catalogue.notes().toString());
    }

    @Test
    void anEmptyTitleWithAResourceIdIsReported() throws Exception {
        MdxCatalogue catalogue = read(policy("<PolicyType>string</PolicyType><Title res_id=\"T_1\"/>"));

        assertEquals("", catalogue.policies().get(0).title());
        assertTrue(catalogue.notes().get(0).contains("res_id 'T_1'"), catalogue.notes().toString());
    }

    @Test
    void policiesWithoutATypeAreListedInOneNote() throws Exception {
        MdxCatalogue catalogue = read("""
                <Root>
                  <Policy><PolicyName>A</PolicyName></Policy>
                  <Policy><PolicyName>B</PolicyName></Policy>
                </Root>
                """);

        assertEquals(List.of("policy_metadata.xml: 2 policies have no PolicyType, so the type is left empty:"
                + " 'A' (line 2), 'B' (line 3)"), catalogue.notes());
    }

    @Test
    void aFileWithoutAnyPolicyNameIsRefused() throws Exception {
        Path mdx = MdxArchives.withMetadata(folder.resolve("none.mdx"), "<Root><Setting><Name>A</Name></Setting></Root>");

        MdxImportException e = assertThrows(MdxImportException.class, () -> MdxImporter.read(mdx));

        assertEquals(Reason.NO_POLICIES, e.getReason());
        assertTrue(e.getDetail().contains("<Root>") && e.getDetail().contains("docs/mdx-import.md"), e.getMessage());
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() throws Exception {
        Path mdx = MdxArchives.withMetadata(folder.resolve("bad.mdx"), "<Root>\n  <Policy>\n</Root>\n");

        MdxImportException e = assertThrows(MdxImportException.class, () -> MdxImporter.read(mdx));

        assertEquals(Reason.MALFORMED_XML, e.getReason());
        assertTrue(e.getDetail().startsWith("policy_metadata.xml line 3, column "), e.getMessage());
    }

    private MdxCatalogue read(String xml) throws Exception {
        return MdxImporter.read(MdxArchives.withMetadata(folder.resolve("layout.mdx"), xml));
    }

    private static String policy(String children) {
        return "<Root><Policy><PolicyName>P</PolicyName>" + children + "</Policy></Root>";
    }
}
