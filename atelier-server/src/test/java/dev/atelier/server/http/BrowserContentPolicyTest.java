package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page works under the content security policy (issue 13, item 9): chromium reports no
 * refused script, style, image or connection on the customer, account, order, staff and analytics
 * pages, and the pages still draw (the configurator's steps, the analytics charts).
 */
class BrowserContentPolicyTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void customerPagesRunUnderThePolicy() {
    Page page = browser.page();
    List<String> refused = watch(page);
    for (String path : List.of("/", "/p/jeans", "/account/signin.html", "/account/signup.html")) {
      visit(page, path);
    }
    assertThat(page.locator("h1, h2").count()).isPositive();
    browser.signIn(page, browser.account(Role.CUSTOMER), "/account/profile.html");
    visit(page, "/orders/index.html");
    visit(page, "/p/jeans");
    Chromium.screenshot(page, "csp-configurator");
    assertThat(refused).isEmpty();
  }

  @Test
  void staffAndAnalyticsPagesRunUnderThePolicy() {
    Page manager = browser.page();
    List<String> refused = watch(manager);
    browser.signIn(manager, browser.account(Role.ADMIN), "/analytics/index.html");
    manager.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(manager.locator("canvas").count()).isPositive();
    Chromium.screenshot(manager, "csp-analytics");
    for (String path :
        List.of("/staff/index.html", "/account/admin.html", "/account/webhooks.html")) {
      visit(manager, path);
    }
    Chromium.screenshot(manager, "csp-webhooks");
    assertThat(refused).isEmpty();
  }

  private static void visit(Page page, String path) {
    page.navigate(browser.url(path));
    page.waitForLoadState(LoadState.NETWORKIDLE);
  }

  /** The policy violations chromium reports on {@code page} from now on. */
  private static List<String> watch(Page page) {
    List<String> refused = new ArrayList<>();
    page.onConsoleMessage(
        m -> {
          if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
            refused.add(page.url() + ": " + m.text());
          }
        });
    return refused;
  }
}
