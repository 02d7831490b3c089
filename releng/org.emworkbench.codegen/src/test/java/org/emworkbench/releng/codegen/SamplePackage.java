/*
 * Copyright (c) the EMW contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.emworkbench.releng.codegen;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A small package with every construct the model documentation draws: a root, a keyed and an
 * unkeyed containment, a reference up the tree, an abstract supertype, an enumeration, a data type,
 * defaults and documentation.
 *
 * <pre>
 * Shop                       (root)
 *   items [0..*] {key: name} -> Item extends Named (abstract)
 *     parts [0..*]           -> Part --item--> Item
 * </pre>
 */
final class SamplePackage {

  private static final EcoreFactory ECORE = EcoreFactory.eINSTANCE;
  private static final String GENMODEL = "http://www.eclipse.org/emf/2002/GenModel";

  private SamplePackage() {
  }

  static EPackage create() {
    EPackage ePackage = ECORE.createEPackage();
    ePackage.setName("shop");
    ePackage.setNsURI("http://example.org/shop");
    ePackage.setNsPrefix("shop");

    EEnum kind = ECORE.createEEnum();
    kind.setName("Kind");
    EcoreUtil.setDocumentation(kind, "What an item is.");
    kind.getELiterals().add(literal("SMALL_THING", 0, "small", "Fits in a | pocket."));
    kind.getELiterals().add(literal("LARGE_THING", 1, "large", null));

    EDataType secret = ECORE.createEDataType();
    secret.setName("SecretReference");
    secret.setInstanceClassName("org.example.SecretReference");

    EClass named = eClass("Named", "Anything with a name.");
    named.setAbstract(true);
    EAttribute name = attribute(named, "name", EcorePackage.Literals.ESTRING, "The *name*, see policy_metadata.xml.");

    EClass item = eClass("Item", "A thing for sale.");
    item.getESuperTypes().add(named);
    attribute(item, "size", EcorePackage.Literals.EINT, null).setDefaultValueLiteral("3");
    attribute(item, "label", EcorePackage.Literals.ESTRING, null).setDefaultValueLiteral("<none>");
    attribute(item, "tags", EcorePackage.Literals.ESTRING, null).setUpperBound(ETypedElement.UNBOUNDED_MULTIPLICITY);
    attribute(item, "kind", kind, null);
    attribute(item, "password", secret, null);

    EClass part = eClass("Part", null);
    EReference partItem = reference(part, "item", item, false, "The item this part fits.");

    EClass shop = eClass("Shop", "The root.");
    EReference items = reference(shop, "items", item, true, "What the shop sells.");
    items.setUpperBound(ETypedElement.UNBOUNDED_MULTIPLICITY);
    items.getEKeys().add(name);
    EReference parts = reference(item, "parts", part, true, null);
    parts.setUpperBound(ETypedElement.UNBOUNDED_MULTIPLICITY);
    partItem.setLowerBound(1);

    ePackage.getEClassifiers().add(shop);
    ePackage.getEClassifiers().add(named);
    ePackage.getEClassifiers().add(item);
    ePackage.getEClassifiers().add(part);
    ePackage.getEClassifiers().add(kind);
    ePackage.getEClassifiers().add(secret);
    return ePackage;
  }

  private static EClass eClass(String name, String documentation) {
    EClass eClass = ECORE.createEClass();
    eClass.setName(name);
    document(eClass, documentation);
    return eClass;
  }

  private static EAttribute attribute(EClass owner, String name, EDataType type, String documentation) {
    EAttribute attribute = ECORE.createEAttribute();
    attribute.setName(name);
    attribute.setEType(type);
    document(attribute, documentation);
    owner.getEStructuralFeatures().add(attribute);
    return attribute;
  }

  private static EReference reference(EClass owner, String name, EClass type, boolean containment, String documentation) {
    EReference reference = ECORE.createEReference();
    reference.setName(name);
    reference.setEType(type);
    reference.setContainment(containment);
    document(reference, documentation);
    owner.getEStructuralFeatures().add(reference);
    return reference;
  }

  private static EEnumLiteral literal(String name, int value, String literal, String documentation) {
    EEnumLiteral eLiteral = ECORE.createEEnumLiteral();
    eLiteral.setName(name);
    eLiteral.setValue(value);
    eLiteral.setLiteral(literal);
    document(eLiteral, documentation);
    return eLiteral;
  }

  private static void document(org.eclipse.emf.ecore.EModelElement element, String documentation) {
    if (documentation != null) {
      EcoreUtil.setAnnotation(element, GENMODEL, "documentation", documentation);
    }
  }
}
