package dev.atelier.server.catalogue;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the effective-from field of a publication. Stateless and thread-safe. */
public final class EffectiveFrom {

  private EffectiveFrom() {}

  /**
   * {@code text} as an instant: an ISO instant or offset date-time, a local date-time or a date
   * (both read in UTC, a date at midnight, today's date meaning {@code now}: a version published
   * "from today" starts at once); {@code now} when null; a 400 problem naming {@code effectiveFrom}
   * otherwise.
   */
  public static Outcome<Instant> parse(@Nullable String text, Instant now) {
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
              "effectiveFrom",
              "'effectiveFrom' must be an ISO date (2027-01-01) or date-time"
                  + " (2027-01-01T08:00:00Z); got '"
                  + text
                  + "'"));
    }
  }
}
