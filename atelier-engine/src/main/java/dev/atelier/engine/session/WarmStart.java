package dev.atelier.engine.session;

import java.util.List;

/**
 * What the first session learned about a compiled model with no decisions: its valid domains and
 * the satisfying assignments that witnessed them. Later sessions start from it, so their first
 * answer is immediate and their first decisions find most values already witnessed. Immutable by
 * convention (the arrays are never modified after publication) and thread-safe.
 *
 * @param domains the valid domains with no decisions
 * @param models satisfying assignments of the model's CNF (index 0 unused)
 */
public record WarmStart(ValidDomains domains, List<boolean[]> models) {

  public WarmStart {
    models = List.copyOf(models);
  }
}
