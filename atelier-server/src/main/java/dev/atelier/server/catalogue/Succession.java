package dev.atelier.server.catalogue;

import dev.atelier.server.http.Nullable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which offers end when a version is published from a date, among a product's published versions
 * ordered by effective-from (then publication): the last version before it in that order that is
 * still offered at that date (its predecessor) ends when the new one starts (or at the end the
 * publisher gives), never later than it ended already; the new version ends when the next one in
 * the order (a version scheduled later) starts. So scheduling 9.5 from 31 December and 9.9 from 1
 * January ends the current version on 31 December and 9.5 on 1 January, and two publications "now"
 * end each other in turn. Stateless.
 */
public final class Succession {

  private Succession() {}

  /**
   * A published version's offer.
   *
   * @param version the version
   * @param from its effective-from
   * @param to the end of its offer, or null
   * @param publishedAt when it was published (orders versions of the same effective-from), or null
   *     when unknown
   */
  public record Span(
      String version, Instant from, @Nullable Instant to, @Nullable Instant publishedAt) {}

  /**
   * An end to write.
   *
   * @param version the version whose offer ends
   * @param to when
   */
  public record End(String version, Instant to) {}

  /**
   * The ends to write when {@code version}, now among {@code published}, starts at {@code from} and
   * its predecessor is to end at {@code previousTo}: the predecessor's (when it changes), then the
   * new version's own (when a later version is scheduled).
   */
  public static List<End> ends(
      List<Span> published, String version, Instant from, Instant previousTo) {
    Comparator<Span> order =
        Comparator.comparing(Span::from)
            .thenComparing(Span::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
    List<Span> others = published.stream().filter(s -> !s.version().equals(version)).toList();
    // Only a version still offered at `from` can be superseded then: one that ended already (such
    // as the loser of two publications at one instant, which ended where it began) keeps its end.
    Optional<Span> before =
        others.stream()
            .filter(s -> !s.from().isAfter(from) && (s.to() == null || s.to().isAfter(from)))
            .max(order);
    Optional<Span> after = others.stream().filter(s -> s.from().isAfter(from)).min(order);
    List<End> ends = new java.util.ArrayList<>();
    before
        .filter(p -> p.to() == null || p.to().isAfter(previousTo))
        .ifPresent(p -> ends.add(new End(p.version(), previousTo)));
    after.ifPresent(n -> ends.add(new End(version, n.from())));
    return List.copyOf(ends);
  }
}
