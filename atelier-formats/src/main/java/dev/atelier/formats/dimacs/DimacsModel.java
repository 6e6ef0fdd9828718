package dev.atelier.formats.dimacs;

import dev.atelier.engine.model.BooleanAttribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ModelBuilder;
import dev.atelier.engine.model.ProductModel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns parsed DIMACS data into a {@link ProductModel}: one required boolean attribute per
 * variable, one rule per clause. Stateless and thread-safe.
 */
final class DimacsModel {

  private DimacsModel() {}

  /**
   * The model of {@code variables} variables named by {@code names} (variable to name, may be
   * partial) with {@code clauses} (DIMACS literals) found on {@code clauseLines}.
   */
  static ProductModel build(
      String modelId,
      int variables,
      Map<Integer, String> names,
      List<int[]> clauses,
      int[] clauseLines) {
    String[] ids = ids(variables, names);
    ModelBuilder builder = ProductModel.builder(modelId).version("1");
    Expr[] positive = new Expr[variables + 1];
    Expr[] negative = new Expr[variables + 1];
    for (int v = 1; v <= variables; v++) {
      String name = names.get(v);
      builder.attribute(
          new BooleanAttribute(ids[v], LocalizedText.of(name != null ? name : ids[v]), false, 0));
      positive[v] = new Expr.Is(ids[v], BooleanAttribute.TRUE);
      negative[v] = new Expr.Is(ids[v], BooleanAttribute.FALSE);
    }
    for (int k = 0; k < clauses.size(); k++) {
      int[] clause = clauses.get(k);
      Expr[] atoms = new Expr[clause.length];
      StringBuilder label =
          new StringBuilder(16 + 12 * clause.length)
              .append("clause ")
              .append(k + 1)
              .append(" (line ")
              .append(clauseLines[k])
              .append("): ");
      for (int i = 0; i < clause.length; i++) {
        int literal = clause[i];
        int v = Math.abs(literal);
        atoms[i] = literal > 0 ? positive[v] : negative[v];
        if (i > 0) {
          label.append(" or ");
        }
        label.append(literal > 0 ? "" : "not ").append(ids[v]);
      }
      if (clause.length == 0) {
        label.append("false (empty clause)");
      }
      builder.constraint(
          new Constraint.Rule(
              "clause" + (k + 1),
              LocalizedText.of(label.toString()),
              new Expr.Or(Arrays.asList(atoms))));
    }
    return builder.build();
  }

  /**
   * Attribute ids: the variable's name when it has one that no other variable shares, otherwise
   * {@code x<n>} (made unique with a {@code _<k>} suffix should a name already be {@code x<n>}).
   */
  static String[] ids(int variables, Map<Integer, String> names) {
    Map<String, Integer> uses = new HashMap<>();
    for (int v = 1; v <= variables; v++) {
      String name = names.get(v);
      if (name != null) {
        uses.merge(name, 1, Integer::sum);
      }
    }
    String[] ids = new String[variables + 1];
    Set<String> taken = new HashSet<>();
    for (int v = 1; v <= variables; v++) {
      String name = names.get(v);
      if (name != null && uses.get(name) == 1) {
        ids[v] = name;
        taken.add(name);
      }
    }
    for (int v = 1; v <= variables; v++) {
      if (ids[v] == null) {
        String candidate = "x" + v;
        for (int k = 2; !taken.add(candidate); k++) {
          candidate = "x" + v + "_" + k;
        }
        ids[v] = candidate;
      }
    }
    return ids;
  }
}
