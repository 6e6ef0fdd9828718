package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web pages next to the API: the page shell for the client-side routes, static files with their
 * media types, every picture layer of every demo, and /api staying problem+json.
 */
class WebPagesTest {

  @RegisterExtension static final TestServer server = new TestServer();

  @Test
  void clientRoutesAnswerThePageShell() {
    for (String path : List.of("/", "/p/bicycle", "/p/pizza?version=2025.1", "/d/k3J9xQ2a")) {
      TestServer.Answer page = server.get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.contentType()).as(path).startsWith("text/html");
      assertThat(page.text()).as(path).contains("<script type=\"module\" src=\"/js/main.js\">");
    }
  }

  @Test
  void pagesAreServedWithTheSharedHead() {
    for (String path :
        List.of(
            "/account/admin.html",
            "/account/designs.html",
            "/account/profile.html",
            "/account/signin.html",
            "/account/signup.html",
            "/account/webhooks.html",
            "/analytics/",
            "/analytics/inbox.html",
            "/analytics/summary.html",
            "/orders/",
            "/orders/index.html",
            "/orders/order.html",
            "/staff/",
            "/staff/queue.html",
            "/staff/wish.html",
            "/studio/",
            "/studio/draft.html")) {
      TestServer.Answer page = server.get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.contentType()).as(path).startsWith("text/html");
      assertThat(page.text())
          .as(path)
          .startsWith("<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">")
          .contains("<script type=\"module\" src=\"/account/header.js\"></script>", "<body>")
          .doesNotContain("<!--#");
    }
    assertThat(server.get("/orders/owned.html").text()).startsWith("<!doctype html>");
  }

  @Test
  void scriptsStylesAndDictionariesHaveTheirMediaTypes() {
    assertThat(server.get("/js/main.js").contentType()).contains("javascript");
    assertThat(server.get("/css/atelier.css").contentType()).startsWith("text/css");
    JsonNode en = server.get("/i18n/en.json").body();
    JsonNode de = server.get("/i18n/de.json").body();
    List<String> enKeys = new ArrayList<>();
    List<String> deKeys = new ArrayList<>();
    en.fieldNames().forEachRemaining(enKeys::add);
    de.fieldNames().forEachRemaining(deKeys::add);
    assertThat(enKeys).hasSizeGreaterThan(40).containsExactlyInAnyOrderElementsOf(deKeys);
  }

  @Test
  void theGermanDictionarySaysDuNeverSie() {
    // The shop says "du" everywhere: a formal "Sie"/"Ihr" (session 17: "Ihr Entwurf" in the inbox)
    // is a slip. Capitalised forms only: "sie"/"ihr" (they, their) are fine.
    JsonNode de = server.get("/i18n/de.json").body();
    Pattern formal = Pattern.compile("\\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\\b");
    List<String> found = new ArrayList<>();
    de.properties()
        .forEach(
            e -> {
              if (formal.matcher(e.getValue().asText()).find()) {
                found.add(e.getKey() + ": " + e.getValue().asText());
              }
            });
    assertThat(found).isEmpty();
  }

  @Test
  void everyLayerOfEveryDemoIsServed() {
    int layers = 0;
    for (String product : TestServer.CATALOGUE.productIds()) {
      String version = TestServer.CATALOGUE.current(product).orElseThrow().version();
      JsonNode detail = server.get("/api/products/" + product + "/versions/" + version).body();
      for (JsonNode layer : detail.get("presentation").get("layers")) {
        TestServer.Answer svg = server.get("/assets/" + layer.get("asset").asText());
        assertThat(svg.status()).as(layer.toString()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.text()).contains("<svg", "viewBox");
        layers++;
      }
    }
    assertThat(layers).isGreaterThan(50);
  }

  @Test
  void apiPathsStayProblemsAndModelsAreNotServed() {
    for (String path : List.of("/api/nowhere", "/api/products/bicycle/nowhere", "/api")) {
      TestServer.Answer answer = server.get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
    }
    assertThat(server.get("/assets/bicycle.yaml").status()).isEqualTo(404);
    // (Javalin matches client-route prefixes as strings: /demo/... gets the page shell, which
    // shows "not found"; the model itself is never served.)
    assertThat(server.get("/demo/bicycle.yaml").text()).doesNotContain("basePrice");
    assertThat(server.get("/nowhere.html").contentType()).startsWith("application/problem+json");
  }
}
