package dev.atelier.server.http;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of {@link Problem}: each is answered as the problem's {@code type} URI reference {@code
 * /problems/<slug>}. Code that tells problems apart compares these constants, never the URI text.
 * {@link #HTTP} stands for any other HTTP error the web framework raises.
 */
public enum ProblemType {
  ACCOUNT_CAPACITY("account-capacity"),
  ADJUSTED_CONCURRENTLY("adjusted-concurrently"),
  ALREADY_PUBLISHED("already-published"),
  ALREADY_RESOLVED("already-resolved"),
  BAD_TOKEN("bad-token"),
  BODY_TOO_LARGE("body-too-large"),
  CSRF("csrf"),
  DUPLICATE_VERSION("duplicate-version"),
  ENGINE("engine"),
  FORBIDDEN("forbidden"),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused"),
  INCOMPLETE_DESIGN("incomplete-design"),
  INCONSISTENT_DESIGN("inconsistent-design"),
  INTERNAL("internal"),
  INVALID_EMAIL("invalid-email"),
  INVALID_MODEL("invalid-model"),
  INVALID_NAME("invalid-name"),
  INVALID_PROFILE_FACT("invalid-profile-fact"),
  INVALID_PROFILE_VALUE("invalid-profile-value"),
  INVALID_REQUEST("invalid-request"),
  INVALID_TEXT("invalid-text"),
  INVALID_TOKEN("invalid-token"),
  INVALID_URL("invalid-url"),
  LAST_ADMIN("last-admin"),
  MALFORMED_JSON("malformed-json"),
  MALFORMED_TEXT("malformed-text"),
  METHOD_NOT_ALLOWED("method-not-allowed"),
  MISSING_FACTS("missing-facts"),
  MODEL_HAS_ERRORS("model-has-errors"),
  MODEL_TOO_LARGE("model-too-large"),
  NAME_MISMATCH("name-mismatch"),
  NO_CAPACITY("no-capacity"),
  NOT_ADAPTIVE("not-adaptive"),
  NOT_APPLICABLE("not-applicable"),
  NOT_DEAD("not-dead"),
  NOT_DECIDED("not-decided"),
  NOT_FOUND("not-found"),
  ORDER_NOT_FOUND("order-not-found"),
  OUT_OF_RANGE("out-of-range"),
  OUTSIDE_SOLUTION_SPACE("outside-solution-space"),
  REFUSED("refused"),
  REQUEST_IN_PROGRESS("request-in-progress"),
  SIGN_IN_FAILED("sign-in-failed"),
  STALE_REPAIR("stale-repair"),
  STATE_CONFLICT("state-conflict"),
  SUPERSEDED_VERSION("superseded-version"),
  TIMED_OUT("timed-out"),
  TOO_LARGE("too-large"),
  TOO_MANY_ATTEMPTS("too-many-attempts"),
  TOO_MANY_SIGN_UPS("too-many-sign-ups"),
  UNAUTHENTICATED("unauthenticated"),
  UNKNOWN_ACCOUNT("unknown-account"),
  UNKNOWN_ANSWER("unknown-answer"),
  UNKNOWN_ATTRIBUTE("unknown-attribute"),
  UNKNOWN_DEPARTMENT("unknown-department"),
  UNKNOWN_EVENT_KIND("unknown-event-kind"),
  UNKNOWN_EVENT_TYPE("unknown-event-type"),
  UNKNOWN_FORMAT("unknown-format"),
  UNKNOWN_NOTICE("unknown-notice"),
  UNKNOWN_OBJECTIVE("unknown-objective"),
  UNKNOWN_ORDER("unknown-order"),
  UNKNOWN_PRINT_AREA("unknown-print-area"),
  UNKNOWN_PRODUCT("unknown-product"),
  UNKNOWN_QUESTION("unknown-question"),
  UNKNOWN_ROLE("unknown-role"),
  UNKNOWN_RULE("unknown-rule"),
  UNKNOWN_SAVED_DESIGN("unknown-saved-design"),
  UNKNOWN_TOKEN("unknown-token"),
  UNKNOWN_UPLOAD("unknown-upload"),
  UNKNOWN_VALUE("unknown-value"),
  UNKNOWN_VERSION("unknown-version"),
  UNKNOWN_WISH("unknown-wish"),
  UNSATISFIABLE_MODEL("unsatisfiable-model"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type"),
  UPLOAD_REFUSED("upload-refused"),
  WEAK_PASSWORD("weak-password"),
  BAD_REQUEST("bad-request"),
  BODY_TOO_SLOW("body-too-slow"),
  BUSY("busy"),
  HEADERS_TOO_LARGE("headers-too-large"),
  REQUEST_TIMEOUT("request-timeout"),
  TOO_MANY_REQUESTS("too-many-requests"),
  URI_TOO_LONG("uri-too-long"),
  HTTP("http");

  private final String slug;

  ProblemType(String slug) {
    this.slug = slug;
  }

  /** The slug, e.g. {@code refused}. */
  public String slug() {
    return slug;
  }

  /** The URI reference answered as the problem's {@code type}, e.g. {@code /problems/refused}. */
  @JsonValue
  public String uri() {
    return "/problems/" + slug;
  }

  /** The type with {@code slug}; IllegalArgumentException when there is none. */
  public static ProblemType ofSlug(String slug) {
    for (ProblemType t : values()) {
      if (t.slug.equals(slug)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no problem type '" + slug + "'");
  }
}
