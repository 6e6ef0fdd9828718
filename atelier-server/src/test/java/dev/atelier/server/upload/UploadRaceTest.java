package dev.atelier.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Limits;
import dev.atelier.server.testing.AtOnce;
import dev.atelier.server.testing.HeaderAccounts;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 32 racers upload the same image at the same moment ({@link AtOnce}), as one account, as eight
 * other accounts and as anonymous visitors: every one gets 201 with the same upload id, the image
 * is stored once, and each owner has it once. Slow: a server per database kind.
 */
@Tag("slow")
class UploadRaceTest {

  private static final int RACERS = 32;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void identicalUploadsAtOnceStoreOneCopy(TestDatabases.Kind kind)
      throws InterruptedException, ExecutionException, SQLException {
    // Decoders and queue for every racer: this test is about the store, not the decode gate.
    Limits limits =
        Limits.defaults()
            .withUploads(
                new Limits.Uploads(
                    1_000, Duration.ofSeconds(120), 2, RACERS, Duration.ofSeconds(60)));
    try (TestServer s =
        new TestServer(
            ServerOptions.defaults(0).withLimits(limits),
            TestDatabases.fresh(kind),
            HeaderAccounts.BY_HEADER,
            Clock.systemUTC())) {
      byte[] png = UploadCheckerTest.png(120, 80, false);
      List<HttpRequest> requests = new ArrayList<>();
      Set<String> owners = new HashSet<>();
      for (int i = 0; i < RACERS; i++) {
        HttpRequest.Builder b =
            HttpRequest.newBuilder(s.uri("/api/uploads"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png));
        if (i % 4 == 0) {
          b.header(HeaderAccounts.HEADER, "41:CUSTOMER"); // one account, eight times
          owners.add("account:41");
        } else if (i % 4 == 1) {
          b.header(HeaderAccounts.HEADER, (100 + i) + ":CUSTOMER"); // eight accounts
          owners.add("account:" + (100 + i));
        } else {
          owners.add("visitor " + i); // a new anonymous visitor each
        }
        requests.add(b.build());
      }
      Set<String> ids = new HashSet<>();
      for (HttpResponse<String> r : AtOnce.run(RACERS, i -> TestServer.exchange(requests.get(i)))) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        ids.add(json(r.body()));
      }
      assertThat(ids).hasSize(1);
      String id = ids.iterator().next();
      assertThat(count(s.database, "SELECT COUNT(*) FROM upload_blobs")).isEqualTo(1);
      assertThat(
              count(s.database, "SELECT COUNT(*) FROM upload_owners WHERE sha256 = '" + id + "'"))
          .isEqualTo(owners.size());
    }
  }

  private static String json(String body) {
    try {
      return TestServer.JSON.readTree(body).get("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(Database db, String sql) throws SQLException {
    try (Connection c = db.connection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
