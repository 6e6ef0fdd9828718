package dev.atelier.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.catalogue.Succession.End;
import dev.atelier.server.catalogue.Succession.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which offers a publication ends, by effective-from order. */
class SuccessionTest {

  private static final Instant DEC7 = Instant.parse("2026-12-07T10:00:00Z");
  private static final Instant DEC20 = Instant.parse("2026-12-20T00:00:00Z");
  private static final Instant DEC31 = Instant.parse("2026-12-31T00:00:00Z");
  private static final Instant JAN1 = Instant.parse("2027-01-01T00:00:00Z");

  @Test
  void aPublicationNowEndsTheCurrentVersion() {
    List<Span> spans = List.of(span("1", DEC7, null), span("2", DEC20, null));
    assertThat(Succession.ends(spans, "2", DEC20, DEC20)).containsExactly(new End("1", DEC20));
  }

  @Test
  void aLaterScheduleEndsThePreviousScheduledOneNotTheCurrent() {
    List<Span> spans =
        List.of(span("1", DEC7, DEC31), span("2", DEC31, null), span("3", JAN1, null));
    assertThat(Succession.ends(spans, "3", JAN1, JAN1)).containsExactly(new End("2", JAN1));
  }

  @Test
  void anEarlierScheduleEndsTheCurrentSoonerAndEndsWhenTheNextStarts() {
    List<Span> spans =
        List.of(
            span("1", DEC7, DEC31),
            span("2", DEC31, JAN1),
            span("3", JAN1, null),
            span("5", DEC20, null));
    assertThat(Succession.ends(spans, "5", DEC20, DEC20))
        .containsExactly(new End("1", DEC20), new End("5", DEC31));
  }

  @Test
  void ofTwoPublicationsAtOneInstantTheLaterPublishedFollowsTheEarlier() {
    Span first = new Span("a", DEC20, null, DEC20);
    Span second = new Span("b", DEC20, null, DEC20.plusMillis(1));
    List<Span> spans = List.of(span("1", DEC7, DEC20), first, second);
    assertThat(Succession.ends(spans, "b", DEC20, DEC20)).containsExactly(new End("a", DEC20));
  }

  @Test
  void ofTwoVersionsPublishedAtOneInstantTheOneStillOfferedIsSuperseded() {
    Span loser = new Span("1a", DEC20, DEC20, DEC20);
    Span winner = new Span("1b", DEC20, null, DEC20);
    for (List<Span> spans : List.of(List.of(loser, winner), List.of(winner, loser))) {
      List<Span> withNew = new java.util.ArrayList<>(spans);
      withNew.add(span("2", DEC31, null));
      assertThat(Succession.ends(withNew, "2", DEC31, DEC31)).containsExactly(new End("1b", DEC31));
    }
  }

  @Test
  void anEarlierEndIsKept() {
    List<Span> spans = List.of(span("1", DEC7, DEC20), span("2", DEC31, null));
    assertThat(Succession.ends(spans, "2", DEC31, DEC31)).isEmpty();
  }

  private static Span span(String version, Instant from, Instant to) {
    return new Span(version, from, to, from);
  }
}
