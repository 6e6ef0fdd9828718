// Not a test: what recording a design event costs a request thread (reading the body again and
// queuing the event), in a loop. Build the jar, then:
//   javac -cp atelier-server/target/atelier.jar -d /tmp atelier-server/bench/TapCost.java
//   java -cp atelier-server/target/atelier.jar:/tmp TapCost
import dev.atelier.server.analytics.*;
import dev.atelier.server.db.Database;
import dev.atelier.server.design.DesignJson.DecideRequest;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

public class TapCost {
  public static void main(String[] args) {
    byte[] body = ("{\"design\":{\"product\":\"bicycle\",\"version\":\"2025.1\",\"decisions\":[]},"
        + "\"attribute\":\"frame\",\"value\":\"carbon\"}").getBytes(StandardCharsets.UTF_8);
    try (Database db = Database.inMemory();
        DesignEventRecorder r = new DesignEventRecorder(new DesignEventStore(db), 10_000)) {
      for (int round = 0; round < 5; round++) {
        int n = 200_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          DecideRequest d = ((Outcome.Ok<DecideRequest>) JsonBodies.read(body, DecideRequest.class)).value();
          r.record(new DesignEvent(Instant.now(), EventKind.DECISION, d.design().product(), d.design().version(),
              "s:bench-session-1", null, d.attribute(), d.value(), null));
        }
        long t1 = System.nanoTime();
        r.flush();
        System.out.printf("round %d: %.2f us per request on the request thread; dropped so far %d%n", round, (t1 - t0) / 1e3 / n, r.dropped());
      }
    }
  }
}
