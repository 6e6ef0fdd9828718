package dev.atelier.server.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.TestAccounts;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account pages in a real browser: sign up, profile and prefill, sign out, admin pages. */
class BrowserAccountTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void aCustomerSignsUpKeepsMeasurementsAndSignsOut() {
    Page page = browser.page();
    browser.signUp(page, "browser@example.org", "browser password");
    assertThat(page.locator("#atelier-account")).containsText("browser@example.org (customer)");
    Cookie cookie =
        page.context().cookies().stream()
            .filter(c -> c.name.equals("atelier_session"))
            .findFirst()
            .orElseThrow();
    assertThat(cookie.httpOnly).isTrue();
    assertThat(cookie.secure).isTrue();

    // Measurements are the customer's facts, kept once for every product.
    page.locator("#facts [name=waist]").fill("84");
    page.locator("#facts [name=hip]").fill("100");
    page.locator("#facts [name=inside-leg]").fill("82");
    page.locator("#save-facts").click();
    assertThat(page.locator("#message")).hasText("Saved.");
    page.locator("#values [name=fit]").selectOption("slim");
    page.locator("#save").click();
    assertThat(page.locator("#message")).hasText("Saved.");
    page.locator("#prefill").click();
    assertThat(page.locator("#design li")).hasCount(4);
    assertThat(page.locator("#design")).containsText("Waist: 84 cm");
    Chromium.screenshot(page, "account-profile");

    page.navigate(browser.url("/"));
    assertThat(page.locator("#atelier-account")).containsText("browser@example.org");
    page.locator("#atelier-account button").click();
    assertThat(page.locator("#atelier-account")).containsText("Sign in");
    page.navigate(browser.url("/account/profile.html"));
    page.waitForURL("**/account/signin.html?next=/account/profile.html");
    page.context().close();
  }

  @Test
  void anAdminChangesRolesAndManagesTokens() {
    String hash = PasswordHasher.cheap().hash(TestAccounts.PASSWORD);
    AccountStore accounts = new AccountStore(browser.server().database);
    assertThat(accounts.create("boss@example.org", hash, Role.ADMIN, Instant.now()))
        .as("account created")
        .isPresent();
    assertThat(accounts.create("worker@example.org", hash, Role.CUSTOMER, Instant.now()))
        .as("account created")
        .isPresent();
    Page page = browser.page();
    page.navigate(browser.url("/account/signin.html?next=/account/admin.html"));
    page.locator("[name=email]").fill("boss@example.org");
    page.locator("[name=password]").fill("wrong password!");
    page.locator("button[type=submit]").click();
    assertThat(page.locator("#message")).hasText("the email or password is wrong");
    page.locator("[name=password]").fill(TestAccounts.PASSWORD);
    page.locator("button[type=submit]").click();
    page.waitForURL("**/account/admin.html");

    var worker = page.locator("#user-rows tr", new Page.LocatorOptions().setHasText("worker@"));
    // The role change asks first: declined, nothing changes; accepted, the role is changed.
    page.onceDialog(Dialog::dismiss);
    worker.locator("select").selectOption("STAFF");
    assertThat(worker.locator("select")).hasValue("CUSTOMER");
    assertThat(accounts.byEmail("worker@example.org").orElseThrow().role())
        .isEqualTo(Role.CUSTOMER);
    page.onceDialog(
        dialog -> {
          assertThat(dialog.message()).contains("worker@example.org").contains("staff");
          dialog.accept();
        });
    worker.locator("select").selectOption("STAFF");
    assertThat(worker.locator(".role-message")).containsText("worker@example.org is now staff");
    assertThat(accounts.byEmail("worker@example.org").orElseThrow().role()).isEqualTo(Role.STAFF);

    page.locator("#new-token [name=name]").fill("ERP import");
    page.locator("#new-token button").click();
    assertThat(page.locator("#secret code")).containsText("atl_");
    assertThat(page.locator("#token-rows tr")).hasCount(1);
    Chromium.screenshot(page, "account-admin");
    page.locator("#token-rows button").click();
    assertThat(page.locator("#token-rows tr td").last()).hasText("revoked");
    page.context().close();
  }
}
