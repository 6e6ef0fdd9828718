package dev.atelier.formats.xcsp;

import java.util.List;

/**
 * The parts of an XCSP 2.1 instance this reader understands, as written in the file, each with the
 * character offset where it starts (for diagnostics). Immutable and thread-safe once built.
 *
 * @param name the instance name from {@code <presentation name=...>}, empty when absent
 * @param domains domains in file order
 * @param variables variables in file order
 * @param relations relations in file order
 * @param predicates names of intensional predicates (unsupported, remembered for messages)
 * @param constraints constraints in file order
 */
record XcspDocument(
    String name,
    List<Domain> domains,
    List<Variable> variables,
    List<Relation> relations,
    List<String> predicates,
    List<ConstraintDecl> constraints) {

  XcspDocument {
    domains = List.copyOf(domains);
    variables = List.copyOf(variables);
    relations = List.copyOf(relations);
    predicates = List.copyOf(predicates);
    constraints = List.copyOf(constraints);
  }

  /** {@code <domain name=...>values</domain>}; values distinct, in file order. */
  record Domain(String name, List<Long> values, int offset) {
    Domain {
      values = List.copyOf(values);
    }
  }

  /** {@code <variable name=... domain=.../>}. */
  record Variable(String name, String domain, int offset) {}

  /**
   * {@code <relation name=... arity=... semantics=...>tuples</relation>}.
   *
   * @param conflicts true for {@code semantics="conflicts"}, false for supports
   * @param tuples each of length {@code arity}
   */
  record Relation(String name, int arity, boolean conflicts, List<long[]> tuples, int offset) {
    Relation {
      tuples = List.copyOf(tuples);
    }
  }

  /**
   * {@code <constraint name=... arity=... scope=... reference=.../>}.
   *
   * @param scope variable names in scope order
   * @param scopeOffset where the scope attribute's value starts
   * @param referenceOffset where the reference attribute's value starts
   */
  record ConstraintDecl(
      String name,
      List<String> scope,
      String reference,
      int offset,
      int scopeOffset,
      int referenceOffset) {
    ConstraintDecl {
      scope = List.copyOf(scope);
    }
  }
}
