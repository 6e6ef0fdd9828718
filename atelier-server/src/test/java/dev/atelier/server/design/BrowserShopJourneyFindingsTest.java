package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import dev.atelier.server.testing.GermanPages;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 17's user trial of the shopper's journey: an empty print area completed with a technique,
 * ordering without a review, two prices per option card, a rule's identifier as a reason, My
 * designs without share and reorder, a ship promise for a service, and formal German. Desktop 1280
 * × 900 and phone 390 × 844; screenshots in {@code target/screenshots/}.
 */
@Tag("slow")
class BrowserShopJourneyFindingsTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private static final int[][] SIZES = {{1280, 900}, {390, 844}};

  private static void german(Page page) {
    page.locator("#language [data-language=de]").click();
  }

  /**
   * The page, in German, shows none of {@code english} (screenshot {@code shot}); clicking {@code
   * place} places the order and lands on it.
   */
  private static void placeInGerman(Page page, List<String> english, String shot, Locator place) {
    GermanPages.assertNoEnglish(page, english);
    Chromium.screenshot(page, shot);
    place.click();
    page.waitForURL(Pattern.compile(".*/orders/order\\.html\\?id=\\d+"));
  }

  @AfterEach
  void closePages() {
    browser.closePages();
  }

  @Test
  void completingTheSneakersLeavesEmptyPrintAreasWithoutATechnique() {
    ConfiguratorPage shoe = new ConfiguratorPage(browser.page(1280, 900));
    shoe.open(browser.url("/p/sneakers")).enterNumber("size", "42").complete();
    assertThat(shoe.page.locator("#price-status")).hasText("Your design is complete");
    for (String area : List.of("heel", "tongue")) {
      for (String technique : List.of("print", "embroidery")) {
        assertThat(shoe.option(area + "_technique", technique)).not().isChecked();
      }
    }
    Chromium.screenshot(shoe.page, "shop-findings-completed-no-technique");
  }

  @Test
  void eachOptionCardShowsOneFigure() {
    for (int[] size : SIZES) {
      ConfiguratorPage bike = new ConfiguratorPage(browser.page(size[0], size[1]));
      bike.open(browser.url("/p/bicycle")).choose("frame", "alu");
      Locator chosen = bike.card("frame", "alu");
      assertThat(chosen.locator(".option-delta")).hasText("included");
      assertThat(bike.card("frame", "carbon").locator(".option-delta")).containsText("in total");
      assertThat(bike.page.locator(".option .option-price")).hasCount(0);
      german(bike.page);
      bike.idle();
      assertThat(bike.card("frame", "alu").locator(".option-delta")).hasText("inbegriffen");
      Chromium.screenshot(bike.page, "shop-findings-one-figure-" + size[0]);
    }
  }

  @Test
  void aRuleWithoutWordsIsExplainedByTheChoicesNeverItsId() {
    for (int[] size : SIZES) {
      Page page = browser.page(size[0], size[1]);
      // A model whose rule has no label of its own (the reader then gives its id as label).
      page.route(
          Pattern.compile(".*/api/products/bicycle/versions/[^/]+$"),
          route -> {
            var response = route.fetch();
            JsonNode detail;
            try {
              detail = TestServer.JSON.readTree(response.text());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            for (JsonNode rule : detail.get("rules")) {
              ((ObjectNode) rule).putObject("label").put("en", rule.get("id").asText());
            }
            route.fulfill(
                new Route.FulfillOptions().setResponse(response).setBody(detail.toString()));
          });
      ConfiguratorPage bike = new ConfiguratorPage(page).open(browser.url("/p/bicycle"));
      bike.choose("frame", "carbon");
      String reason = bike.refusalReason("gears", "3");
      assertThat(reason).doesNotContain("carbon-gears").contains("Frame: Carbon");
      german(page);
      bike.idle();
      assertThat(bike.refusalReason("gears", "3"))
          .doesNotContain("carbon-gears")
          .contains("Rahmen: Carbon");
      bike.option("gears", "3").focus();
      Chromium.screenshot(page, "shop-findings-reason-without-id-" + size[0]);
    }
  }

  @Test
  void theOrderIsReviewedBeforeItIsPlaced() {
    String email = browser.account(Role.CUSTOMER);
    for (int[] size : SIZES) {
      Page page = browser.page(size[0], size[1]);
      browser.signIn(page, email, "/p/pizza");
      ConfiguratorPage pizza = new ConfiguratorPage(page).idle();
      pizza.choose("size", "small").choose("crust", "classic").choose("sauce", "tomato");
      pizza.choose("mozzarella", "true").choose("vegetarian", "true");
      page.locator("#order-quantity").fill("2");
      page.locator("#order-quantity").press("Tab");
      pizza.idle();
      assertThat(page.locator("#price-delivery")).containsText("2 ready to ship by");
      String shownTotal = page.locator("#order-total").textContent();
      page.locator("#order").click();
      Locator review = page.locator("#review-dialog");
      assertThat(review).isVisible();
      assertThat(review.locator(".review-picture > svg")).hasCount(1);
      assertThat(review).containsText("Mozzarella");
      assertThat(review).containsText("Tomato");
      // The lines add up to the price per piece; times the quantity, the total charged.
      long lines = cents(review.locator("#review-price tbody td:last-child").allTextContents());
      long unit =
          cents(
              List.of(
                  review.locator("#review-price tfoot tr").first().locator("td").textContent()));
      long total = cents(List.of(review.locator("#review-total").textContent()));
      assertThat(lines).isEqualTo(unit);
      assertThat(total).isEqualTo(2 * unit);
      assertThat(shownTotal).contains(review.locator("#review-total").textContent());
      assertThat(review.locator("#review-promise")).containsText("ready to ship by");
      Chromium.screenshot(page, "shop-findings-review-" + size[0]);
      page.locator("#review-back").click();
      assertThat(review).hasCount(0);
      assertThat(page).hasURL(Pattern.compile(".*/p/pizza.*"));

      // A review gone stale (here: signed out meanwhile) gets the server's answer in words.
      page.locator("#order").click();
      page.context().clearCookies();
      page.locator("#review-place").click();
      assertThat(page.locator("#review-message"))
          .containsText("sign", new LocatorAssertions.ContainsTextOptions().setIgnoreCase(true));
      assertThat(page).hasURL(Pattern.compile(".*/p/pizza.*"));
      Chromium.screenshot(page, "shop-findings-review-stale-" + size[0]);
      page.locator("#review-back").click();

      browser.signIn(page, email, "/p/pizza");
      pizza.idle();
      german(page);
      pizza.idle();
      page.locator("#order").click();
      assertThat(page.locator("#review-title")).hasText("Bestellung prüfen");
      placeInGerman(
          page,
          List.of("Place order", "Back to design"),
          "shop-findings-review-de-" + size[0],
          page.locator("#review-place"));
    }
  }

  @Test
  void myDesignsSharesACopyAndOrdersAnOrderedDesignAgain() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    JsonNode design = browser.cheapest("pizza").body().get("design");
    assertThat(
            buyer.post("/api/saved-designs", "{\"design\":" + design + ",\"mine\":true}").status())
        .isEqualTo(200);
    JsonNode unordered = browser.cheapest("bicycle").body().get("design");
    assertThat(
            buyer
                .post("/api/saved-designs", "{\"design\":" + unordered + ",\"mine\":true}")
                .status())
        .isEqualTo(200);
    browser.order(buyer, design, "shop-findings-designs");
    for (int[] size : SIZES) {
      Page page = browser.page(size[0], size[1]);
      browser.signIn(page, buyer.email(), "/account/designs.html");
      Locator pizza = page.locator(".design", new Page.LocatorOptions().setHasText("Pizza"));
      Locator bicycle = page.locator(".design", new Page.LocatorOptions().setHasText("Bicycle"));
      assertThat(pizza.locator(".reorder")).isVisible();
      assertThat(bicycle.locator(".reorder")).hasCount(0);
      bicycle.locator(".design-share").click();
      String link = page.locator("#share-link").inputValue();
      assertThat(link).matches(".*/d/[A-Za-z0-9_-]+");
      Chromium.screenshot(page, "shop-findings-designs-share-" + size[0]);
      // The recipient (no account) opens a copy and starts from it.
      ConfiguratorPage recipient = new ConfiguratorPage(browser.page(size[0], size[1])).open(link);
      assertThat(recipient.page.locator("#price-status")).hasText("Your design is complete");
      recipient.page.close();

      german(page);
      assertThat(pizza.locator(".design-share")).hasText("Teilen");
      page.onceDialog(d -> d.accept());
      placeInGerman(
          page,
          List.of("Share", "Order again"),
          "shop-findings-designs-de-" + size[0],
          pizza.locator(".reorder"));
    }
  }

  @Test
  void aServiceOrderSaysWhenTheWorkIsDoneNotAShipDateAndEndsAtProcessed() {
    TestAccounts.Caller buyer = TestAccounts.create(browser.server(), Role.CUSTOMER);
    JsonNode design = browser.cheapest("insurance").body().get("design");
    String id = browser.order(buyer, design, "shop-findings-service").body().get("id").asText();
    JsonNode delivery = buyer.get("/api/orders/" + id + "/delivery").body();
    assertThat(delivery.get("ships").asBoolean()).isFalse();
    for (int[] size : SIZES) {
      Page page = browser.page(size[0], size[1]);
      browser.signIn(page, buyer.email(), "/orders/order.html?id=" + id);
      assertThat(page.locator("#status")).hasText("Placed");
      Locator promise = page.locator("#delivery");
      if (delivery.get("promisedDate").isNull()) {
        assertThat(promise).isHidden();
      } else {
        assertThat(promise).containsText("Processed by");
      }
      assertThat(page.locator("body")).not().containsText("Promised for");
      // A service ships nothing: its steps end at Processed.
      assertThat(page.locator("#steps li"))
          .hasText(new String[] {"Placed ✓", "In production", "Processed"});
      german(page);
      assertThat(page.locator("body")).not().containsText("Zugesagt für");
      assertThat(page.locator("#steps li"))
          .hasText(new String[] {"Aufgegeben ✓", "In Produktion", "Bearbeitet"});
      Chromium.screenshot(page, "shop-findings-service-order-" + size[0]);
    }
  }

  /** The sum of amounts such as "€7.30" or "7,30 €", in cents. */
  private static long cents(List<String> amounts) {
    long sum = 0;
    for (String a : amounts) {
      String digits = a.replaceAll("[^0-9−-]", "");
      long value = Long.parseLong(digits.replace("−", "-"));
      sum += value;
    }
    return sum;
  }
}
