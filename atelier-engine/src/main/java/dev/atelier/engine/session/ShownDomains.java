package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a settled {@link DomainState} into {@link ValidDomains}, reusing the last domain built per
 * attribute while it stays the same (large models answer mostly unchanged domains). Not
 * thread-safe; one per session.
 */
final class ShownDomains {
  private final VariableMap vars;
  private final Slots slots;
  private final AttributeDomain[] shown;
  private final boolean[][] shownOffered;
  private final boolean[] shownUnset;

  ShownDomains(VariableMap vars, Slots slots) {
    this.vars = vars;
    this.slots = slots;
    int n = vars.attributes().size();
    this.shown = new AttributeDomain[n];
    this.shownOffered = new boolean[n][];
    this.shownUnset = new boolean[n];
  }

  /** The valid domains {@code state} settled, with the {@code decided} attributes' decisions. */
  ValidDomains of(DomainState state, Map<Integer, Decision> decided) {
    AttributeDomain[] domains = new AttributeDomain[slots.attributes()];
    for (int i = 0; i < domains.length; i++) {
      Decision d = decided.get(i);
      domains[i] = domainOf(i, state, d == null ? Optional.empty() : Optional.of(d.value()));
    }
    return new ValidDomains(new IndexedDomains(vars, domains));
  }

  /** The domain of attribute {@code i}; the previous answer's object when it did not change. */
  private AttributeDomain domainOf(int i, DomainState state, Optional<String> decision) {
    AttributeDomain previous = shown[i];
    if (previous != null
        && shownUnset[i] == state.unsetOk(i)
        && sameOffered(shownOffered[i], i, state)
        && previous.decided().equals(decision)) {
      return previous;
    }
    Attribute a = vars.attributes().get(i);
    List<String> ids = a.valueIds();
    List<String> yes = new ArrayList<>();
    List<String> no = new ArrayList<>();
    boolean[] offered = new boolean[ids.size()];
    for (int j = 0; j < ids.size(); j++) {
      offered[j] = state.offered(i, j);
      (offered[j] ? yes : no).add(ids.get(j));
    }
    AttributeDomain domain = new AttributeDomain(a.id(), yes, no, state.unsetOk(i), decision);
    shown[i] = domain;
    shownOffered[i] = offered;
    shownUnset[i] = state.unsetOk(i);
    return domain;
  }

  private static boolean sameOffered(boolean[] shown, int i, DomainState state) {
    for (int j = 0; j < shown.length; j++) {
      if (shown[j] != state.offered(i, j)) {
        return false;
      }
    }
    return true;
  }
}
