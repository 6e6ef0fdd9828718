package dev.atelier.formats.uvl;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.Slot;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.featuremodel.Feature;
import dev.atelier.formats.featuremodel.FeatureConstraint;
import dev.atelier.formats.featuremodel.FeatureGroup;
import dev.atelier.formats.featuremodel.FeatureTree;
import dev.atelier.formats.featuremodel.Prices;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves parsed UVL documents into a {@link FeatureTree}: imports (read by {@link UvlImports};
 * imported features are named {@code alias.feature}), feature types, attributes ({@code abstract},
 * numeric values, {@code Price}/{@code cost} as price, {@code constraint(s)}), groups and
 * constraints. Collects every problem. Not thread-safe: one per read.
 */
final class UvlResolver {

  /** Where a document came from and how its names are prefixed. */
  private record Scope(String file, Path directory, String prefix, Map<String, Path> imports) {}

  /** A constraint waiting until every feature is known. */
  private record Pending(Scope scope, UvlDocument.ConstraintDecl constraint) {}

  private final List<Diagnostic> diagnostics;
  private final Map<String, UvlConstraintTranslator.FeatureInfo> features = new LinkedHashMap<>();
  private final Map<String, int[]> firstSeen = new HashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private final UvlImports imports;
  private UvlDocument.FeatureDecl rootDecl;

  UvlResolver(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
    this.imports = new UvlImports(diagnostics);
  }

  /** The tree of {@code document} read from {@code file} in {@code directory} (may be null). */
  FeatureTree resolve(UvlDocument document, String file, Path directory, String modelName) {
    if (document.root() == null) {
      diagnostics.add(new Diagnostic(file, 1, 1, "no features section with a root feature"));
      return null;
    }
    Scope scope = scope(document, file, directory, "");
    rootDecl = document.root();
    Feature root = feature(document.root(), scope);
    addConstraints(document, scope);
    UvlConstraintTranslator translator = new UvlConstraintTranslator(features, diagnostics);
    List<FeatureConstraint> constraints = new ArrayList<>();
    for (Pending p : pending) {
      Expr expr = translator.translate(p.constraint().expr(), p.scope().file(), p.scope().prefix());
      if (expr != null) {
        String text = p.constraint().text();
        constraints.add(new FeatureConstraint(expr, text));
      }
    }
    String name = document.namespace() != null ? document.namespace() : modelName;
    return root == null ? null : new FeatureTree(name, root, constraints);
  }

  private Scope scope(UvlDocument document, String file, Path directory, String prefix) {
    return new Scope(file, directory, prefix, imports.targets(document, file, directory));
  }

  private void addConstraints(UvlDocument document, Scope scope) {
    for (UvlDocument.ConstraintDecl c : document.constraints()) {
      pending.add(new Pending(scope, c));
    }
  }

  private Feature feature(UvlDocument.FeatureDecl decl, Scope scope) {
    List<String> ref = decl.reference();
    for (int k = ref.size() - 1; k >= 1; k--) {
      String alias = String.join(".", ref.subList(0, k));
      if (scope.imports().containsKey(alias)) {
        return imported(decl, scope, alias, String.join(".", ref.subList(k, ref.size())));
      }
    }
    if (ref.size() > 1) {
      report(
          scope.file(),
          decl.line(),
          decl.column(),
          "no import named '"
              + String.join(".", ref.subList(0, ref.size() - 1))
              + "' for '"
              + decl.name()
              + "'");
      return null;
    }
    String name = scope.prefix() + decl.name();
    int[] first = firstSeen.putIfAbsent(name, new int[] {decl.line(), decl.column()});
    if (first != null) {
      report(
          scope.file(),
          decl.line(),
          decl.column(),
          "duplicate feature '" + name + "' (first defined at line " + first[0] + ")");
    }
    if (decl.type() == UvlDocument.Type.INTEGER || decl.type() == UvlDocument.Type.REAL) {
      report(
          scope.file(),
          decl.line(),
          decl.column(),
          decl.type().noBoundedDomain(decl.name()) + " to an integer attribute");
    }
    Feature.Clones clones = decl.cardinality();
    if (clones != null && !clonable(decl, scope, clones)) {
      clones = null;
    }
    Feature.FeatureType type =
        decl.type() == UvlDocument.Type.STRING
            ? Feature.FeatureType.STRING
            : Feature.FeatureType.BOOLEAN;
    boolean isAbstract = false;
    long price = 0;
    Map<String, BigDecimal> numbers = new HashMap<>();
    for (UvlDocument.AttributeDecl a : decl.attributes()) {
      if (a.key().equals("abstract")) {
        isAbstract = a.text() == null || a.text().equals("true");
      } else if (a.number() != null) {
        numbers.put(a.key(), a.number());
        if (Prices.isPriceName(a.key())) {
          Long minor = Prices.minorUnits(a.number());
          price = minor == null ? 0 : minor;
        }
      }
      for (UvlDocument.ConstraintDecl c : a.constraints()) {
        pending.add(new Pending(scope, c));
      }
    }
    if (first == null) {
      features.put(name, new UvlConstraintTranslator.FeatureInfo(name, type, decl.type(), numbers));
    }
    List<FeatureGroup> groups = new ArrayList<>();
    for (UvlDocument.GroupDecl g : decl.groups()) {
      List<Feature> children = new ArrayList<>();
      for (UvlDocument.FeatureDecl child : g.children()) {
        Feature f = feature(child, scope);
        if (f != null) {
          children.add(f);
        }
      }
      groups.add(group(g, children));
    }
    return new Feature(name, decl.name(), isAbstract, type, price, groups, clones);
  }

  /** Whether a feature cardinality can be mapped to a slot; reports why not. */
  private boolean clonable(UvlDocument.FeatureDecl decl, Scope scope, Feature.Clones clones) {
    String why = null;
    if (decl == rootDecl) {
      why = "the root feature cannot be cloned";
    } else if (clones.max() == FeatureGroup.UNBOUNDED || clones.max() > Slot.MAX_INSTANCES) {
      why = "at most " + Slot.MAX_INSTANCES + " instances, found no or a higher upper bound";
    } else if (clones.max() < 1 || clones.min() > clones.max()) {
      why = "needs 0 <= a <= b and b >= 1";
    } else if (decl.type() != UvlDocument.Type.BOOLEAN) {
      why = "only Boolean features can be cloned";
    }
    if (why != null) {
      report(
          scope.file(),
          decl.line(),
          decl.column(),
          "unsupported: feature cardinality of '" + decl.name() + "': " + why);
    }
    return why == null;
  }

  private static FeatureGroup group(UvlDocument.GroupDecl g, List<Feature> children) {
    return switch (g.kind()) {
      case "mandatory" -> FeatureGroup.of(FeatureGroup.Kind.MANDATORY, children);
      case "optional" -> FeatureGroup.of(FeatureGroup.Kind.OPTIONAL, children);
      case "alternative" -> FeatureGroup.of(FeatureGroup.Kind.ALTERNATIVE, children);
      case "or" -> FeatureGroup.of(FeatureGroup.Kind.OR, children);
      default -> FeatureGroup.cardinality(g.min(), g.max(), children);
    };
  }

  private Feature imported(
      UvlDocument.FeatureDecl decl, Scope scope, String alias, String rootName) {
    Path target = scope.imports().get(alias);
    if (target == null) {
      return null;
    }
    if (!decl.groups().isEmpty()) {
      report(
          scope.file(),
          decl.line(),
          decl.column(),
          "imported feature '" + decl.name() + "' cannot have child groups here");
    }
    if (!imports.enter(target)) {
      report(scope.file(), decl.line(), decl.column(), "cyclic import of " + target);
      return null;
    }
    try {
      UvlDocument document =
          imports.read(target, alias, rootName, scope.file(), decl.line(), decl.column());
      if (document == null) {
        return null;
      }
      Scope inner =
          scope(document, target.toString(), target.getParent(), scope.prefix() + alias + ".");
      Feature root = feature(document.root(), inner);
      addConstraints(document, inner);
      return root;
    } finally {
      imports.leave(target);
    }
  }

  private void report(String file, int line, int column, String message) {
    diagnostics.add(new Diagnostic(file, line, column, message));
  }
}
