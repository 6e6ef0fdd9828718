package dev.atelier.formats.uvl;

import dev.atelier.formats.featuremodel.Feature;
import dev.atelier.formats.featuremodel.FeatureGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Parses the UVL feature tree: a feature line (optional type, reference, cardinality, attributes)
 * and its indented groups of child features. Not thread-safe: one per source.
 */
final class UvlFeatureParser {

  private static final Set<String> GROUP_KEYWORDS =
      Set.of("mandatory", "optional", "alternative", "or");

  private final UvlTokens tokens;
  private final UvlAttributeParser attributes;

  UvlFeatureParser(UvlTokens tokens, UvlExprParser expressions) {
    this.tokens = tokens;
    this.attributes = new UvlAttributeParser(tokens, expressions);
  }

  /** A feature line and its indented groups; null (after reporting) when the line is malformed. */
  UvlDocument.FeatureDecl feature() {
    Token start = tokens.peek();
    UvlDocument.Type type = UvlDocument.Type.BOOLEAN;
    boolean declared = false;
    for (UvlDocument.Type candidate : UvlDocument.Type.values()) {
      Token after = tokens.peek(1);
      boolean nameFollows =
          after.kind() == Token.Kind.NAME || after.kind() == Token.Kind.QUOTED_NAME;
      if (start.kind() == Token.Kind.NAME
          && nameFollows
          && start.text().equalsIgnoreCase(candidate.name())
          && Character.isUpperCase(start.text().charAt(0))) {
        type = candidate;
        declared = true;
        tokens.next();
      }
    }
    List<String> reference = tokens.reference();
    Feature.Clones cardinality = null;
    List<UvlDocument.AttributeDecl> attributeList = new ArrayList<>();
    if (reference != null && tokens.peek().is("cardinality")) {
      tokens.next();
      int[] bounds = range();
      cardinality = bounds == null ? null : new Feature.Clones(bounds[0], bounds[1]);
    }
    if (reference != null && tokens.peek().is("{")) {
      attributeList = attributes.attributes();
    }
    if (reference != null) {
      tokens.endOfLine();
    } else {
      tokens.skipLine();
    }
    List<UvlDocument.GroupDecl> groups = indented(this::group);
    if (reference == null) {
      return null;
    }
    return new UvlDocument.FeatureDecl(
        reference,
        type,
        declared,
        cardinality,
        attributeList,
        groups,
        start.line(),
        start.column());
  }

  private UvlDocument.GroupDecl group() {
    Token start = tokens.peek();
    String kind;
    int min = 0;
    int max = FeatureGroup.UNBOUNDED;
    if (start.kind() == Token.Kind.NAME && GROUP_KEYWORDS.contains(start.text())) {
      tokens.next();
      kind = start.text();
    } else if (start.is("[")) {
      int[] bounds = range();
      if (bounds == null) {
        tokens.skipLineAndBlock();
        return null;
      }
      kind = "cardinality";
      min = bounds[0];
      max = bounds[1];
    } else {
      tokens.error(
          start,
          "expected a group keyword (mandatory, optional, alternative, or, [n..m]), found "
              + start.describe()
              + "; child features are indented below a group keyword");
      tokens.skipLineAndBlock();
      return null;
    }
    tokens.endOfLine();
    List<UvlDocument.FeatureDecl> children = indented(this::feature);
    return new UvlDocument.GroupDecl(kind, min, max, children, start.line(), start.column());
  }

  /**
   * The items of an indented block, if one follows; items that were malformed (null) are left out.
   */
  private <T> List<T> indented(Supplier<T> item) {
    List<T> items = new ArrayList<>();
    if (tokens.atKind(Token.Kind.INDENT)) {
      tokens.next();
      while (tokens.insideBlock()) {
        T parsed = item.get();
        if (parsed != null) {
          items.add(parsed);
        }
      }
      tokens.next();
    }
    return items;
  }

  /** {@code [n]}, {@code [n..m]}, {@code [n..*]} or {@code [*]}; null after reporting. */
  private int[] range() {
    if (!tokens.expect("[")) {
      return null;
    }
    int min;
    int max;
    if (tokens.peek().is("*")) {
      tokens.next();
      min = 0;
      max = FeatureGroup.UNBOUNDED;
    } else {
      Integer low = integer();
      if (low == null) {
        return null;
      }
      min = low;
      max = low;
      if (tokens.peek().is("..")) {
        tokens.next();
        if (tokens.peek().is("*")) {
          tokens.next();
          max = FeatureGroup.UNBOUNDED;
        } else {
          Integer high = integer();
          if (high == null) {
            return null;
          }
          max = high;
        }
      }
    }
    return tokens.expect("]") ? new int[] {min, max} : null;
  }

  private Integer integer() {
    Token t = tokens.peek();
    if (t.kind() == Token.Kind.NUMBER && t.text().matches("\\d{1,9}")) {
      tokens.next();
      return Integer.parseInt(t.text());
    }
    return tokens.error(t, "expected a whole number, found " + t.describe());
  }
}
