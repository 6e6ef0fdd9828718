package dev.atelier.server.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sign-in and sign-up pages go on to {@code ?next=} only on this origin: hostile values that
 * browsers would read as another host land on the profile instead; same-origin ones keep their
 * query and hash.
 */
class BrowserSignInNextTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  private void signIn(Page page, String email, String rawNext) {
    browser.submitSignIn(page, email, "?next=" + rawNext);
  }

  @Test
  void hostileNextValuesNeverLeaveTheOrigin() {
    String email = browser.account(Role.CUSTOMER);
    for (String hostile : List.of("/%5Cevil.example", "/%09/evil.example")) {
      Page page = browser.page();
      signIn(page, email, hostile);
      page.waitForURL(browser.url("/account/profile.html"));
      assertThat(URI.create(page.url()).getHost()).as(hostile).isEqualTo("localhost");
      if (hostile.startsWith("/%5C")) {
        Chromium.screenshot(page, "signin-next-hostile");
      }
      page.context().close();
    }
  }

  @Test
  void sameOriginNextKeepsItsQueryAndHash() {
    String email = browser.account(Role.CUSTOMER);
    Page page = browser.page();
    signIn(page, email, "%2Faccount%2Fprofile.html%3Ffrom%3Dnext%23values");
    page.waitForURL(browser.url("/account/profile.html?from=next#values"));
    page.context().close();
  }

  @Test
  void theResolverRefusesEveryOtherOrigin() {
    Page page = browser.page();
    page.navigate(browser.url("/account/signin.html"));
    String origin = browser.url("");
    @SuppressWarnings("unchecked")
    List<Object> answers =
        (List<Object>)
            page.evaluate(
                "async (values) => { const m = await import('/account/next.js');"
                    + " return values.map((v) => m.sameOrigin(v)); }",
                List.of(
                    "//evil.example",
                    "/\\evil.example",
                    "/\t/evil.example",
                    " /\\evil.example",
                    "\\\\evil.example",
                    "https://evil.example/",
                    "javascript:alert(1)",
                    "data:text/html,hi",
                    "/.//evil.example",
                    "/p/pizza?size=large#top"));
    assertThat(answers.subList(0, 8)).containsOnlyNulls();
    // Same origin, absolute: never a protocol-relative path.
    assertThat(answers.get(8)).isEqualTo(origin + "//evil.example");
    assertThat(answers.get(9)).isEqualTo(origin + "/p/pizza?size=large#top");
    page.context().close();
  }

  @Test
  void signUpCarriesNextAndGoesThere() {
    Page page = browser.page();
    page.navigate(browser.url("/account/signin.html?next=%2Faccount%2Fprofile.html%3Fnew%3D1"));
    assertThat(page.locator("#signup-link"))
        .hasAttribute("href", "/account/signup.html?next=%2Faccount%2Fprofile.html%3Fnew%3D1");
    page.locator("#signup-link").click();
    // The form posts and its button waits for the script: a submit before it must never put the
    // password in the address (a flaky test found the browser's own GET submit).
    assertThat(page.locator("#signup")).hasAttribute("method", "post");
    assertThat(page.locator("#signup button[type=submit]")).isEnabled();
    page.locator("[name=email]").fill("next-signup@example.org");
    page.locator("[name=password]").fill("a good new password");
    page.locator("button[type=submit]").click();
    page.waitForURL(browser.url("/account/profile.html?new=1"));
    assertThat(page.locator("#atelier-account")).containsText("next-signup@example.org");
    page.context().close();
  }
}
