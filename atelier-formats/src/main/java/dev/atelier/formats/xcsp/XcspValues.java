package dev.atelier.formats.xcsp;

import dev.atelier.engine.model.ModelValidator;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.SourceText;
import dev.atelier.formats.xcsp.ContentTokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the integers in the content of an XCSP instance's elements: a domain's values and ranges,
 * bounded per domain and over all domains together before they are made, and a relation's tuples.
 * Every problem becomes a diagnostic. Not thread-safe: one per parse.
 */
final class XcspValues {

  /** The largest number of values a domain may have. */
  static final int MAX_DOMAIN_SIZE = 100_000;

  /**
   * The values one domain lists.
   *
   * @param values the values, each once, in the order listed
   * @param tooLarge whether values were left out for a bound (the count is then no check)
   */
  record Domain(List<Long> values, boolean tooLarge) {}

  private final SourceText source;
  private final String file;
  private final List<Diagnostic> diagnostics;
  private long domainValues;

  /** Reads from {@code source} (of {@code file}), adding problems to {@code diagnostics}. */
  XcspValues(SourceText source, String file, List<Diagnostic> diagnostics) {
    this.source = source;
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** The values of a {@code <domain>}'s content. */
  Domain domain(XcspContent content) {
    List<Long> values = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    boolean tooLarge = false;
    for (Token t : content.tokens()) {
      int dots = t.text().indexOf("..");
      Long lo = ContentTokens.parseLong(dots < 0 ? t.text() : t.text().substring(0, dots));
      Long hi = dots < 0 ? lo : ContentTokens.parseLong(t.text().substring(dots + 2));
      if (lo == null || hi == null) {
        diagnostics.add(
            at(t.offset(), "'" + t.text() + "' is not an integer or a range such as 1..5"));
        continue;
      }
      if (hi < lo) {
        diagnostics.add(at(t.offset(), "the range " + t.text() + " is empty"));
        continue;
      }
      if (tooLarge || hi - lo >= MAX_DOMAIN_SIZE - values.size() || hi - lo < 0) {
        if (!tooLarge) {
          diagnostics.add(
              at(t.offset(), "the domain has more than " + MAX_DOMAIN_SIZE + " values"));
        }
        tooLarge = true;
        continue;
      }
      if (domainValues + values.size() + (hi - lo) >= ModelValidator.MAX_TOTAL_VALUES) {
        // Checked before the values are made: their memory is what the bound is for.
        diagnostics.add(
            at(
                t.offset(),
                "the domains have more than "
                    + ModelValidator.MAX_TOTAL_VALUES
                    + " values together"));
        tooLarge = true;
        continue;
      }
      for (long v = lo; ; v++) {
        if (!seen.add(v)) {
          diagnostics.add(at(t.offset(), "the value " + v + " is listed twice"));
        } else {
          values.add(v);
        }
        if (v == hi) {
          break;
        }
      }
    }
    domainValues += values.size();
    return new Domain(values, tooLarge);
  }

  /** The tuples of a {@code <relation>}'s content, each of {@code arity} integers. */
  List<long[]> tuples(XcspContent content, int arity) {
    List<long[]> tuples = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    List<Token> tokens = new ArrayList<>(content.tokens());
    tokens.add(new Token("|", content.end()));
    for (Token t : tokens) {
      if (!t.isBar()) {
        current.add(t);
        continue;
      }
      if (current.isEmpty()) {
        continue;
      }
      if (current.size() != arity) {
        diagnostics.add(
            at(
                current.get(0).offset(),
                "this tuple has " + current.size() + " values, the arity is " + arity));
      } else {
        long[] tuple = new long[arity];
        boolean ok = true;
        for (int i = 0; i < arity; i++) {
          Long v = ContentTokens.parseLong(current.get(i).text());
          if (v == null) {
            diagnostics.add(
                at(current.get(i).offset(), "'" + current.get(i).text() + "' is not an integer"));
            ok = false;
          } else {
            tuple[i] = v;
          }
        }
        if (ok) {
          tuples.add(tuple);
        }
      }
      current.clear();
    }
    return tuples;
  }

  private Diagnostic at(int offset, String message) {
    return source.at(file, offset, message);
  }
}
