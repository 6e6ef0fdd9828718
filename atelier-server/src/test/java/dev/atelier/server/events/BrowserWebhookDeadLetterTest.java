package dev.atelier.server.events;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin's webhooks page shows a dead delivery (its attempts spent) with a Retry button, which
 * puts it back in line.
 */
class BrowserWebhookDeadLetterTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void aDeadDeliveryIsShownAndRetriedFromTheWebhooksPage() {
    TestServer server = browser.server();
    server
        .database
        .jdbi()
        .useHandle(
            h ->
                WebhookStore.create(
                    h,
                    "http://127.0.0.1:9/dead-letter-hook",
                    "whsec_browser",
                    List.of("*"),
                    Instant.now()));
    server
        .database
        .jdbi()
        .useTransaction(
            h ->
                Outbox.append(
                    h,
                    new EventData.OrderPlaced("dead-letter", "2026-12-24", List.of()),
                    Instant.now()));
    // Delivery is refused (loopback is not public), once: the delivery is dead at once.
    try (OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            server.database.jdbi(),
            WebhookTargets.PUBLIC_ONLY,
            new RetryPolicy(Duration.ofMillis(1), Duration.ofMillis(1), 1),
            Clock.systemUTC(),
            Duration.ofSeconds(2))) {
      dispatcher.runOnce();
    }

    Page admin = browser.page();
    browser.signIn(admin, browser.account(Role.ADMIN), "/account/webhooks.html");
    var row = admin.locator("#delivery-rows tr[data-status=dead]");
    assertThat(row).hasCount(1);
    assertThat(row).containsText("dead (attempts spent)");
    assertThat(row).containsText("address not allowed");
    Chromium.screenshot(admin, "webhooks-dead-letter");
    row.locator("button").click();
    assertThat(admin.locator("#message")).containsText("will be attempted again");
    assertThat(admin.locator("#delivery-rows tr[data-status=pending]")).hasCount(1);
    assertThat(admin.locator("#delivery-rows tr[data-status=pending]")).containsText("pending");
  }
}
