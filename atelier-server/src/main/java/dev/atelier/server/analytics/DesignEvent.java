package dev.atelier.server.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One design event: what happened, on which product version, in which design session. Carries no
 * personal data beyond the account id of a signed-in customer. Immutable and thread-safe.
 *
 * @param at when it happened
 * @param kind what happened
 * @param product the product id
 * @param version the model version
 * @param sessionKey the design session: {@code s:<client-generated id>} or {@code a:<account id>}
 * @param accountId the signed-in customer's account, or null for anonymous visitors
 * @param attribute the attribute concerned, or null
 * @param value the value concerned, or null
 * @param rule the rule concerned (the one that refused a value), or null
 */
public record DesignEvent(
    Instant at,
    EventKind kind,
    String product,
    String version,
    String sessionKey,
    Long accountId,
    String attribute,
    String value,
    String rule) {

  public DesignEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(sessionKey, "sessionKey");
  }

  /**
   * The session key of a design: the client's design-session id when given, else the signed-in
   * account; null when there is neither (nothing is recorded then).
   */
  public static String sessionKey(String sessionId, Long accountId) {
    if (sessionId != null) {
      return "s:" + sessionId;
    }
    return accountId == null ? null : "a:" + accountId;
  }

  /**
   * The events of an order: one {@link EventKind#ORDER} event per chosen value of {@code
   * configuration} (attribute id to value id, unset attributes absent).
   */
  public static List<DesignEvent> order(
      Instant at,
      String product,
      String version,
      String sessionKey,
      Long accountId,
      Map<String, String> configuration) {
    return configuration.entrySet().stream()
        .map(
            e ->
                new DesignEvent(
                    at,
                    EventKind.ORDER,
                    product,
                    version,
                    sessionKey,
                    accountId,
                    e.getKey(),
                    e.getValue(),
                    null))
        .toList();
  }
}
