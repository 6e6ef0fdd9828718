package dev.atelier.server.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.formats.product.NeedAnswer;
import dev.atelier.formats.product.NeedQuestion;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The collaborative face end to end through the API, on every demo product. */
class NeedsDialogueTest {

  @RegisterExtension static final TestServer server = new TestServer();

  @Test
  void everyDemoAsksItsQuestionsAndProposesThreeRankedValidDesigns() {
    for (String product : TestServer.CATALOGUE.productIds()) {
      ProductVersion pv = TestServer.CATALOGUE.current(product).orElseThrow();
      JsonNode needs =
          server.get("/api/products/" + product + "/versions/" + pv.version() + "/needs").body();
      assertThat(needs.path("questions").size()).as(product).isGreaterThanOrEqualTo(2);
      // Per question: its first answer when that one has wishes, else its last ("no limit").
      List<String> answers = new ArrayList<>();
      Map<String, NeedAnswer> chosen = new LinkedHashMap<>();
      for (NeedQuestion q : pv.definition().needs()) {
        NeedAnswer a = q.answers().get(q.answers().size() - 1);
        if (q.answers().get(0).prefer().size() > 0) {
          a = q.answers().get(0);
        }
        chosen.put(q.id(), a);
        answers.add("{\"question\":\"" + q.id() + "\",\"answer\":\"" + a.id() + "\"}");
      }
      // The customer's measurements first: proposals never decide them.
      JsonNode measured =
          CustomerFactsApiTest.giveFacts(server, CustomerFactsApiTest.design(product, Map.of()));
      String body = "{\"design\":" + measured + ",\"answers\":[" + String.join(",", answers) + "]}";
      TestServer.Answer answer = server.post("/api/designs/propose", body);
      assertThat(answer.status()).as(product + ": " + answer.text()).isEqualTo(200);
      JsonNode proposals = answer.body().path("proposals");
      assertThat(proposals.size()).as(product).isEqualTo(3);
      long previousMissed = -1;
      long previousPrice = -1;
      List<Map<String, String>> seen = new ArrayList<>();
      for (int i = 0; i < proposals.size(); i++) {
        JsonNode p = proposals.get(i);
        assertThat(p.path("rank").asInt()).isEqualTo(i + 1);
        Map<String, String> values = new LinkedHashMap<>();
        p.path("design")
            .path("configuration")
            .properties()
            .forEach(e -> values.put(e.getKey(), e.getValue().asText()));
        Configuration c = new Configuration(values);
        assertThat(pv.compiled().validate(c).valid()).as(product + " " + values).isTrue();
        long price = p.path("design").path("price").path("total").asLong();
        assertThat(price).isEqualTo(pv.compiled().price(c).total());
        long missed = missedWeight(pv, chosen, c);
        assertThat(p.path("design").path("penalty").asLong()).isEqualTo(missed);
        if (previousMissed >= 0) {
          assertThat(
                  missed > previousMissed || (missed == previousMissed && price >= previousPrice))
              .as(product + " ranked by missed weight, then price")
              .isTrue();
        }
        for (NeedAnswer a : chosen.values()) {
          if (a.hasBudget()) {
            assertThat(price).isLessThanOrEqualTo(a.budget());
          }
        }
        assertThat(seen).doesNotContain(values);
        seen.add(values);
        previousMissed = missed;
        previousPrice = price;
      }
    }
  }

  @Test
  void aTightBudgetIsRespectedAndAnImpossibleOneIsAConflict() {
    String design = "{\"product\":\"pc\",\"version\":\"2025.1\",\"decisions\":[]}";
    TestServer.Answer low =
        server.post(
            "/api/designs/propose",
            "{\"design\":"
                + design
                + ",\"answers\":[{\"question\":\"use\",\"answer\":\"gaming\"},"
                + "{\"question\":\"budget\",\"answer\":\"mid\"}],\"count\":1}");
    assertThat(low.status()).as(low.text()).isEqualTo(200);
    assertThat(
            low.body().path("proposals").get(0).path("design").path("price").path("total").asLong())
        .isLessThanOrEqualTo(180_000);
    String expensive =
        "{\"product\":\"pc\",\"version\":\"2025.1\",\"decisions\":"
            + "[{\"attribute\":\"gpu\",\"value\":\"rtx4090\"}]}";
    TestServer.Answer impossible =
        server.post(
            "/api/designs/propose",
            "{\"design\":"
                + expensive
                + ",\"answers\":[{\"question\":\"budget\",\"answer\":\"low\"}]}");
    assertThat(impossible.status()).as(impossible.text()).isEqualTo(409);
    assertThat(impossible.contentType()).startsWith("application/problem+json");
    assertThat(impossible.body().path("detail").asText()).contains("no design meets");
  }

  @Test
  void unknownQuestionsAndAnswersAreNamed() {
    String design = "{\"product\":\"pizza\",\"version\":\"2025.1\",\"decisions\":[]}";
    TestServer.Answer q =
        server.post(
            "/api/designs/propose",
            "{\"design\":" + design + ",\"answers\":[{\"question\":\"mood\",\"answer\":\"x\"}]}");
    assertThat(q.status()).isEqualTo(422);
    assertThat(q.body().path("field").asText()).isEqualTo("answers[0].question");
    TestServer.Answer a =
        server.post(
            "/api/designs/propose",
            "{\"design\":" + design + ",\"answers\":[{\"question\":\"diet\",\"answer\":\"x\"}]}");
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.body().path("field").asText()).isEqualTo("answers[0].answer");
    assertThat(server.get("/api/products/pizza/versions/0.0/needs").status()).isEqualTo(404);
  }

  private static long missedWeight(
      ProductVersion pv, Map<String, NeedAnswer> chosen, Configuration c) {
    Evaluator evaluator = new Evaluator(pv.model());
    long missed = 0;
    for (NeedAnswer a : chosen.values()) {
      for (var p : a.prefer()) {
        if (!evaluator.holds(p.condition(), c)) {
          missed += p.weight();
        }
      }
    }
    return missed;
  }
}
