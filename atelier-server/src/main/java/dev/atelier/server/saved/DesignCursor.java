package dev.atelier.server.saved;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of an owner's saved designs ended: the last design's save time and id, the order the
 * list is kept in (newest first, then id descending). The next page holds the designs saved before
 * it, so designs saved or deleted meanwhile shift no page. Its text form is {@code <epoch
 * microseconds>.<id>}. Immutable.
 *
 * @param savedAt when the last listed design was saved
 * @param id the last listed design's id
 */
public record DesignCursor(Instant savedAt, String id) {

  private static final Pattern TEXT = Pattern.compile("([0-9]{1,18})\\.([A-Za-z0-9_-]{1,64})");

  /**
   * The latest time a cursor may name, the end of year 9999 (designs are saved "now"): beyond it a
   * database may not take the timestamp.
   */
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  /** The cursor after {@code design}. */
  static DesignCursor after(SavedDesign design) {
    return new DesignCursor(design.savedAt(), design.id());
  }

  /** The cursor {@code text} writes ({@link #text}), if it is one. */
  public static Optional<DesignCursor> parse(String text) {
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Instant at = Instant.EPOCH.plus(Long.parseLong(m.group(1)), ChronoUnit.MICROS);
    return at.isAfter(LATEST) ? Optional.empty() : Optional.of(new DesignCursor(at, m.group(2)));
  }

  /** The text form, for the {@code before} query parameter. */
  public String text() {
    return ChronoUnit.MICROS.between(Instant.EPOCH, savedAt) + "." + id;
  }

  /** Whether {@code design} comes after this cursor in the list's order. */
  boolean precedes(SavedDesign design) {
    int at = design.savedAt().compareTo(savedAt);
    return at < 0 || (at == 0 && design.id().compareTo(id) < 0);
  }
}
