package dev.atelier.server.printfile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.formats.print.PrintText;
import dev.atelier.server.http.Role;
import dev.atelier.server.production.QueuedOperation;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.TestAccounts;
import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The staff start page lists a dead print job with its reason; Retry makes it due again, the worker
 * renders it, {@code print-files.ready} is written once and the list is empty. The work centre's
 * queue shows the same job with its reason and a Retry button (desktop in English, phone in
 * German).
 */
@Tag("slow")
class BrowserDeadPrintJobsTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void staffRetryADeadJobWithTheButton() {
    Dead dead = deadJob("dead-print-job");
    String orderId = dead.orderId();
    QueuedOperation first = dead.first();
    Jdbi jdbi = browser.server().database.jdbi();

    Page staff = browser.page();
    browser.signIn(staff, browser.account(Role.STAFF), "/staff/index.html");
    String key = first.productionOrderId() + "-heel";
    assertThat(staff.locator("#dead-" + key))
        .containsText("used 10,200 ms of CPU time, more than the budget of 10,000 ms; stopped");
    // The area by its label, the order by its number: no ids (issue: user trial of session 17).
    assertThat(staff.locator("#dead-" + key + " h3"))
        .hasText("Order #" + orderId + ": print area Heel");
    Chromium.screenshot(staff, "staff-dead-print-job");

    staff.locator("#retry-" + key).click();
    assertThat(staff.locator("#message"))
        .hasText("Print files of Heel for order #" + orderId + " will be made again.");
    assertThat(staff.locator("#dead-" + key)).hasCount(0);
    assertThat(staff.locator("#dead-jobs-empty")).isVisible();
    Chromium.screenshot(staff, "staff-dead-print-job-retried");
    String po = "'" + first.productionOrderId() + "'";
    assertThat(count(jdbi, "SELECT COUNT(*) FROM print_job_retry WHERE production_order = " + po))
        .isEqualTo(1);

    // The worker renders the retried job (the other test's retried jobs may be due too): its
    // files, and print-files.ready once.
    try (PrintJobWorker worker =
        new PrintJobWorker(jdbi, browser.server().catalogue, Clock.systemUTC(), 1)) {
      assertThat(worker.drain()).isPositive();
      assertThat(worker.drain()).isZero();
    }
    assertThat(
            count(
                jdbi,
                "SELECT COUNT(*) FROM print_job WHERE status = 'done' AND production_order = "
                    + po))
        .isEqualTo(1);
    assertThat(
            count(
                jdbi,
                "SELECT COUNT(*) FROM outbox_event WHERE type = 'print-files.ready' AND order_id"
                    + " = '"
                    + orderId
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  void staffRetryADeadJobFromTheQueueAtDesktopAndPhoneSize() {
    retryFromTheQueue(browser.page(1280, 800), "queue-desktop", "en");
    retryFromTheQueue(browser.page(390, 844), "queue-phone", "de");
  }

  private void retryFromTheQueue(Page staff, String key, String language) {
    Dead dead = deadJob(key);
    QueuedOperation first = dead.first();
    Jdbi jdbi = browser.server().database.jdbi();
    browser.signIn(
        staff, browser.account(Role.STAFF), "/staff/queue.html?id=" + first.workCentre());
    if (language.equals("de")) {
      staff.locator("#language [data-language=de]").click();
    }
    String line = "#print-files-pending-" + first.id() + "-heel";
    assertThat(staff.locator(line))
        .containsText(language.equals("de") ? "fehlgeschlagen" : "failed");
    assertThat(staff.locator(line))
        .containsText(
            language.equals("de")
                ? "10.200 ms Rechenzeit gebraucht, mehr als das Budget von 10.000 ms; abgebrochen"
                : "used 10,200 ms of CPU time, more than the budget of 10,000 ms; stopped");
    assertThat(staff.locator("#start-" + first.id())).isDisabled();
    Chromium.screenshot(staff, "staff-queue-dead-print-job-" + key);
    org.assertj.core.api.Assertions.assertThat(
            (Boolean)
                staff.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
        .as("no horizontal scrolling")
        .isTrue();

    staff.locator("#retry-print-" + first.id() + "-heel").click();
    assertThat(staff.locator("#message"))
        .containsText(language.equals("de") ? "neu erstellt" : "will be made again");
    assertThat(staff.locator("#message")).containsText("#" + dead.orderId());
    // Due again: the line says pending, without a Retry button, and Start stays disabled.
    assertThat(staff.locator("#retry-print-" + first.id() + "-heel")).hasCount(0);
    assertThat(staff.locator(line))
        .hasText(
            language.equals("de") ? "Druckdateien in Arbeit: heel" : "Print files pending: heel");
    assertThat(staff.locator("#start-" + first.id())).isDisabled();
    Chromium.screenshot(staff, "staff-queue-dead-print-job-retried-" + key);
    assertThat(
            count(
                jdbi,
                "SELECT COUNT(*) FROM print_job_retry WHERE production_order = '"
                    + first.productionOrderId()
                    + "'"))
        .isEqualTo(1);
    staff.context().close();
  }

  @Test
  void theGermanFloorNamesTheAreaAndSaysWhyAtDesktopAndPhoneSize() {
    for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
      Dead dead = deadJob("german-floor-" + size[0]);
      Page staff = browser.page(size[0], size[1]);
      browser.signIn(staff, browser.account(Role.STAFF), "/staff/index.html");
      staff.locator("#language [data-language=de]").click();
      String card = "#dead-" + dead.first().productionOrderId() + "-heel";
      assertThat(staff.locator(card + " h3"))
          .hasText("Bestellung #" + dead.orderId() + ": Druckbereich Ferse");
      assertThat(staff.locator(card))
          .containsText(
              "10.200 ms Rechenzeit gebraucht, mehr als das Budget von 10.000 ms; abgebrochen");
      assertThat(staff.locator(card)).not().containsText("more than");
      Chromium.screenshot(staff, "staff-dead-print-job-de-" + size[0]);
      // Retried, it leaves the list (the other tests expect it empty after their own retry).
      staff.locator("#retry-" + dead.first().productionOrderId() + "-heel").click();
      assertThat(staff.locator("#message"))
          .hasText(
              "Die Druckdateien für Ferse der Bestellung #"
                  + dead.orderId()
                  + " werden neu erstellt.");
      staff.context().close();
    }
  }

  /** An order of pizza with a dead monogram job on the sneakers' heel. */
  private record Dead(String orderId, QueuedOperation first) {}

  private static Dead deadJob(String key) {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    String orderId = browser.order(buyer, pizza(), key).body().get("id").asText();
    QueuedOperation first = browser.operations(orderId).get(0);
    String sneakers = browser.server().catalogue.current("sneakers").orElseThrow().version();
    // A monogram on the sneakers' heel whose attempts were spent (over its CPU budget).
    browser
        .server()
        .database
        .jdbi()
        .useTransaction(
            h -> {
              PrintJobs.record(
                  h,
                  List.of(
                      new PrintJob(
                          first.productionOrderId(),
                          "heel",
                          orderId,
                          "sneakers",
                          sneakers,
                          null,
                          null,
                          new AreaText(List.of("JMK"), 0, Color.RED, PrintText.Position.CENTRE))),
                  Instant.now());
              h.createUpdate(
                      "UPDATE print_job SET status = 'dead', attempts = 5, last_error = 'used"
                          + " 10200 ms CPU, more than the budget of 10000 ms; stopped' WHERE"
                          + " production_order = :po")
                  .bind("po", first.productionOrderId())
                  .execute();
            });
    return new Dead(orderId, first);
  }

  private static com.fasterxml.jackson.databind.JsonNode pizza;

  /** The cheapest pizza, asked once (the engine is slow on a loaded machine). */
  private static synchronized com.fasterxml.jackson.databind.JsonNode pizza() {
    if (pizza == null) {
      pizza = browser.cheapest("pizza").body().get("design");
    }
    return pizza;
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
