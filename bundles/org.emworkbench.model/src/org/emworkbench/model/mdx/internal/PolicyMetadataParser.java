/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.mdx.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.emworkbench.model.deployment.Platform;
import org.emworkbench.model.mdx.MdxAllowedValue;
import org.emworkbench.model.mdx.MdxCatalogue;
import org.emworkbench.model.mdx.MdxImportException;
import org.emworkbench.model.mdx.MdxImportException.Reason;
import org.emworkbench.model.mdx.MdxPolicy;

/**
 * Finds the policies, categories and app facts in {@code policy_metadata.xml}
 * without assuming its exact skeleton, which is not public. What it accepts is
 * listed in {@code docs/mdx-import.md}; in short, names are local names
 * compared ignoring case, and:
 * <ul>
 * <li>a <b>policy</b> is any element with a {@code PolicyName} child; its
 * {@code PolicyType}, {@code PolicyCategory}, {@code PolicyDefault},
 * {@code Title} and {@code Description} children give the other fields;</li>
 * <li>an enumerated policy's <b>values</b> are the {@link #ITEMS items} of
 * {@link #CONTAINERS value lists} among its children;</li>
 * <li>a <b>category</b> is declared by a {@code CategoryId} child or
 * attribute outside policies, named by a {@link #NAME_CHILDREN name child},
 * a name attribute, or its text;</li>
 * <li>the <b>app</b> is named by {@link #APP_NAME} and the like outside
 * policies, or attributes of the root element.</li>
 * </ul>
 * Whatever it cannot place it reports as a note instead of guessing.
 */
public final class PolicyMetadataParser {

    static final String POLICY_NAME = "PolicyName";
    static final String POLICY_TYPE = "PolicyType";
    static final String POLICY_CATEGORY = "PolicyCategory";
    static final String POLICY_DEFAULT = "PolicyDefault";
    static final String TITLE = "Title";
    static final String DESCRIPTION = "Description";
    static final String CATEGORY_ID = "CategoryId";

    /** Children of a policy that hold its list of allowed values. */
    static final String[] CONTAINERS = { "PolicyEnum", "PolicyEnums", "PolicyEnumValues", "Enum", "Enumeration",
        "Values", "AllowedValues", "Options", "Choices" };
    /** Children of a value list, each one allowed value. */
    static final String[] ITEMS = { "PolicyEnumValue", "EnumValue", "Value", "AllowedValue", "Option", "Choice",
        "Item" };
    /** Attributes of an item that hold its value, by preference. */
    static final String[] VALUE_ATTRIBUTES = { "value" };
    /** Children of an item that hold its value, by preference. */
    static final String[] VALUE_CHILDREN = { "PolicyEnumValueId", "ValueId", "Value", "Id" };
    /** Attributes of an item or category that hold its label, by preference. */
    static final String[] LABEL_ATTRIBUTES = { "label", "title", "name" };
    /** Children of an item that hold its label, by preference. */
    static final String[] LABEL_CHILDREN = { "PolicyEnumValueDescription", "Label", "Title", "DisplayName",
        "Description", "Name" };
    /** Children of a category that hold its name, by preference. */
    static final String[] NAME_CHILDREN = { "CategoryName", "Title", "Name", "DisplayName", "Label" };

    static final String[] APP_NAME = { "AppName", "ApplicationName" };
    static final String[] PACKAGE_ID = { "PackageId", "PackageName", "BundleId" };
    static final String[] APP_VERSION = { "AppVersion", "ApplicationVersion" };
    static final String[] PLATFORM = { "Platform", "AppPlatform" };

    /** How many policies a note lists by name before it only counts the rest. */
    private static final int MAX_LISTED = 10;

    private static final String[] POLICY_FIELDS = { POLICY_NAME, POLICY_TYPE, POLICY_CATEGORY, POLICY_DEFAULT, TITLE,
        DESCRIPTION };

    private final Path file;
    private final List<String> notes = new ArrayList<>();
    /** Not understood inside policies: name → how many policies have it. */
    private final Map<String, Integer> ignored = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** Policies without a type, as "name (line n)". */
    private final List<String> untyped = new ArrayList<>();

    private PolicyMetadataParser(Path file) {
        this.file = file;
    }

    /**
     * @param file the {@code .mdx} file, for messages
     * @param root the root of {@code policy_metadata.xml}
     * @return the catalogue, with notes on what was not understood
     * @throws MdxImportException when no policy is found at all
     */
    public static MdxCatalogue parse(Path file, XmlElement root) throws MdxImportException {
        return new PolicyMetadataParser(file).catalogue(root);
    }

    private MdxCatalogue catalogue(XmlElement root) throws MdxImportException {
        List<XmlElement> policyElements = new ArrayList<>();
        collectPolicies(root, policyElements);
        if (policyElements.isEmpty()) {
            throw new MdxImportException(file, Reason.NO_POLICIES, MdxArchive.METADATA_ENTRY
                    + " declares no policy EMW recognises: no element has a " + POLICY_NAME + " child (root element <"
                    + root.name() + ">). See docs/mdx-import.md for what EMW reads; if this is a real .mdx file,"
                    + " please report its layout");
        }
        policyElements.forEach(XmlElement::markInPolicy);
        Categories categories = readCategories(root);
        Map<String, MdxPolicy> policies = new LinkedHashMap<>();
        Map<String, Set<Integer>> unknownCategories = new LinkedHashMap<>();
        for (XmlElement element : policyElements) {
            MdxPolicy policy = readPolicy(element, categories, unknownCategories);
            if (policy == null) {
                continue;
            }
            MdxPolicy earlier = policies.putIfAbsent(policy.name(), policy);
            if (earlier != null) {
                note(element.line(), "policy '" + policy.name() + "' is declared again (first at line "
                        + earlier.line() + "); kept the first and ignored this one");
            }
        }
        if (policies.isEmpty()) {
            throw new MdxImportException(file, Reason.NO_POLICIES, MdxArchive.METADATA_ENTRY
                    + " declares no usable policy: every element with a " + POLICY_NAME + " child was skipped ("
                    + String.join("; ", notes) + ")");
        }
        reportUnknownCategories(categories, unknownCategories);
        reportUntyped();
        reportIgnored();
        return new MdxCatalogue(file, appFact(root, APP_NAME, "app name"), appFact(root, PACKAGE_ID, "package id"),
                appFact(root, APP_VERSION, "app version"), platform(root), List.copyOf(policies.values()), notes);
    }

    private static void collectPolicies(XmlElement element, List<XmlElement> policies) {
        if (!element.children(POLICY_NAME).isEmpty()) {
            policies.add(element);
        }
        for (XmlElement child : element.children()) {
            collectPolicies(child, policies);
        }
    }

    // ---- policies

    private MdxPolicy readPolicy(XmlElement element, Categories categories,
            Map<String, Set<Integer>> unknownCategories) {
        String name = single(element, POLICY_NAME, null);
        if (name == null) {
            return null;
        }
        if (name.isEmpty()) {
            note(element.line(), "a policy element <" + element.name() + "> has an empty " + POLICY_NAME
                    + "; skipped it");
            return null;
        }
        String type = single(element, POLICY_TYPE, name);
        String categoryId = single(element, POLICY_CATEGORY, name);
        String defaultValue = single(element, POLICY_DEFAULT, name);
        String title = labelText(element, TITLE, name);
        String description = labelText(element, DESCRIPTION, name);
        List<MdxAllowedValue> values = allowedValues(element, name);
        countIgnored(element);

        String category = categoryId;
        if (categoryId != null && !categoryId.isEmpty()) {
            category = categories.nameOf(categoryId);
            if (category == null) {
                category = categoryId;
                unknownCategories.computeIfAbsent(categoryId, id -> new LinkedHashSet<>()).add(element.line());
            }
        }
        if (type == null) {
            untyped.add("'" + name + "' (line " + element.line() + ")");
        } else if (type.toLowerCase(Locale.ROOT).contains("enum") && values.isEmpty()) {
            note(element.line(), "policy '" + name + "' is of type '" + type + "' but lists no values EMW"
                    + " understands; its allowed values are left empty");
        }
        if (defaultValue != null && !values.isEmpty()
                && values.stream().noneMatch(value -> value.value().equals(defaultValue))) {
            note(element.line(), "policy '" + name + "': its default '" + defaultValue
                    + "' is not one of its allowed values");
        }
        return new MdxPolicy(name, type, category, defaultValue, title, description, values, element.line());
    }

    /**
     * @return the text of the only child so named, {@code null} when there is
     *         none; when there are several that differ, the first, with a note
     */
    private String single(XmlElement parent, String childName, String policy) {
        List<XmlElement> found = parent.children(childName);
        if (found.isEmpty()) {
            return null;
        }
        XmlElement first = found.get(0);
        String subject = policy == null ? "a policy element <" + parent.name() + ">" : "policy '" + policy + "'";
        Set<String> distinct = new LinkedHashSet<>();
        found.forEach(child -> distinct.add(child.text()));
        if (distinct.size() > 1) {
            note(found.get(1).line(), subject + " has " + found.size() + " different <" + first.name()
                    + "> elements; took the first ('" + first.text() + "')");
        }
        if (!first.children().isEmpty()) {
            note(first.line(), subject + ": <" + first.name() + "> has nested elements EMW does not understand ("
                    + namesOf(first.children()) + "); read only its own text");
        }
        return first.text();
    }

    /** Like {@link #single}, and notes a {@code res_id} that EMW cannot resolve because the text is empty. */
    private String labelText(XmlElement policy, String childName, String policyName) {
        String text = single(policy, childName, policyName);
        List<XmlElement> found = policy.children(childName);
        if (text != null && text.isEmpty() && found.get(0).attribute("res_id") != null) {
            note(found.get(0).line(), "policy '" + policyName + "': <" + found.get(0).name() + "> is empty and"
                    + " refers to res_id '" + found.get(0).attribute("res_id") + "', a string table EMW does not"
                    + " read; left it empty");
        }
        return text;
    }

    private List<MdxAllowedValue> allowedValues(XmlElement policy, String policyName) {
        Map<String, MdxAllowedValue> values = new LinkedHashMap<>();
        for (XmlElement container : policy.children(CONTAINERS)) {
            for (XmlElement item : container.children()) {
                if (!item.isNamed(ITEMS)) {
                    ignored.merge(container.name() + "/" + item.name(), 1, Integer::sum);
                    continue;
                }
                MdxAllowedValue value = allowedValue(item, policyName);
                if (value == null) {
                    continue;
                }
                if (values.putIfAbsent(value.value(), value) != null) {
                    note(item.line(), "policy '" + policyName + "' lists the value '" + value.value()
                            + "' twice; kept the first");
                }
            }
        }
        return List.copyOf(values.values());
    }

    /**
     * Reads one item. Its value is the {@code value} attribute, else a value
     * child, else (when it has no child elements) its text; its label is a
     * label attribute, else a label child, else its text when the value came
     * from an attribute.
     */
    private MdxAllowedValue allowedValue(XmlElement item, String policyName) {
        Map<String, String> valueSources = new LinkedHashMap<>();
        String attributeValue = item.attribute(VALUE_ATTRIBUTES);
        if (attributeValue != null) {
            valueSources.put("attribute value", attributeValue.strip());
        }
        for (String childName : VALUE_CHILDREN) {
            List<XmlElement> children = item.children(childName);
            if (!children.isEmpty()) {
                valueSources.putIfAbsent("<" + children.get(0).name() + ">", children.get(0).text());
            }
        }
        if (valueSources.isEmpty() && item.children().isEmpty()) {
            valueSources.put("text", item.text());
        }
        if (valueSources.isEmpty()) {
            note(item.line(), "policy '" + policyName + "': an item <" + item.name()
                    + "> has no value EMW understands (children: " + namesOf(item.children()) + "); skipped it");
            return null;
        }
        Map.Entry<String, String> chosen = valueSources.entrySet().iterator().next();
        if (new LinkedHashSet<>(valueSources.values()).size() > 1) {
            note(item.line(), "policy '" + policyName + "': an item <" + item.name() + "> gives different values "
                    + valueSources + "; took the " + chosen.getKey());
        }

        String label = item.attribute(LABEL_ATTRIBUTES);
        if (label == null) {
            for (String childName : LABEL_CHILDREN) {
                List<XmlElement> children = item.children(childName);
                if (!children.isEmpty() && !valueSources.containsKey("<" + children.get(0).name() + ">")) {
                    label = children.get(0).text();
                    break;
                }
            }
        }
        if (label == null && chosen.getKey().equals("attribute value") && !item.text().isEmpty()) {
            label = item.text();
        }
        return new MdxAllowedValue(chosen.getValue(), label == null ? null : label.strip());
    }

    private void countIgnored(XmlElement policy) {
        Set<String> seen = new LinkedHashSet<>();
        for (XmlElement child : policy.children()) {
            boolean nestedPolicy = !child.children(POLICY_NAME).isEmpty();
            if (!child.isNamed(POLICY_FIELDS) && !child.isNamed(CONTAINERS) && !nestedPolicy) {
                seen.add("<" + child.name() + ">");
            }
        }
        for (String attribute : policy.attributes().keySet()) {
            seen.add("@" + attribute + " on <" + policy.name() + ">");
        }
        seen.forEach(name -> ignored.merge(name, 1, Integer::sum));
    }

    private void reportUntyped() {
        if (untyped.isEmpty()) {
            return;
        }
        int shown = Math.min(untyped.size(), MAX_LISTED);
        String more = untyped.size() > shown ? " and " + (untyped.size() - shown) + " more" : "";
        notes.add(MdxArchive.METADATA_ENTRY + ": " + untyped.size()
                + (untyped.size() == 1 ? " policy has" : " policies have") + " no " + POLICY_TYPE
                + ", so the type is left empty: " + String.join(", ", untyped.subList(0, shown)) + more);
    }

    private void reportIgnored() {
        if (ignored.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        ignored.forEach((name, count) -> parts.add(name + " (" + count + (count == 1 ? " time)" : " times)")));
        notes.add(MdxArchive.METADATA_ENTRY + ": ignored what EMW does not understand inside policies: "
                + String.join(", ", parts));
    }

    // ---- categories

    /** The category section: id → name (the name is {@code null} when none is declared). */
    private record Categories(Map<String, String> names, boolean declared) {
        String nameOf(String id) {
            if (!names.containsKey(id)) {
                return null;
            }
            String name = names.get(id);
            return name == null || name.isEmpty() ? id : name;
        }
    }

    private Categories readCategories(XmlElement root) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        readCategories(root, names, lines);
        return new Categories(names, !lines.isEmpty());
    }

    private void readCategories(XmlElement element, Map<String, String> names, Map<String, Integer> lines) {
        if (element.inPolicy()) {
            return;
        }
        List<XmlElement> idChildren = element.children(CATEGORY_ID);
        String idAttribute = element.attribute(CATEGORY_ID);
        if (idAttribute != null || !idChildren.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            if (idAttribute != null) {
                ids.add(idAttribute.strip());
            }
            idChildren.forEach(child -> ids.add(child.text()));
            ids.remove("");
            if (ids.size() > 1) {
                note(element.line(), "<" + element.name() + "> declares several category ids (" + ids
                        + "); their names cannot be told apart, so the ids are used as names");
                ids.forEach(id -> declareCategory(id, null, element.line(), names, lines));
            } else if (ids.size() == 1) {
                declareCategory(ids.iterator().next(), categoryName(element, idAttribute != null), element.line(),
                        names, lines);
            }
        }
        for (XmlElement child : element.children()) {
            readCategories(child, names, lines);
        }
    }

    private static String categoryName(XmlElement category, boolean idFromAttribute) {
        for (String childName : NAME_CHILDREN) {
            List<XmlElement> children = category.children(childName);
            if (!children.isEmpty()) {
                return children.get(0).text();
            }
        }
        String attribute = category.attribute(LABEL_ATTRIBUTES);
        if (attribute != null) {
            return attribute.strip();
        }
        return idFromAttribute && category.children().isEmpty() && !category.text().isEmpty() ? category.text()
                : null;
    }

    private void declareCategory(String id, String name, int line, Map<String, String> names,
            Map<String, Integer> lines) {
        if (!names.containsKey(id)) {
            names.put(id, name);
            lines.put(id, line);
            return;
        }
        String earlier = names.get(id);
        if (name != null && !name.equals(earlier)) {
            note(line, "category '" + id + "' is declared again with the name '" + name + "' (first at line "
                    + lines.get(id) + (earlier == null ? " without a name" : " as '" + earlier + "'")
                    + "); kept the first");
        }
    }

    private void reportUnknownCategories(Categories categories, Map<String, Set<Integer>> unknown) {
        if (unknown.isEmpty()) {
            return;
        }
        if (!categories.declared()) {
            notes.add(MdxArchive.METADATA_ENTRY + ": declares no category section (no element with a "
                    + CATEGORY_ID + "); policy categories are kept as the ids the policies give");
            return;
        }
        unknown.forEach((id, atLines) -> notes.add(MdxArchive.METADATA_ENTRY + " line"
                + (atLines.size() == 1 ? " " : "s ") + joinNumbers(atLines) + ": category '" + id
                + "' is not declared in the category section; kept the id as the category"));
    }

    // ---- the app

    /** @return the one value given for the fact, or {@code null} when none is, or (with a note) several differ */
    private String appFact(XmlElement root, String[] names, String what) {
        Map<String, Integer> values = new LinkedHashMap<>();
        String rootAttribute = root.attribute(names);
        if (rootAttribute != null && !rootAttribute.isBlank()) {
            values.put(rootAttribute.strip(), root.line());
        }
        collectFacts(root, names, values);
        if (values.size() > 1) {
            note(values.values().iterator().next(), "the file gives different values for the " + what + " "
                    + values.keySet() + "; used none of them");
            return null;
        }
        return values.isEmpty() ? null : values.keySet().iterator().next();
    }

    private static void collectFacts(XmlElement element, String[] names, Map<String, Integer> values) {
        if (element.inPolicy()) {
            return;
        }
        if (element.isNamed(names) && element.children().isEmpty() && !element.text().isEmpty()) {
            values.putIfAbsent(element.text(), element.line());
        }
        for (XmlElement child : element.children()) {
            collectFacts(child, names, values);
        }
    }

    private Platform platform(XmlElement root) {
        String text = appFact(root, PLATFORM, "platform");
        if (text == null) {
            return null;
        }
        Platform platform = Platform.get(text.toLowerCase(Locale.ROOT));
        if (platform == null) {
            notes.add(MdxArchive.METADATA_ENTRY + ": the platform '" + text + "' is neither ios nor android;"
                    + " ignored it");
        }
        return platform;
    }

    // ---- helpers

    private void note(int line, String message) {
        notes.add(MdxArchive.METADATA_ENTRY + " line " + line + ": " + message);
    }

    private static String namesOf(List<XmlElement> elements) {
        Set<String> names = new LinkedHashSet<>();
        elements.forEach(element -> names.add("<" + element.name() + ">"));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String joinNumbers(Set<Integer> numbers) {
        List<String> texts = new ArrayList<>();
        numbers.forEach(number -> texts.add(String.valueOf(number)));
        return String.join(", ", texts);
    }
}
