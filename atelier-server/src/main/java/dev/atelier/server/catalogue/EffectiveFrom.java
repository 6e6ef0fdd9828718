package dev.atelier.server.catalogue;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the effective-from field of a publication. Stateless and thread-safe. */
public final class EffectiveFrom {

  private EffectiveFrom() {}

  /**
   * How far from now a publication's dates may lie: a version scheduled further ahead would end its
   * predecessor's offer centuries away (and a year such as +999999999 does not fit the databases).
   */
  public static final Period HORIZON = Period.ofYears(10);

  /**
   * The latest end of an offer: "until further notice" reads as a far year (2999), but a year past
   * 9999 is no ISO date and does not fit the databases' timestamps.
   */
  public static final Instant LATEST_END = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * {@code text} as an instant: an ISO instant or offset date-time, a local date-time or a date
   * (both read in UTC, a date at midnight, today's date meaning {@code now}: a version published
   * "from today" starts at once); {@code now} when null; a 400 problem naming {@code effectiveFrom}
   * when it does not read, a 422 when it lies more than {@link #HORIZON} from {@code now}.
   */
  public static Outcome<Instant> parse(@Nullable String text, Instant now) {
    return parse(text, now, "effectiveFrom");
  }

  /** As {@link #parse(String, Instant)}, problems naming {@code field}. */
  public static Outcome<Instant> parse(@Nullable String text, Instant now, String field) {
    return read(text, now, field).then(at -> withinHorizon(at, now, field));
  }

  /**
   * {@code text} as the end of an offer, read as {@link #parse(String, Instant)} reads it, problems
   * naming {@code field}: no earlier than {@link #HORIZON} before {@code now}, no later than {@link
   * #LATEST_END} (422), so that an overlap may run until further notice.
   */
  public static Outcome<Instant> end(@Nullable String text, Instant now, String field) {
    return read(text, now, field)
        .then(
            at ->
                at.isAfter(LATEST_END)
                        || at.isBefore(now.atOffset(ZoneOffset.UTC).minus(HORIZON).toInstant())
                    ? Outcome.rejected(
                        Problem.of(
                            422,
                            "out-of-range",
                            "Date too far away",
                            "'"
                                + field
                                + "' must lie between "
                                + HORIZON.getYears()
                                + " years ago and "
                                + LATEST_END
                                + "; got "
                                + at,
                            field))
                    : Outcome.ok(at));
  }

  private static Outcome<Instant> withinHorizon(Instant at, Instant now, String field) {
    OffsetDateTime today = now.atOffset(ZoneOffset.UTC);
    if (at.isAfter(today.plus(HORIZON).toInstant())
        || at.isBefore(today.minus(HORIZON).toInstant())) {
      return Outcome.rejected(
          Problem.of(
              422,
              "out-of-range",
              "Date too far away",
              "'" + field + "' must lie within " + HORIZON.getYears() + " years of now; got " + at,
              field));
    }
    return Outcome.ok(at);
  }

  private static Outcome<Instant> read(@Nullable String text, Instant now, String field) {
    if (text == null) {
      return Outcome.ok(now);
    }
    String t = text.trim();
    try {
      return Outcome.ok(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Outcome.ok(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      LocalDate date = LocalDate.parse(t);
      if (date.equals(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
        return Outcome.ok(now);
      }
      return Outcome.ok(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      return Outcome.rejected(
          Problem.badRequest(
              field,
              "'"
                  + field
                  + "' must be an ISO date (2027-01-01) or date-time"
                  + " (2027-01-01T08:00:00Z); got '"
                  + text
                  + "'"));
    }
  }
}
