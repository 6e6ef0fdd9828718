package dev.atelier.server.designevents;

import dev.atelier.engine.model.PlainText;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Require;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
 * @param decisions a refusal's design at that moment (a JSON object, attribute to value), or null
 */
public record DesignEvent(
    Instant at,
    EventKind kind,
    String product,
    String version,
    String sessionKey,
    @Nullable Long accountId,
    @Nullable String attribute,
    @Nullable String value,
    @Nullable String rule,
    @Nullable String decisions) {

  /** The longest product, version, attribute, value and rule a row holds (VARCHAR(200)). */
  public static final int MAX_TEXT = 200;

  /** The longest session key a row holds (VARCHAR(80)). */
  public static final int MAX_SESSION_KEY = 80;

  /** The longest decisions text a row holds (VARCHAR(4000)). */
  public static final int MAX_DECISIONS = 4_000;

  /** An event without the design's decisions. */
  public DesignEvent(
      Instant at,
      EventKind kind,
      String product,
      String version,
      String sessionKey,
      @Nullable Long accountId,
      @Nullable String attribute,
      @Nullable String value,
      @Nullable String rule) {
    this(at, kind, product, version, sessionKey, accountId, attribute, value, rule, null);
  }

  public DesignEvent {
    Require.nonNull("at kind product version sessionKey", at, kind, product, version, sessionKey);
  }

  /**
   * Whether this event fits a row: every text within its column and well-formed. An event that does
   * not is refused alone, never with the batch it came in.
   */
  public boolean storable() {
    return sessionKey.length() <= MAX_SESSION_KEY
        && PlainText.malformed(sessionKey).isEmpty()
        && Stream.of(product, version, attribute, value, rule)
            .allMatch(
                t -> t == null || (t.length() <= MAX_TEXT && PlainText.malformed(t).isEmpty()))
        && (decisions == null
            || (decisions.length() <= MAX_DECISIONS && PlainText.malformed(decisions).isEmpty()));
  }

  /**
   * The session key of a design: the client's design-session id when given, else the signed-in
   * account; null when there is neither (nothing is recorded then).
   */
  public static @Nullable String sessionKey(@Nullable String sessionId, @Nullable Long accountId) {
    if (sessionId != null) {
      return "s:" + sessionId;
    }
    return accountId == null ? null : accountKey(accountId);
  }

  /** The session key of what signed-in account {@code accountId} does without a design session. */
  public static String accountKey(long accountId) {
    return "a:" + accountId;
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
      @Nullable Long accountId,
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
