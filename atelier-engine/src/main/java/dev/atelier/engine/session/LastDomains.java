package dev.atelier.engine.session;

import java.util.Arrays;

/**
 * The valid domains a session computed last and the literals they were computed under. A value they
 * offer for an attribute without a decision extends to a valid product (that is what "offered"
 * means), so deciding it needs no consistency check: on a large model that check (a SAT call, or a
 * restriction of the whole clique tree) cost more than the next domains. Immutable.
 *
 * @param lits the literals of the decisions (and facts) the domains were computed under
 * @param domains the valid domains under them
 */
record LastDomains(int[] lits, ValidDomains domains) {

  /** Whether {@code d} is offered under exactly {@code current}, the session's literals now. */
  boolean offers(int[] current, Decision d) {
    AttributeDomain domain = domains.domains().get(d.attribute());
    return domain != null && Arrays.equals(lits, current) && domain.offers(d.value());
  }
}
