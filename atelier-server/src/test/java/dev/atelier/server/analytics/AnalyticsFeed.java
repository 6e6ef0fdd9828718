package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds a seeded {@link EventStream} to a server: client-reported events and wishes through the
 * real routes (in batches of one session, at most 100), the rest through the recorder.
 */
final class AnalyticsFeed {

  private AnalyticsFeed() {}

  static void feed(TestServer server, DesignEventRecorder recorder, EventStream stream) {
    List<DesignEvent> direct =
        stream.events.stream().filter(e -> !e.kind().clientReported()).toList();
    assertThat(recorder.recordAll(direct)).isEqualTo(direct.size());
    List<DesignEvent> batch = new ArrayList<>();
    for (DesignEvent e : stream.events) {
      if (!e.kind().clientReported()) {
        continue;
      }
      if (!batch.isEmpty()
          && (batch.size() == 100 || !batch.get(0).sessionKey().equals(e.sessionKey()))) {
        send(server, batch);
        batch.clear();
      }
      batch.add(e);
    }
    send(server, batch);
    for (EventStream.WishSpec w : stream.wishes) {
      ObjectNode body = TestServer.JSON.createObjectNode();
      body.put("session", w.session())
          .put("product", w.product().product())
          .put("version", w.product().version())
          .put("text", w.text());
      if (w.attribute() != null) {
        body.put("attribute", w.attribute());
      }
      TestServer.Answer a = server.post("/api/wishes", body);
      assertThat(a.status()).as(a.text()).isEqualTo(201);
      assertThat(a.body().get("department").asText())
          .isEqualTo(ExpectedFigures.department(w.product(), w.attribute()));
    }
    recorder.flush();
    assertThat(recorder.dropped()).isZero();
    assertThat(recorder.failed()).isZero();
  }

  private static void send(TestServer server, List<DesignEvent> batch) {
    if (batch.isEmpty()) {
      return;
    }
    ObjectNode body = TestServer.JSON.createObjectNode();
    body.put("session", batch.get(0).sessionKey().substring(2));
    ArrayNode events = body.putArray("events");
    for (DesignEvent e : batch) {
      ObjectNode n = events.addObject();
      n.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          .put("product", e.product())
          .put("version", e.version());
      if (e.attribute() != null) {
        n.put("attribute", e.attribute());
      }
      if (e.value() != null) {
        n.put("value", e.value());
      }
    }
    TestServer.Answer a = server.post("/api/design-events", body);
    assertThat(a.status()).as(a.text()).isEqualTo(202);
    assertThat(a.body().get("accepted").asInt()).isEqualTo(batch.size());
  }
}
