package dev.atelier.formats.xcsp;

import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModelBuilder;
import dev.atelier.engine.model.ModelValidator;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.Value;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an {@link XcspDocument} into a {@link ProductModel}: each variable becomes an enumerated
 * attribute whose value ids are the integers as decimal strings; a domain containing the joker
 * value {@code -1} ("not present") makes the attribute optional, without a {@code -1} value, and
 * {@code -1} in a tuple becomes {@link Constraint.Table#UNSET}. Each extensional constraint becomes
 * a {@link Constraint.Table} (supports = allowed rows, conflicts = forbidden rows); tuples with a
 * value outside a variable's domain can never match and are dropped. Intensional and global
 * constraints are reported as unsupported. Not thread-safe; use one builder per document.
 */
final class XcspModelBuilder {

  /** The joker value of optional variables in Renault's configuration benchmarks. */
  static final long JOKER = -1;

  private final SourceText source;
  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  XcspModelBuilder(SourceText source, String file) {
    this.source = source;
    this.file = file;
  }

  /** Problems found while building, in document order. */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The model of {@code doc}; meaningful only when {@link #diagnostics()} stays empty. */
  ProductModel build(XcspDocument doc, String modelId) {
    ModelBuilder model = ProductModel.builder(modelId).label(LocalizedText.of(modelId));
    Map<String, XcspDocument.Domain> domains = new HashMap<>();
    for (XcspDocument.Domain d : doc.domains()) {
      if (domains.putIfAbsent(d.name(), d) != null) {
        diagnostics.add(at(d.offset(), "duplicate domain name '" + d.name() + "'"));
      }
    }
    Map<String, Set<Long>> variableDomains = new HashMap<>();
    long total = 0;
    for (XcspDocument.Variable v : doc.variables()) {
      XcspDocument.Domain d = domains.get(v.domain());
      if (d == null) {
        diagnostics.add(
            at(v.offset(), "variable '" + v.name() + "' has unknown domain '" + v.domain() + "'"));
        continue;
      }
      total += d.values().size();
      if (total > ModelValidator.MAX_TOTAL_VALUES) {
        // Stop before the values are built: their memory is what the bound is for.
        diagnostics.add(
            at(
                v.offset(),
                "the variables up to '"
                    + v.name()
                    + "' have more than "
                    + ModelValidator.MAX_TOTAL_VALUES
                    + " values together"));
        return model.build();
      }
      if (variableDomains.putIfAbsent(v.name(), new HashSet<>(d.values())) != null) {
        diagnostics.add(at(v.offset(), "duplicate variable name '" + v.name() + "'"));
        continue;
      }
      model.attribute(attribute(v.name(), d.values()));
    }
    Map<String, XcspDocument.Relation> relations = new HashMap<>();
    for (XcspDocument.Relation r : doc.relations()) {
      if (relations.putIfAbsent(r.name(), r) != null) {
        diagnostics.add(at(r.offset(), "duplicate relation name '" + r.name() + "'"));
      }
    }
    Set<String> predicates = new HashSet<>(doc.predicates());
    Set<String> constraintNames = new HashSet<>();
    for (XcspDocument.ConstraintDecl c : doc.constraints()) {
      if (!constraintNames.add(c.name())) {
        diagnostics.add(at(c.offset(), "duplicate constraint name '" + c.name() + "'"));
        continue;
      }
      Constraint.Table table = table(c, relations, predicates, variableDomains);
      if (table != null) {
        model.constraint(table);
      }
    }
    return model.build();
  }

  private static EnumAttribute attribute(String name, List<Long> domain) {
    List<Value> values = new ArrayList<>();
    boolean optional = false;
    for (long v : domain) {
      if (v == JOKER) {
        optional = true;
      } else {
        values.add(Value.of(Long.toString(v)));
      }
    }
    return new EnumAttribute(name, LocalizedText.of(name), values, optional);
  }

  private Constraint.Table table(
      XcspDocument.ConstraintDecl c,
      Map<String, XcspDocument.Relation> relations,
      Set<String> predicates,
      Map<String, Set<Long>> variableDomains) {
    XcspDocument.Relation relation = relations.get(c.reference());
    if (relation == null) {
      diagnostics.add(at(c.referenceOffset(), unknownReference(c, predicates)));
      return null;
    }
    boolean ok = true;
    for (String v : c.scope()) {
      if (!variableDomains.containsKey(v)) {
        diagnostics.add(
            at(c.scopeOffset(), "constraint '" + c.name() + "' uses unknown variable '" + v + "'"));
        ok = false;
      }
    }
    if (relation.arity() != c.scope().size()) {
      diagnostics.add(
          at(
              c.scopeOffset(),
              "constraint '"
                  + c.name()
                  + "' has "
                  + c.scope().size()
                  + " variables but relation '"
                  + relation.name()
                  + "' has arity "
                  + relation.arity()));
      ok = false;
    }
    if (!ok) {
      return null;
    }
    List<List<String>> rows = new ArrayList<>();
    for (long[] tuple : relation.tuples()) {
      List<String> row = row(tuple, c.scope(), variableDomains);
      if (row != null) {
        rows.add(row);
      }
    }
    return new Constraint.Table(
        c.name(), LocalizedText.of(c.name()), c.scope(), rows, !relation.conflicts());
  }

  /** The table row of {@code tuple}, or null when a value is outside its variable's domain. */
  private static List<String> row(
      long[] tuple, List<String> scope, Map<String, Set<Long>> variableDomains) {
    List<String> row = new ArrayList<>(tuple.length);
    for (int i = 0; i < tuple.length; i++) {
      if (!variableDomains.get(scope.get(i)).contains(tuple[i])) {
        return null;
      }
      row.add(tuple[i] == JOKER ? Constraint.Table.UNSET : Long.toString(tuple[i]));
    }
    return row;
  }

  private static String unknownReference(XcspDocument.ConstraintDecl c, Set<String> predicates) {
    if (predicates.contains(c.reference())) {
      return "unsupported: constraint '"
          + c.name()
          + "' is intensional (predicate '"
          + c.reference()
          + "'); only extensional relations are supported";
    }
    if (c.reference().startsWith("global:")) {
      return "unsupported: constraint '"
          + c.name()
          + "' is the global constraint '"
          + c.reference().substring("global:".length())
          + "'; only extensional relations are supported";
    }
    return "constraint '" + c.name() + "' refers to unknown relation '" + c.reference() + "'";
  }

  private Diagnostic at(int offset, String message) {
    return source.at(file, offset, message);
  }
}
