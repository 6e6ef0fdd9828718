package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atelier.server.analytics.DesignEventRecorder;
import dev.atelier.server.analytics.DesignEventStore;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Authenticator;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytics and inbox pages in a real browser (headless Chromium, skipped where none is
 * installed): after their scripts ran, the figures of a seeded stream are on the page and no error
 * is shown. Slow (a browser start per page), so in the slow suite.
 */
@Tag("slow")
class AnalyticsPagesBrowserTest {

  private static final Authenticator EVERYONE_MANAGES =
      ctx ->
          Outcome.ok(
              new Authenticator.Identity(new Principal(7, "pm@test", Role.PRODUCT_MANAGER, false)));

  @TempDir Path profile;

  @Test
  void thePagesShowTheFigures() throws IOException, InterruptedException {
    Path chromium = chromium();
    assumeTrue(chromium != null, "no Chromium installed");
    Database db = Database.inMemory();
    try (DesignEventRecorder recorder = new DesignEventRecorder(new DesignEventStore(db), 20_000);
        TestServer server =
            new TestServer(AnalyticsFixture.CATALOGUE, db, EVERYONE_MANAGES, recorder)) {
      EventStream stream = new EventStream(AnalyticsFixture.PRODUCTS, 5L, 2_000, 0);
      recorder.recordAll(stream.events);
      recorder.flush();
      String base = "http://127.0.0.1:" + server.server.port() + "/analytics/";
      String analytics = dom(chromium, base + "index.html");
      assertThat(analytics).contains("<option value=\"bicycle\"").contains("<td class=\"number\">");
      assertThat(analytics).doesNotContain("Cannot load");
      assertThat(analytics).contains("demand.csv").contains("frames inbox");
      String inbox = dom(chromium, base + "inbox.html?department=frames");
      assertThat(inbox).contains("Inbox: Frame shop").doesNotContain("Cannot load");
      assertThat(inbox).contains("<td>bicycle</td>");
    }
  }

  private String dom(Path chromium, String url) throws IOException, InterruptedException {
    Path out = Files.createTempFile(profile, "dom", ".html");
    Process p =
        new ProcessBuilder(
                List.of(
                    chromium.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--user-data-dir=" + profile.resolve("chrome"),
                    "--virtual-time-budget=15000",
                    "--dump-dom",
                    url))
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static Path chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }
}
