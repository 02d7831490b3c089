/*******************************************************************************
 * Copyright (c) the EMW contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.emworkbench.model.compare.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.emworkbench.model.compare.ComparisonProfile;
import org.emworkbench.model.compare.Difference;
import org.emworkbench.model.compare.Difference.Side;
import org.emworkbench.model.compare.internal.Keys.Key;

/**
 * Walks two containment trees side by side and collects their differences in
 * a stable order (see {@link org.emworkbench.model.compare.ComparisonResult}).
 * List elements are paired through hash maps by key, so the walk is linear in
 * the size of the models apart from sorting each list's keys.
 */
public final class TreeComparer {

    private final ComparisonProfile profile;
    private final Keys keys;
    private final List<Difference> differences = new ArrayList<>();

    /** @param profile what is compared */
    public TreeComparer(ComparisonProfile profile) {
        this.profile = profile;
        this.keys = new Keys(profile);
    }

    /**
     * @param left  the first model's root
     * @param right the second model's root
     * @return the differences, in their stable order
     */
    public List<Difference> compare(EObject left, EObject right) {
        differences.clear();
        compareObjects(left, right, "");
        return List.copyOf(differences);
    }

    private void compareObjects(EObject left, EObject right, String path) {
        if (left.eClass() != right.eClass()) {
            // The metamodel has no subclasses yet; should it get some, another class is another object.
            differences.add(removed(left, path));
            differences.add(added(right, path));
            return;
        }
        String objectPath = path.isEmpty() ? "/" : path;
        for (EStructuralFeature feature : left.eClass().getEAllStructuralFeatures()) {
            if (!profile.compares(feature)) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                compareAttribute(left, right, objectPath, attribute);
            } else if (feature instanceof EReference reference && !reference.isContainment()
                    && !reference.isContainer()) {
                compareReference(left, right, objectPath, reference);
            }
        }
        for (EReference containment : left.eClass().getEAllContainments()) {
            if (profile.compares(containment)) {
                compareContents(left, right, path, containment);
            }
        }
    }

    private void compareAttribute(EObject left, EObject right, String objectPath, EAttribute attribute) {
        String className = left.eClass().getName();
        if (!attribute.isMany()) {
            String oldValue = Values.single(left, attribute);
            String newValue = Values.single(right, attribute);
            if (!Objects.equals(oldValue, newValue)) {
                differences.add(new Difference.Changed(objectPath, className, attribute.getName(), oldValue, newValue));
            }
            return;
        }
        compareLists(objectPath, className, attribute, Values.many(left, attribute), Values.many(right, attribute));
    }

    private void compareReference(EObject left, EObject right, String objectPath, EReference reference) {
        List<String> oldTargets = Values.objects(left, reference).stream().map(keys::referenceText).toList();
        List<String> newTargets = Values.objects(right, reference).stream().map(keys::referenceText).toList();
        if (reference.isMany()) {
            compareLists(objectPath, left.eClass().getName(), reference, oldTargets, newTargets);
        } else if (!oldTargets.equals(newTargets)) {
            differences.add(new Difference.Changed(objectPath, left.eClass().getName(), reference.getName(),
                    oldTargets.isEmpty() ? null : oldTargets.get(0), newTargets.isEmpty() ? null : newTargets.get(0)));
        }
    }

    private void compareLists(String objectPath, String className, EStructuralFeature feature, List<String> oldValues,
            List<String> newValues) {
        if (!profile.ordered().contains(feature)) {
            oldValues = sorted(oldValues);
            newValues = sorted(newValues);
        }
        if (!oldValues.equals(newValues)) {
            differences.add(new Difference.ValuesChanged(objectPath, className, feature.getName(), oldValues,
                    newValues));
        }
    }

    private void compareContents(EObject left, EObject right, String path, EReference containment) {
        String listPath = path + "/" + containment.getName();
        if (!containment.isMany()) {
            EObject oldChild = (EObject) left.eGet(containment);
            EObject newChild = (EObject) right.eGet(containment);
            if (oldChild != null && newChild != null) {
                compareObjects(oldChild, newChild, listPath);
            } else if (oldChild != null) {
                differences.add(removed(oldChild, listPath));
            } else if (newChild != null) {
                differences.add(added(newChild, listPath));
            }
            return;
        }
        Map<String, Group> oldGroups = group(Values.objects(left, containment), containment);
        Map<String, Group> newGroups = group(Values.objects(right, containment), containment);
        TreeSet<String> matchKeys = new TreeSet<>(oldGroups.keySet());
        matchKeys.addAll(newGroups.keySet());
        for (String matchKey : matchKeys) {
            Group oldGroup = oldGroups.get(matchKey);
            Group newGroup = newGroups.get(matchKey);
            if (oldGroup != null && oldGroup.objects.size() > 1 || newGroup != null && newGroup.objects.size() > 1) {
                duplicates(oldGroup, Side.LEFT, listPath);
                duplicates(newGroup, Side.RIGHT, listPath);
            } else if (oldGroup == null) {
                differences.add(added(newGroup.objects.get(0), listPath + "[" + newGroup.display + "]"));
            } else if (newGroup == null) {
                differences.add(removed(oldGroup.objects.get(0), listPath + "[" + oldGroup.display + "]"));
            } else {
                compareObjects(oldGroup.objects.get(0), newGroup.objects.get(0),
                        listPath + "[" + oldGroup.display + "]");
            }
        }
        if (profile.ordered().contains(containment)) {
            compareOrder(left, path, containment, oldGroups, newGroups);
        }
    }

    private void compareOrder(EObject left, String path, EReference containment, Map<String, Group> oldGroups,
            Map<String, Group> newGroups) {
        List<String> oldOrder = order(oldGroups, newGroups);
        List<String> newOrder = order(newGroups, oldGroups);
        if (!oldOrder.equals(newOrder)) {
            // Both lists are shown with the left model's key texts, so they differ in nothing but order.
            Map<String, String> leftDisplay = new HashMap<>();
            oldGroups.forEach((match, group) -> leftDisplay.put(match, group.display));
            differences.add(new Difference.Reordered(path.isEmpty() ? "/" : path, left.eClass().getName(),
                    containment.getName(), oldOrder.stream().map(leftDisplay::get).toList(),
                    newOrder.stream().map(leftDisplay::get).toList()));
        }
    }

    /** @return the match keys of the single (not duplicated) elements the other side has too, in model order */
    private static List<String> order(Map<String, Group> groups, Map<String, Group> others) {
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            Group other = others.get(entry.getKey());
            if (entry.getValue().objects.size() == 1 && other != null && other.objects.size() == 1) {
                order.add(entry.getKey());
            }
        }
        return order;
    }

    private void duplicates(Group group, Side side, String listPath) {
        if (group != null && group.objects.size() > 1) {
            differences.add(new Difference.DuplicateKey(side, listPath + "[" + group.display + "]",
                    group.objects.get(0).eClass().getName(), group.objects.size()));
        }
    }

    /** @return the elements by match key, in the order of their first occurrence */
    private Map<String, Group> group(List<EObject> elements, EReference containment) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            EObject element = elements.get(i);
            Key key = keys.of(element, containment, i);
            groups.computeIfAbsent(key.match(), match -> new Group(key.display())).objects.add(element);
        }
        return groups;
    }

    private Difference.Added added(EObject object, String path) {
        return new Difference.Added(path, object.eClass().getName(), attributes(object));
    }

    private Difference.Removed removed(EObject object, String path) {
        return new Difference.Removed(path, object.eClass().getName(), attributes(object));
    }

    /** @return the compared attributes that have a value, in metamodel order */
    private Map<String, String> attributes(EObject object) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!profile.compares(attribute)) {
                continue;
            }
            if (attribute.isMany()) {
                List<String> values = Values.many(object, attribute);
                if (!values.isEmpty()) {
                    attributes.put(attribute.getName(), String.join(", ", sorted(values)));
                }
            } else {
                String value = Values.single(object, attribute);
                if (value != null) {
                    attributes.put(attribute.getName(), value);
                }
            }
        }
        return attributes;
    }

    private static List<String> sorted(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted;
    }

    /** The elements of one list in one model that share a key; more than one is a duplicate. */
    private static final class Group {
        final String display;
        final List<EObject> objects = new ArrayList<>(1);

        Group(String display) {
            this.display = display;
        }
    }
}
