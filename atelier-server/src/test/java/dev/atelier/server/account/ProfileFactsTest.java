package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.CustomerFactsApiTest;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One profile per account, shared across products: facts stored, checked and prefilled. */
class ProfileFactsTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void factsKeepTheirOrderAndAreReplacedWhole(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      Account a =
          new AccountStore(db).create("f@x", "$argon2id$x", Role.CUSTOMER, Instant.EPOCH).get();
      ProfileStore profiles = new ProfileStore(db);
      assertThat(profiles.facts(a.id())).isEmpty();
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("waist", "84");
      facts.put("inside-leg", "80");
      facts.put("hip", "100");
      profiles.replaceFacts(a.id(), facts);
      assertThat(profiles.facts(a.id()))
          .containsExactly(
              Map.entry("waist", "84"), Map.entry("inside-leg", "80"), Map.entry("hip", "100"));
      profiles.replace(a.id(), Map.of("pizza", Map.of("size", "large")));
      assertThat(profiles.facts(a.id())).hasSize(3);
      profiles.replaceFacts(a.id(), Map.of("shoe-size", "43"));
      assertThat(profiles.facts(a.id())).containsExactly(Map.entry("shoe-size", "43"));
    }
  }

  /**
   * A refused fact is named, but never echoed as sent: a bidi override or 60 KB in a value or a
   * name came back raw in the problem's {@code value}, {@code detail} and {@code field}.
   */
  @Test
  void aRefusedFactIsEchoedEscapedAndBounded() {
    Problem value = ProfileFacts.check(Map.of("waist", "42\u202e")).orElseThrow();
    assertThat(value.field()).isEqualTo("facts.waist");
    assertThat(value.value()).isEqualTo("42\\u202e").doesNotContain("\u202e");
    String huge = "9".repeat(60_000) + "x";
    Problem tooLong = ProfileFacts.check(Map.of("waist", huge)).orElseThrow();
    assertThat(tooLong.value().length()).isLessThan(100);
    Problem name =
        ProfileFacts.check(Map.of("Wa\u202eist" + "x".repeat(60_000), "1")).orElseThrow();
    assertThat(name.status()).isEqualTo(422);
    assertThat(name.field()).startsWith("facts.Wa\\u202eist").hasSizeLessThan(100);
    assertThat(name.detail()).doesNotContain("\u202e").hasSizeLessThan(200);
  }

  @Test
  void sharedFactsPrefillEveryProductThatDeclaresThem() {
    try (TestServer server = new TestServer()) {
      TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
      TestServer.Answer saved =
          customer.put(
              "/api/profile",
              "{\"facts\":{\"waist\":\"84\",\"hip\":\"100\",\"inside-leg\":\"80\","
                  + "\"shoe-size\":\"43\"}}");
      assertThat(saved.status()).as(saved.text()).isEqualTo(200);
      assertThat(saved.body().get("facts").get("inside-leg").asText()).isEqualTo("80");
      // A facts-only PUT leaves the per-product values as they were, and the other way round.
      customer.put("/api/profile", "{\"products\":{\"jeans\":{\"fit\":\"slim\"}}}");
      JsonNode profile = customer.get("/api/profile").body();
      assertThat(profile.get("facts").size()).isEqualTo(4);
      assertThat(profile.get("products").get("jeans").get("fit").asText()).isEqualTo("slim");

      JsonNode jeans = customer.get("/api/profile/prefill/jeans").body().get("design");
      assertThat(CustomerFactsApiTest.decisions(jeans))
          .containsExactly(
              Map.entry("waist", "84"),
              Map.entry("hip", "100"),
              Map.entry("inseam", "80"),
              Map.entry("fit", "slim"));
      JsonNode sneakers = customer.get("/api/profile/prefill/sneakers").body().get("design");
      assertThat(CustomerFactsApiTest.decisions(sneakers)).containsExactly(Map.entry("size", "43"));
      JsonNode pizza = customer.get("/api/profile/prefill/pizza").body().get("design");
      assertThat(pizza.get("decisions")).isEmpty();

      TestServer.Answer badKey = customer.put("/api/profile", "{\"facts\":{\"Waist\":\"84\"}}");
      assertThat(badKey.status()).isEqualTo(422);
      assertThat(badKey.body().get("field").asText()).isEqualTo("facts.Waist");
      TestServer.Answer notANumber =
          customer.put("/api/profile", "{\"facts\":{\"waist\":\"large\"}}");
      assertThat(notANumber.status()).isEqualTo(422);
      assertThat(customer.get("/api/profile").body().get("facts").get("waist").asText())
          .isEqualTo("84");
    }
  }
}
