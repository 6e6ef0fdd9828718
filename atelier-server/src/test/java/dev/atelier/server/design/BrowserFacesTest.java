package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two faces of customization in a real browser: the collaborative one (answer the needs dialogue,
 * start from a proposed design, refine it in the configurator) and the adaptive one (the owner of a
 * bought bicycle re-adjusts its saddle height, sees the history, and reads why a value that no
 * longer fits is refused).
 */
class BrowserFacesTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  /** The element id part the page makes of a model id (js/dom.js idPart). */
  private static String idPart(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-') {
                b.appendCodePoint(c);
              } else {
                b.append('_').append(Integer.toHexString(c));
              }
            });
    return b.toString();
  }

  @Test
  void aCustomerAnswersTheNeedsDialogueAndStartsFromTheSecondProposal() {
    ConfiguratorPage page = new ConfiguratorPage(browser.page()).open(browser.url("/p/bicycle"));
    // The rider's facts first: proposals never choose them.
    page.enterNumber("rider_height", "178").enterNumber("inside_leg", "82");
    page.page.locator("#help-choose").click();
    Locator dialog = page.page.locator("#needs-dialog");
    assertThat(dialog).isVisible();
    assertThat(dialog.locator("fieldset legend")).hasCount(3);
    page.page.getByLabel("Around town").check();
    page.page.getByLabel("Braking in any weather").check();
    page.page.getByLabel("No limit").check();
    Response answer =
        page.page.waitForResponse(
            r -> r.url().endsWith("/api/designs/propose"),
            () -> page.page.locator("#needs-propose").click());
    assertThat(answer.status()).isEqualTo(200);
    JsonNode proposals = readJson(answer.text()).path("proposals");
    assertThat(dialog.locator("#proposals > li")).hasCount(3);
    assertThat(proposals).hasSize(3);
    JsonNode second = proposals.get(1);
    Locator shown = dialog.locator("#proposal-2");
    assertThat(shown).containsText("Proposal 2");
    for (JsonNode met : second.path("meets")) {
      assertThat(met.asText()).isIn("riding:city", "priority:braking");
    }
    String price = shown.locator(".proposal-price").textContent();
    Chromium.screenshot(page.page, "faces-needs-proposals");

    dialog.locator("#proposal-2-start").click();
    page.idle();
    assertThat(dialog).hasCount(0);
    List<String> decided = new ArrayList<>();
    for (JsonNode d : second.path("design").path("design").path("decisions")) {
      String attribute = idPart(d.get("attribute").asText());
      String value = d.get("value").asText();
      Locator option = page.page.locator("#opt-" + attribute + "-" + idPart(value));
      Locator yes = page.page.locator("#opt-" + attribute + "-true");
      if (option.count() > 0) {
        assertThat(option).isChecked();
      } else if (value.equals("false") && yes.count() > 0) {
        assertThat(yes).not().isChecked(); // a yes/no attribute is one checkbox
      } else {
        assertThat(page.page.locator("#num-" + attribute)).hasValue(value);
      }
      decided.add(attribute);
    }
    assertThat(decided).contains("usage", "frame", "brakes");
    assertThat(page.page.locator("#price-total")).hasText(price);
    Chromium.screenshot(page.page, "faces-needs-started");

    // Refine it, then undo back to the proposal and to the empty design.
    page.page.locator("#undo").click();
    page.idle();
    assertThat(page.page.locator("input.option-input:checked")).hasCount(0);
    page.page.locator("#redo").click();
    page.idle();
    assertThat(page.page.locator("#price-total")).hasText(price);
    page.page.context().close();
  }

  @Test
  void aMonogramAndGiftPackagingArePricedAndDrawnOnTheSneaker() {
    ConfiguratorPage page = new ConfiguratorPage(browser.page()).open(browser.url("/p/sneakers"));
    String before = page.total();
    page.enterText("monogram", "JMK");
    page.choose("packaging", "gift");
    assertThat(page.page.locator(".preview-text")).hasText("JMK");
    assertThat(page.total()).isNotEqualTo(before);
    String lines = page.page.locator("#price-lines").textContent();
    assertThat(lines).contains("JMK");
    assertThat(page.page.locator("#price-lines dt")).hasCount(3);
    Chromium.screenshot(page.page, "faces-cosmetic");
  }

  @Test
  void theMonogramTypedInTheConfiguratorReachesTheOrderPageTheStaffQueueAndReconfigure() {
    Page customer = browser.page();
    browser.signUp(customer, "monogram@example.org", "monogram password");
    ConfiguratorPage page = new ConfiguratorPage(customer).open(browser.url("/p/sneakers"));
    page.enterNumber("size", "42").enterText("monogram", "JMK").complete();
    customer.locator("#order").click();
    customer.locator("#review-place").click();
    customer.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
    String orderId = customer.url().replaceAll(".*id=", "");
    // Printed on an area, the monogram is read with that area's artwork (session 21), once.
    assertThat(customer.locator("#artwork li.order-art")).containsText(monogramLabel() + " “JMK”");
    assertThat(customer.locator("#configuration tr[data-attribute=monogram]")).hasCount(0);
    Chromium.screenshot(customer, "faces-monogram-order");

    Page staff = browser.page();
    browser.signIn(staff, browser.account(Role.STAFF), "/staff/queue.html?id=embroidery");
    assertThat(staff.locator("#job-" + embroideryOf(staff, orderId))).containsText("“JMK”");
    Chromium.screenshot(staff, "faces-monogram-queue");
    staff.context().close();

    customer.getByText("Reconfigure").click();
    customer.waitForURL(Pattern.compile(".*/d/[^#]+#monogram=JMK"));
    ConfiguratorPage again = new ConfiguratorPage(customer).idle();
    assertThat(customer.locator("#text-monogram")).hasValue("JMK");
    assertThat(again.page.locator(".preview-text")).hasText("JMK");
    customer.context().close();
  }

  /** The id of order {@code orderId}'s embroidery operation, as staff's API lists it. */
  private static String embroideryOf(Page staff, String orderId) {
    JsonNode queue =
        readJson(staff.request().get(browser.url("/api/work-centres/embroidery/queue")).text());
    for (JsonNode op : queue.path("operations")) {
      if (op.path("orderId").asText().equals(orderId)) {
        return op.path("id").asText();
      }
    }
    throw new AssertionError("order " + orderId + " is not queued at embroidery: " + queue);
  }

  @Test
  void theConfiguratorMarksWhatPastOrdersSuggest() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    TestServer.Answer completed = browser.cheapest("bicycle");
    String frame = completed.body().path("configuration").path("frame").asText();
    for (int i = 0; i < 2; i++) {
      browser.order(buyer, completed.body().get("design"), "browser-suggest-" + i);
    }
    ConfiguratorPage page = new ConfiguratorPage(browser.page()).open(browser.url("/p/bicycle"));
    Locator suggested = page.page.locator("#field-frame .option.suggested");
    assertThat(suggested).hasCount(1);
    assertThat(suggested.locator("input")).hasAttribute("value", frame);
    Chromium.screenshot(page.page, "faces-suggested");
  }

  @Test
  void anOwnerAdjustsTheSaddleHeightOfTheirBicycle() {
    TestAccounts.Caller owner = TestAccounts.create(browser.server(), Role.CUSTOMER);
    TestServer.Answer completed = browser.cheapest("bicycle");
    TestServer.Answer placed =
        browser.order(owner, completed.body().get("design"), "browser-owned-1");
    long order = placed.body().get("id").asLong();
    JsonNode saddle = owner.get("/api/owned/" + order).body().path("adaptive").get(0);
    assertThat(saddle.get("attribute").asText()).isEqualTo("saddle_height");
    List<String> offered = new ArrayList<>();
    saddle.get("offered").forEach(v -> offered.add(v.asText()));
    String target =
        offered.stream().filter(v -> !v.equals(saddle.get("value").asText())).findFirst().get();

    Page page = browser.page();
    browser.signIn(page, owner.email(), "/orders/index.html");
    page.locator("#order-" + order + " a.owned-link").click();
    page.waitForURL("**/orders/owned.html?order=" + order);
    assertThat(page.locator("#adaptive-saddle_height legend")).hasText("Saddle height");
    assertThat(page.locator("#adjust-saddle_height option")).hasCount(offered.size());
    assertThat(page.locator("#owned-history")).hasText("No adjustments yet.");
    // The page follows the language switch.
    JsonNode german = browser.server().get("/i18n/de.json").body();
    page.locator("#language [data-language=de]").click();
    assertThat(page.locator("#owned-history")).hasText(german.get("owned.noHistory").asText());
    assertThat(page.locator("#adjust-saddle_height-button"))
        .hasText(german.get("owned.adjust").asText());
    page.locator("#language [data-language=en]").click();
    assertThat(page.locator("#owned-history")).hasText("No adjustments yet.");
    page.locator("#adjust-saddle_height").selectOption(target);
    page.locator("#adjust-saddle_height-button").click();
    assertThat(page.locator("#owned-history li")).hasCount(1);
    assertThat(page.locator("#owned-history li"))
        .containsText(Pattern.compile("Saddle height: .* → " + target));
    assertThat(page.locator("#owned-status")).containsText("Saddle height is now " + target);
    assertThat(page.locator("#adjust-saddle_height")).hasValue(target);
    Chromium.screenshot(page, "faces-owned-adjusted");

    // A value that stopped fitting (say, chosen in another tab) is refused with the rule's reason.
    int size = placed.body().path("configuration").path("size").asInt();
    String outside = String.valueOf(size + 38 <= 96 ? size + 38 : size + 16);
    page.locator("#adjust-saddle_height").evaluate("(s, v) => s.append(new Option(v, v))", outside);
    page.locator("#adjust-saddle_height").selectOption(outside);
    page.locator("#adjust-saddle_height-button").click();
    assertThat(page.locator("#owned-status")).containsText("Not possible:");
    assertThat(page.locator("#owned-status")).containsText("saddle height suits the frame");
    assertThat(page.locator("#owned-history li")).hasCount(1);
    assertThat(owner.get("/api/owned/" + order).body().path("configuration").path("saddle_height"))
        .hasToString("\"" + target + "\"");

    // Reconfigure opens the product as the owner has it now: with the adjusted saddle height.
    page.navigate(browser.url("/orders/index.html"));
    page.locator("#order-" + order + " button.reconfigure").click();
    page.waitForURL(Pattern.compile(".*/d/[A-Za-z0-9_-]{8}.*"));
    new ConfiguratorPage(page).idle();
    assertThat(page.locator("#num-saddle_height")).hasValue(target);
    // The page names the order it reconfigures, not "Saved design <id>", in the page's language.
    assertThat(page.locator("h1")).hasText("Order #" + order + " — reconfigure");
    assertThat(page.locator("#saved-banner")).containsText("as ordered on");
    assertThat(page.locator("#saved-banner")).not().containsText("Saved design");
    Chromium.screenshot(page, "faces-owned-reconfigured");
    page.locator("#language [data-language=de]").click();
    assertThat(page.locator("h1")).hasText("Bestellung #" + order + " — neu konfigurieren");
    assertThat(page.locator("#saved-banner")).not().containsText("Gespeicherter Entwurf");
    assertThat(page).hasTitle(Pattern.compile("Bestellung #" + order + " — neu konfigurieren.*"));
    Chromium.screenshot(page, "faces-owned-reconfigured-german");
    page.context().close();
  }

  private static JsonNode readJson(String text) {
    try {
      return TestServer.JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The monogram's label in English in the current sneakers model. */
  private static String monogramLabel() {
    return TestServer.CATALOGUE
        .current("sneakers")
        .orElseThrow()
        .definition()
        .model()
        .attribute("monogram")
        .orElseThrow()
        .label()
        .in("en");
  }
}
