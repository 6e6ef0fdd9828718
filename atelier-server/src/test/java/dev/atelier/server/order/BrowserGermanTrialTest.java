package dev.atelier.server.order;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.production.QueuedOperation;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the user trial found on the German pages and around them stays fixed: component price lines
 * in German with "×", a design kept without a name read in German, profile menus with labels, not
 * ids; the studio's next version prefilled; an admin's role message beside the menu and gone with
 * the next action; a Start that cannot be used says why in visible text.
 */
@Tag("slow")
class BrowserGermanTrialTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static final Pattern GERMAN_DATE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");

  @Test
  void orderDesignsAndProfileReadGermanOnDesktopAndPhone() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    JsonNode design = browser.cheapest("pc").body().get("design");
    String orderId = browser.order(buyer, design, "german-trial-pc").body().get("id").asText();
    TestServer.Answer saved =
        buyer.post("/api/saved-designs", "{\"design\":" + design + ",\"mine\":true}");
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);

    for (int width : new int[] {1280, 390}) {
      Page page = browser.page(width, 900);
      browser.signIn(page, buyer.email(), "/orders/order.html?id=" + orderId);
      page.locator("#language [data-language=de]").click();
      Locator price = page.locator("#price tbody");
      assertThat(price).containsText("1 × Wärmeleitpaste");
      assertThat(price).not().containsText(" x ");
      assertThat(price).not().containsText("Thermal paste");
      Chromium.screenshot(page, "german-trial-order-" + width);

      page.navigate(browser.url("/account/designs.html"));
      Locator name = page.locator(".design-name").first();
      assertThat(name).containsText(" · ");
      assertThat(name).containsText(GERMAN_DATE);
      Chromium.screenshot(page, "german-trial-designs-" + width);

      page.navigate(browser.url("/account/profile.html"));
      page.locator("#product").selectOption("jeans");
      // jeans have a yes/no attribute (stretch) and a text one (patch_text): labelled, not ids
      assertThat(page.locator("#values option:text-is('Nein')").first()).isAttached();
      assertThat(page.locator("#values option:text-is('Mit deinem Text')").first()).isAttached();
      List<?> entries =
          (List<?>)
              page.locator("#values option").evaluateAll("os => os.map(o => o.textContent.trim())");
      assertThat(entries.stream().map(String::valueOf).toList())
          .doesNotContain("true", "false", "given", "none");
      Chromium.screenshot(page, "german-trial-profile-" + width);
      page.context().close();
    }
  }

  @Test
  void studioPrefillsTheNextVersionAndNamesAnEmptyOne() {
    Page page = browser.page();
    browser.signIn(page, browser.account(Role.PRODUCT_MANAGER), "/studio/index.html");
    String current = TestServer.CATALOGUE.current("bicycle").orElseThrow().version();
    Locator name = page.locator("#name-bicycle-" + current.replace(".", "\\."));
    assertThat(name).not().hasValue("");
    assertThat(name).not().hasValue(current);
    name.fill("");
    page.locator("#draft-bicycle-" + current.replace(".", "\\.")).click();
    assertThat(page.locator("#status")).containsText("Enter a version name, e.g. ");
    page.locator("#language [data-language=de]").click();
    Chromium.screenshot(page, "german-trial-studio");
    page.context().close();
  }

  @Test
  void anAdminReadsARoleMessageBesideTheMenuUntilTheNextAction() {
    String customer = browser.account(Role.CUSTOMER);
    Page page = browser.page();
    page.onDialog(Dialog::accept);
    browser.signIn(page, browser.account(Role.ADMIN), "/account/admin.html");
    page.locator("#user-search [name=q]").fill(customer);
    page.locator("#user-search button[type=submit]").click();
    Locator row = page.locator("#user-rows tr", new Page.LocatorOptions().setHasText(customer));
    assertThat(row).hasCount(1);
    row.locator("select").selectOption("STAFF");
    assertThat(row.locator(".role-message")).containsText(customer);
    Chromium.screenshot(page, "german-trial-admin-role");
    page.locator("#new-token [name=name]").fill("trial");
    page.locator("#new-token button[type=submit]").click();
    assertThat(page.locator("#secret code")).isVisible();
    assertThat(page.locator(".role-message")).hasCount(0);
    page.context().close();
  }

  @Test
  void aStartThatCannotBeUsedSaysWhyInGerman() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    String orderId =
        browser
            .order(buyer, browser.cheapest("pizza").body().get("design"), "german-trial-floor")
            .body()
            .get("id")
            .asText();
    List<QueuedOperation> operations = browser.operations(orderId);
    assertThat(operations).hasSizeGreaterThan(1);
    QueuedOperation second = operations.get(1);
    for (int width : new int[] {1280, 390}) {
      Page page = browser.page(width, 900);
      browser.signIn(
          page, browser.account(Role.STAFF), "/staff/queue.html?id=" + second.workCentre());
      page.locator("#language [data-language=de]").click();
      Locator start = page.locator("#start-" + second.id());
      assertThat(start).isDisabled();
      Locator reason = page.locator("#start-reason-" + second.id());
      assertThat(reason).isVisible();
      assertThat(reason).not().isEmpty();
      assertThat(start).hasAttribute("aria-describedby", "start-reason-" + second.id());
      Chromium.screenshot(page, "german-trial-floor-" + width);
      page.context().close();
    }
  }
}
