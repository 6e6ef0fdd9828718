package dev.atelier.server.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Response;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The design events only the page sees, sent by the toolkit in a real browser: a repair dialog
 * declined (button) or closed (Escape) is a {@code repair-rejected}, and leaving a touched,
 * unfinished design is an {@code abandonment}; both show in the analytics (repairs, funnel), in the
 * same design session as the decisions the server saw.
 */
class BrowserClientEventsTest {

  private static final String[] MANAGER = {TestServer.ROLE_HEADER, "PRODUCT_MANAGER"};

  @RegisterExtension
  static final BrowserFixture browser =
      BrowserFixture.recording(TestServer.CATALOGUE, TestServer.HEADER_AUTH);

  @Test
  void rejectedRepairsAndAbandonmentReachTheAnalytics() {
    String version = TestServer.CATALOGUE.current("bicycle").orElseThrow().version();
    TestServer server = browser.server();
    DesignEventRecorder recorder = browser.recorder();
    ConfiguratorPage page = browser.configurator("bicycle");
    page.choose("frame", "carbon");

    page.chooseRefused("gears", "3");
    assertThat(page.dialog()).isVisible();
    Response declined =
        page.page.waitForResponse(
            r -> r.url().endsWith("/api/design-events"),
            () -> page.page.locator("#repair-cancel").click());
    assertThat(declined.status()).isEqualTo(202);
    page.idle();

    page.chooseRefused("gears", "3");
    assertThat(page.dialog()).isVisible();
    Response closed =
        page.page.waitForResponse(
            r -> r.url().endsWith("/api/design-events"),
            () -> page.page.keyboard().press("Escape"));
    assertThat(closed.status()).isEqualTo(202);
    assertThat(page.dialog()).hasCount(0);

    // Leaving the unfinished design: the page reports it while it is hidden and unloaded.
    page.page.navigate(browser.url("/"));
    String figures = "/api/analytics/bicycle/" + version + "/";
    JsonNode funnel = null;
    for (int i = 0; i < 100; i++) {
      recorder.flush();
      funnel = server.get(figures + "funnel", MANAGER).body();
      if (funnel.get("abandoned").asLong() > 0) {
        break;
      }
      page.page.waitForTimeout(100);
    }
    assertThat(funnel.get("abandoned").asLong()).as(funnel.toString()).isEqualTo(1);
    assertThat(funnel.get("started").asLong()).as("one design session").isEqualTo(1);
    assertThat(funnel.get("decided").asLong()).isEqualTo(1);
    assertThat(funnel.get("completed").asLong()).isZero();

    JsonNode repairs = server.get(figures + "repairs", MANAGER).body().get("values");
    assertThat(repairs).hasSize(1);
    assertThat(repairs.get(0).get("attribute").asText()).isEqualTo("gears");
    assertThat(repairs.get(0).get("value").asText()).isEqualTo("3");
    assertThat(repairs.get(0).get("shown").asLong()).isEqualTo(2);
    assertThat(repairs.get(0).get("rejected").asLong()).isEqualTo(2);
    assertThat(repairs.get(0).get("accepted").asLong()).isZero();
    page.page.context().close();
  }
}
