package dev.atelier.server.design;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.ValidDomains;
import java.util.Optional;

/**
 * What past orders and designs suggest for one product version, as {@link RecommendRoute} asks it.
 * The recommend feature answers it through the top-level wiring, so that design does not depend on
 * recommend (which learns from design events).
 */
public interface Suggestions {

  /** How many orders the suggestions learned from. */
  long orderCount();

  /** How many designs (saved ones, design sessions, undone decisions) they learned from. */
  long designCount();

  /** The suggested value of the open attribute {@code attribute} among {@code domains}, if any. */
  Optional<RecommendRoute.Next> next(String attribute, ValidDomains domains);

  /** Decides the suggested values on {@code session}, or the engine's failure. */
  Result<?> decide(ConfigurationSession session, Deadline deadline);
}
