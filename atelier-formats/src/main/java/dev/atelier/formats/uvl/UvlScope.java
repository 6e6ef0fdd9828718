package dev.atelier.formats.uvl;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.uvl.UvlConstraintTranslator.FeatureInfo;
import java.util.List;
import java.util.Map;

/**
 * Where one UVL constraint is translated: the model's features, the file it is written in and the
 * name prefix of its (imported) namespace; problems go to {@code diagnostics}.
 *
 * @param features every feature by its full name
 * @param diagnostics where problems are added
 * @param file the file of the constraint
 * @param prefix the name prefix of the constraint's namespace
 */
record UvlScope(
    Map<String, FeatureInfo> features, List<Diagnostic> diagnostics, String file, String prefix) {

  /** The feature {@code ref} names, or null. */
  FeatureInfo feature(UvlExpr.Ref ref) {
    return feature(ref.joined());
  }

  /** The feature {@code name} names in this namespace, or null. */
  FeatureInfo feature(String name) {
    return features.get(prefix + name);
  }

  /** Reports an unknown feature; null. */
  <T> T unknown(UvlExpr.Ref ref) {
    return report(ref, "unknown feature '" + ref.joined() + "'");
  }

  /** Reports {@code message} at {@code at}; null. */
  <T> T report(UvlExpr at, String message) {
    diagnostics.add(new Diagnostic(file, at.line(), at.column(), message));
    return null;
  }

  /** What {@code e} is, for messages. */
  static String kind(UvlExpr e) {
    return e instanceof UvlExpr.Num
        ? "number"
        : e instanceof UvlExpr.Str
            ? "string"
            : e instanceof UvlExpr.Bool
                ? "truth value"
                : e instanceof UvlExpr.Call ? "function call" : "calculation";
  }
}
