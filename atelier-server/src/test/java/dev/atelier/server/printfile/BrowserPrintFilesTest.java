package dev.atelier.server.printfile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.formats.print.Technique;
import dev.atelier.formats.print.TechniqueLimit;
import dev.atelier.server.http.Role;
import dev.atelier.server.production.QueuedOperation;
import dev.atelier.server.shared.PrintFileLink;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.TestAccounts;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The staff queue page links a production order's print files and staff can fetch them; the same
 * link answers 404 to the customer.
 */
class BrowserPrintFilesTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void theQueueLinksThePrintFiles() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    QueuedOperation first = browser.firstOperation(buyer, "pizza", "print-files");
    String orderId = first.orderId();
    PrintArea lid =
        new PrintArea(
            "lid",
            new LocalizedText(Map.of("en", "Lid")),
            "box",
            40,
            30,
            2,
            List.of(new TechniqueLimit(Technique.PRINT, TechniqueLimit.UNLIMITED)),
            Optional.empty());
    // The order's print files are due: the queue says so and will not start it.
    browser
        .server()
        .database
        .jdbi()
        .useTransaction(
            h ->
                PrintJobs.record(
                    h,
                    List.of(
                        new PrintJob(
                            first.productionOrderId(),
                            "lid",
                            orderId,
                            "pizza",
                            "1",
                            "0".repeat(64),
                            new Placement(5, 5, 20, 20, 0),
                            null)),
                    Instant.now()));
    Page staff = browser.page();
    browser.signIn(
        staff, browser.account(Role.STAFF), "/staff/queue.html?id=" + first.workCentre());
    assertThat(staff.locator("#print-files-pending-" + first.id()))
        .hasText("Print files pending: lid");
    assertThat(staff.locator("#start-" + first.id())).isDisabled();
    assertThat(staff.locator("#job-" + first.id() + " .badge.blocked")).isVisible();
    Chromium.screenshot(staff, "staff-queue-print-files-pending");

    // Made (as the worker would): linked, and the order may start.
    PrintFiles files =
        PrintFileRenderer.render(
            lid,
            new Placement(5, 5, 20, 20, 0),
            new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB));
    List<PrintFileLink> links =
        browser
            .server()
            .database
            .jdbi()
            .inTransaction(
                h -> {
                  List<PrintFileLink> saved = PrintFileStore.save(h, files, Instant.now());
                  PrintFileStore.attach(h, first.productionOrderId(), saved);
                  h.createUpdate("UPDATE print_job SET status = 'done'").execute();
                  return saved;
                });

    staff.reload();
    assertThat(staff.locator("#start-" + first.id())).isEnabled();
    Locator linked = staff.locator("#print-files-" + first.id() + " a");
    assertThat(linked).hasCount(2);
    assertThat(linked).hasText(new String[] {"lid PNG", "lid PDF"});
    assertThat(linked.first()).hasAttribute("href", links.get(0).path());
    Chromium.screenshot(staff, "staff-queue-print-files");
    Object status =
        staff.evaluate(
            "p => fetch(p).then(r => r.status + ' ' + r.headers.get('content-type'))",
            links.get(1).path());
    assertThat(status.toString()).startsWith("200 application/pdf");

    assertThat(buyer.get(links.get(1).path()).status()).isEqualTo(404);
  }
}
