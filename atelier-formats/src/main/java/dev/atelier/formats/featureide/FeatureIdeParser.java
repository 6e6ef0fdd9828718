package dev.atelier.formats.featureide;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.featuremodel.Feature;
import dev.atelier.formats.featuremodel.FeatureConstraint;
import dev.atelier.formats.featuremodel.FeatureGroup;
import dev.atelier.formats.featuremodel.FeatureTree;
import dev.atelier.formats.featuremodel.Prices;
import dev.atelier.formats.featuremodel.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Interprets a FeatureIDE XML document, collecting every problem: the feature tree here, the
 * constraints in {@link FeatureIdeRules}. Not thread-safe: one per read.
 */
final class FeatureIdeParser {

  private static final Set<String> FEATURE_ELEMENTS = Set.of("and", "or", "alt", "feature");
  private static final Set<String> IGNORED_AT_TOP =
      Set.of("properties", "calculations", "comments", "featureOrder", "feature_order");

  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, XmlElement> features = new HashMap<>();

  FeatureIdeParser(String file) {
    this.file = file;
  }

  /** Every problem found so far, in document order. */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The tree, or null when there is none; check {@link #diagnostics()} either way. */
  FeatureTree parse(XmlElement document) {
    if (!document.name().equals("featureModel")
        && !document.name().equals("extendedFeatureModel")) {
      report(document, "expected <featureModel>, found <" + document.name() + ">");
      return null;
    }
    Feature root = null;
    XmlElement constraints = null;
    for (XmlElement child : document.children()) {
      if (child.name().equals("struct")) {
        root = struct(child);
      } else if (child.name().equals("constraints")) {
        constraints = child;
      } else if (!IGNORED_AT_TOP.contains(child.name())) {
        report(child, "unknown element <" + child.name() + "> in <" + document.name() + ">");
      }
    }
    if (root == null) {
      if (diagnostics.isEmpty()) {
        report(document, "no feature tree: <struct> with one root feature is missing");
      }
      return null;
    }
    List<FeatureConstraint> rules = new ArrayList<>();
    if (constraints != null) {
      FeatureIdeRules reader = new FeatureIdeRules(features.keySet(), this::report);
      for (XmlElement rule : constraints.children()) {
        FeatureConstraint c = reader.rule(rule);
        if (c != null) {
          rules.add(c);
        }
      }
    }
    String name = document.attribute("name");
    return new FeatureTree(name == null ? root.name() : name, root, rules);
  }

  private Feature struct(XmlElement struct) {
    List<XmlElement> roots =
        struct.children().stream().filter(e -> FEATURE_ELEMENTS.contains(e.name())).toList();
    for (XmlElement other : struct.children()) {
      if (!FEATURE_ELEMENTS.contains(other.name())) {
        report(other, "unknown element <" + other.name() + "> in <struct>");
      }
    }
    if (roots.size() != 1) {
      report(struct, "<struct> must contain exactly one root feature, found " + roots.size());
      return null;
    }
    return feature(roots.get(0));
  }

  private Feature feature(XmlElement element) {
    String name = element.attribute("name");
    if (name == null || name.isBlank()) {
      report(element, "<" + element.name() + "> without a name");
      name = "line" + element.line() + "col" + element.column();
    } else if (features.containsKey(name)) {
      XmlElement first = features.get(name);
      report(
          element, "duplicate feature '" + name + "' (first defined at line " + first.line() + ")");
    } else {
      features.put(name, element);
    }
    long price = 0;
    List<Feature> children = new ArrayList<>();
    List<Boolean> mandatory = new ArrayList<>();
    for (XmlElement child : element.children()) {
      if (FEATURE_ELEMENTS.contains(child.name())) {
        if (element.name().equals("feature")) {
          report(child, "<feature> cannot have child features; use <and>, <or> or <alt>");
        }
        children.add(feature(child));
        mandatory.add("true".equals(child.attribute("mandatory")));
      } else if (child.name().equals("attribute")) {
        price += price(child);
      } else if (!FeatureIdeRules.IGNORED.contains(child.name())) {
        report(child, "unknown element <" + child.name() + "> in feature '" + name + "'");
      }
    }
    boolean isAbstract = "true".equals(element.attribute("abstract"));
    return new Feature(
        name,
        name,
        isAbstract,
        Feature.FeatureType.BOOLEAN,
        price,
        groups(element, children, mandatory));
  }

  private static List<FeatureGroup> groups(
      XmlElement element, List<Feature> children, List<Boolean> mandatory) {
    if (children.isEmpty()) {
      return List.of();
    }
    // FeatureIDE treats an or/alt group with one child as an and group (its mandatory flag
    // decides), and so do its DIMACS conversions.
    if (element.name().equals("or") && children.size() > 1) {
      return List.of(FeatureGroup.of(FeatureGroup.Kind.OR, children));
    }
    if (element.name().equals("alt") && children.size() > 1) {
      return List.of(FeatureGroup.of(FeatureGroup.Kind.ALTERNATIVE, children));
    }
    List<FeatureGroup> groups = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= children.size(); i++) {
      if (i == children.size() || !mandatory.get(i).equals(mandatory.get(start))) {
        FeatureGroup.Kind kind =
            mandatory.get(start) ? FeatureGroup.Kind.MANDATORY : FeatureGroup.Kind.OPTIONAL;
        groups.add(FeatureGroup.of(kind, children.subList(start, i)));
        start = i;
      }
    }
    return groups;
  }

  private long price(XmlElement attribute) {
    String key = attribute.attribute("name");
    String value = attribute.attribute("value");
    if (key == null || value == null || !Prices.isPriceName(key)) {
      return 0;
    }
    Long minor = Prices.minorUnits(value);
    if (minor == null) {
      report(attribute, "price '" + value + "' is not a number");
      return 0;
    }
    return minor;
  }

  private void report(XmlElement at, String message) {
    diagnostics.add(new Diagnostic(file, at.line(), at.column(), message));
  }
}
