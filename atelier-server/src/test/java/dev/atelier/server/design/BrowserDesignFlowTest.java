package dev.atelier.server.design;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each demo product co-designed end to end in a real browser against a real server: choose values,
 * meet a refused value and read why, choose it anyway and accept the repair, complete it
 * (cheapest), save, and reopen the share link in a new page showing the same design and price.
 */
class BrowserDesignFlowTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  /** One customer input: choose a value (card), or type a number or a text. */
  record Input(String kind, String attribute, String value) {
    static Input choose(String attribute, String value) {
      return new Input("choose", attribute, value);
    }

    static Input number(String attribute, String value) {
      return new Input("number", attribute, value);
    }

    static Input text(String attribute, String value) {
      return new Input("text", attribute, value);
    }

    void apply(ConfiguratorPage page) {
      switch (kind) {
        case "choose" -> page.choose(attribute, value);
        case "number" -> page.enterNumber(attribute, value);
        default -> page.enterText(attribute, value);
      }
    }
  }

  /** A product, what the customer enters first, then a value refused because of it and why. */
  record Scenario(
      String product, List<Input> inputs, String attribute, String value, String reason) {
    @Override
    public String toString() {
      return product;
    }
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        new Scenario(
            "bicycle",
            List.of(Input.choose("frame", "carbon")),
            "gears",
            "3",
            "Carbon frames need derailleur gears"),
        new Scenario(
            "pc",
            List.of(Input.choose("cpu", "i9-14900k")),
            "socket",
            "am5",
            "Processor fits the socket"),
        new Scenario(
            "sneakers",
            List.of(
                Input.number("size", "42"),
                Input.choose("material", "suede"),
                Input.text("monogram", "abc")),
            "sole_colour",
            "white",
            "Suede comes with a dark or gum sole"),
        new Scenario(
            "jeans",
            // Measurements are the customer's (a repair never changes them): the refusal to
            // repair is between two choices.
            List.of(
                Input.number("waist", "80"),
                Input.number("hip", "96"),
                Input.number("inseam", "80"),
                Input.choose("fly", "buttons")),
            "rise",
            "low",
            "Low rise has a zip"),
        new Scenario(
            "pizza",
            List.of(Input.choose("sauce", "bbq")),
            "tuna",
            "true",
            "No tuna with barbecue sauce"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void coDesignSaveAndReopen(Scenario s) {
    ConfiguratorPage page =
        new ConfiguratorPage(browser.page()).open(browser.url("/p/" + s.product()));
    assertThat(page.page.locator("h1")).not().isEmpty();
    s.inputs().forEach(input -> input.apply(page));

    // A refused value: visibly disabled, with its reason on hover and keyboard focus.
    assertThat(page.refusalReason(s.attribute(), s.value())).isEqualTo(s.reason());
    assertThat(page.card(s.attribute(), s.value())).hasClass(Pattern.compile("refused"));
    page.card(s.attribute(), s.value()).hover();
    assertThat(page.card(s.attribute(), s.value()).locator(".option-why")).isVisible();
    page.page.mouse().move(0, 0);
    page.option(s.attribute(), s.value()).focus();
    assertThat(page.card(s.attribute(), s.value()).locator(".option-why")).hasText(s.reason());

    // Choose it anyway: the repair dialog lists old -> new; accept it.
    page.chooseRefused(s.attribute(), s.value());
    assertThat(page.dialog()).isVisible();
    assertThat(page.dialog()).containsText(s.reason());
    // One repair: its changes, the wanted value among them; several: each priced, the cheapest
    // chosen, listing what else changes.
    if (page.dialog().locator("#repair-options").count() > 0) {
      assertThat(page.dialog().locator(".repair-option").first().locator("li.change").count())
          .isGreaterThanOrEqualTo(1);
      assertThat(page.dialog().locator(".repair-option input").first()).isChecked();
    } else {
      assertThat(page.dialog().locator("#repair-changes li").count()).isGreaterThanOrEqualTo(2);
    }
    Chromium.screenshot(page.page, s.product() + "-repair");
    page.acceptRepair();
    assertThat(page.dialog()).hasCount(0);
    assertThat(page.option(s.attribute(), s.value())).isChecked();

    // Complete it (cheapest): every step done, the price complete.
    page.complete();
    assertThat(page.page.locator("#price-status")).hasClass(Pattern.compile("complete"));
    assertThat(page.page.locator(".progress li:not(.done)")).hasCount(0);
    // A complete product gets its delivery promise from the booked capacity.
    assertThat(page.page.locator("#price-delivery"))
        .hasText(Pattern.compile("Ready to ship by: .*\\d{4}"));
    if (s.product().equals("sneakers")) {
      assertThat(page.page.locator(".preview-text")).hasText("ABC");
    }
    String total = page.total();
    List<String> design = page.shownDesign();
    String link = page.save();
    assertThat(page.page.locator("#share")).containsText(total);
    Chromium.screenshot(page.page, s.product() + "-saved");

    // The share link, in a new page, shows the same design and the same price.
    assertThat(link).matches(".*/d/[A-Za-z0-9_-]{8}(#.*)?");
    Page reopenedPage = browser.page();
    ConfiguratorPage reopened = new ConfiguratorPage(reopenedPage).open(link);
    assertThat(reopenedPage.locator("#saved-banner")).isVisible();
    assertThat(reopened.shownDesign()).isEqualTo(design);
    assertThat(reopened.total()).isEqualTo(total);
    reopenedPage.context().close();
    page.page.context().close();
  }
}
