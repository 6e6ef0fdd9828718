package dev.atelier.formats.uvl;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed UVL file before names are resolved. All records are immutable and thread-safe.
 *
 * @param namespace the declared namespace, or null
 * @param imports imported models in file order
 * @param root the root feature, or null when the file has no features section
 * @param constraints the constraints section in file order
 */
record UvlDocument(
    String namespace, List<Import> imports, FeatureDecl root, List<ConstraintDecl> constraints) {

  UvlDocument {
    imports = List.copyOf(imports);
    constraints = List.copyOf(constraints);
  }

  /** {@code imports} entry: {@code nested."sub" as alias}. */
  record Import(List<String> path, String alias, int line, int column) {
    Import {
      path = List.copyOf(path);
    }
  }

  /** The feature types of the type level. */
  enum Type {
    BOOLEAN,
    INTEGER,
    REAL,
    STRING;

    /**
     * Why a feature of this type (Integer or Real) cannot be mapped: {@code unsupported: Integer
     * feature 'name' has no bounded domain to map}.
     */
    String noBoundedDomain(String feature) {
      return "unsupported: "
          + name().charAt(0)
          + name().substring(1).toLowerCase(java.util.Locale.ROOT)
          + " feature '"
          + feature
          + "' has no bounded domain to map";
    }
  }

  /** A feature line with its child groups; {@code cardinality} is null unless declared. */
  record FeatureDecl(
      List<String> reference,
      Type type,
      boolean declaredType,
      dev.atelier.formats.featuremodel.Feature.Clones cardinality,
      List<AttributeDecl> attributes,
      List<GroupDecl> groups,
      int line,
      int column) {
    FeatureDecl {
      reference = List.copyOf(reference);
      attributes = List.copyOf(attributes);
      groups = List.copyOf(groups);
    }

    String name() {
      return String.join(".", reference);
    }
  }

  /** A group keyword line: {@code kind} is mandatory/optional/alternative/or/cardinality. */
  record GroupDecl(
      String kind, int min, int max, List<FeatureDecl> children, int line, int column) {
    GroupDecl {
      children = List.copyOf(children);
    }
  }

  /**
   * A feature attribute {@code key value}: {@code number} for numbers, {@code text} for strings and
   * booleans ("true"/"false"), {@code constraints} for {@code constraint(s)}; all null/empty for a
   * bare key ({@code abstract}) or a vector or nested attribute list.
   */
  record AttributeDecl(
      String key,
      BigDecimal number,
      String text,
      List<ConstraintDecl> constraints,
      int line,
      int column) {
    AttributeDecl {
      constraints = List.copyOf(constraints);
    }
  }

  /** A constraint with its source text (for labels). */
  record ConstraintDecl(UvlExpr expr, String text) {}
}
