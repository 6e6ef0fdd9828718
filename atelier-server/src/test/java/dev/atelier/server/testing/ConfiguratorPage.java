package dev.atelier.server.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * The configurator page in a browser, as a customer uses it: by labels, clicks and keys. Element
 * ids follow web/js/fields.js ({@code opt-<attribute>-<value>}, {@code num-<attribute>}). Not
 * thread-safe.
 */
public final class ConfiguratorPage {

  public final Page page;

  public ConfiguratorPage(Page page) {
    this.page = page;
  }

  /** Opens {@code url} and waits until the page has drawn its design. */
  public ConfiguratorPage open(String url) {
    page.navigate(url);
    return idle();
  }

  /** Waits until no request of the page is under way. */
  public ConfiguratorPage idle() {
    page.waitForFunction(
        "() => { const app = document.getElementById('app');"
            + " return app.dataset.ready === 'true' && !app.hasAttribute('aria-busy'); }");
    return this;
  }

  public Locator option(String attribute, String value) {
    return page.locator("#opt-" + attribute + "-" + value);
  }

  public Locator card(String attribute, String value) {
    return page.locator("label[for='opt-" + attribute + "-" + value + "']");
  }

  /** Clicks a value's card and waits for the answer. */
  public ConfiguratorPage choose(String attribute, String value) {
    card(attribute, value).click();
    return idle();
  }

  /**
   * Clicks a refused value's card. Playwright takes aria-disabled for disabled and would wait;
   * refused values stay clickable on purpose (they open the repair dialog), hence force.
   */
  public void chooseRefused(String attribute, String value) {
    card(attribute, value).click(new Locator.ClickOptions().setForce(true));
  }

  /** Types a number and leaves the field. */
  public ConfiguratorPage enterNumber(String attribute, String value) {
    Locator input = page.locator("#num-" + attribute);
    input.fill(value);
    input.press("Tab");
    return idle();
  }

  /** Types a text and leaves the field. */
  public ConfiguratorPage enterText(String attribute, String value) {
    Locator input = page.locator("#text-" + attribute);
    input.fill(value);
    input.press("Tab");
    return idle();
  }

  /** The text the refused value's input is described by (its reason), checking it is refused. */
  public String refusalReason(String attribute, String value) {
    Locator input = option(attribute, value);
    assertThat(input).hasAttribute("aria-disabled", "true");
    String describedBy = input.getAttribute("aria-describedby");
    return page.locator("#" + describedBy).textContent();
  }

  public Locator dialog() {
    return page.locator("#repair-dialog");
  }

  /** Waits until the repair dialog is open or the page is idle; answers whether it is open. */
  public boolean dialogOrIdle() {
    page.waitForFunction(
        "() => document.getElementById('repair-dialog') !== null"
            + " || (document.getElementById('app').dataset.ready === 'true'"
            + " && !document.getElementById('app').hasAttribute('aria-busy'))");
    return dialog().count() > 0;
  }

  public ConfiguratorPage acceptRepair() {
    page.locator("#repair-accept").click();
    return idle();
  }

  /** "Complete it for me": gives the facts when the page asks for them first (see below). */
  public ConfiguratorPage complete() {
    page.locator("#complete").click();
    return answerFacts();
  }

  /** A test customer's facts: a rider 178 cm tall with an 82 cm inside leg (a 54 cm frame). */
  private static final java.util.Map<String, String> FACTS =
      java.util.Map.of("rider_height", "178", "inside_leg", "82");

  /**
   * When the page asks for missing facts, gives them (the test customer's, else each field's least
   * value) and goes on; then waits until the page is idle.
   */
  public ConfiguratorPage answerFacts() {
    page.waitForFunction(
        "() => { const app = document.getElementById('app');"
            + " return document.getElementById('facts-dialog') !== null"
            + " || (app.dataset.ready === 'true' && !app.hasAttribute('aria-busy')); }");
    Locator dialog = page.locator("#facts-dialog");
    if (dialog.count() > 0) {
      for (Locator input : dialog.locator("input[type=number]").all()) {
        String name = input.getAttribute("name");
        input.fill(FACTS.getOrDefault(name, input.getAttribute("min")));
      }
      page.locator("#facts-submit").click();
    }
    return idle();
  }

  /** Saves the design and answers the share link. */
  public String save() {
    page.locator("#save").click();
    idle();
    return page.locator("#share-link").inputValue();
  }

  public String total() {
    return page.locator("#price-total").textContent();
  }

  /** What the page shows as chosen: checked options, then number and text fields with values. */
  public List<String> shownDesign() {
    List<String> shown = new ArrayList<>();
    for (Locator checked : page.locator("input.option-input:checked").all()) {
      shown.add(checked.getAttribute("id"));
    }
    for (Locator field : page.locator(".field input[type=number], .field input[type=text]").all()) {
      if (!field.getAttribute("id").equals("share-link")) {
        shown.add(field.getAttribute("id") + "=" + field.inputValue());
      }
    }
    return shown;
  }
}
