package dev.atelier.server.saved;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.design.DesignJson.Price;
import dev.atelier.server.http.Role;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A signed-in customer's saved designs ("My designs"), on H2 and PostgreSQL: saved with a name and
 * texts, listed newest first only to their owner, renamed and deleted only by them (another
 * customer's id answers 404 like an unknown one); anonymous designs belong to nobody and the share
 * link never shows the owner's texts; a name with a bidirectional override is refused.
 */
class OwnDesignsTest {

  private static final String DESIGN =
      "{\"product\":\"bicycle\",\"version\":\"2025.1\",\"decisions\":"
          + "[{\"attribute\":\"frame\",\"value\":\"steel\"}]}";

  private static String save(String name) {
    return "{\"design\":"
        + DESIGN
        + ",\"name\":\""
        + name
        + "\",\"texts\":{\"gift_note\":\"For Ada\"}}";
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void eachCustomerSeesRenamesAndDeletesOnlyTheirOwnDesigns(TestDatabases.Kind kind) {
    try (TestServer server = TestServer.withAccounts(kind)) {
      TestAccounts.TwoCustomers two = TestAccounts.twoCustomers(server);
      TestAccounts.Caller alice = two.a();
      TestAccounts.Caller bob = two.b();

      TestServer.Answer first = alice.post("/api/saved-designs", save("Town bike"));
      assertThat(first.status()).as(first.text()).isEqualTo(200);
      assertThat(first.body().get("name").asText()).isEqualTo("Town bike");
      TestServer.Answer second = alice.post("/api/saved-designs", save("  Steel for Ada  "));
      String id = second.body().get("id").asText();
      TestServer.Answer anonymous =
          TestAccounts.anonymous(server).post("/api/saved-designs", save("Nobody's"));
      assertThat(anonymous.status()).isEqualTo(200);
      assertThat(anonymous.body().get("name").isNull()).isTrue();

      // Alice's list: hers only, newest first, with names and texts.
      TestServer.Answer mine = alice.get("/api/account/designs");
      assertThat(mine.status()).isEqualTo(200);
      assertThat(mine.body().get("designs").findValuesAsText("name"))
          .containsExactly("Steel for Ada", "Town bike");
      assertThat(mine.body().get("designs").get(0).get("texts").get("gift_note").asText())
          .isEqualTo("For Ada");
      assertThat(mine.body().get("designs").get(0).get("link").asText()).isEqualTo("/d/" + id);
      // The share link's answer has the name but neither the owner nor the texts.
      TestServer.Answer shared = TestAccounts.anonymous(server).get("/api/saved-designs/" + id);
      assertThat(shared.status()).isEqualTo(200);
      assertThat(shared.text()).doesNotContain("For Ada").doesNotContain("owner");

      // Bob sees none of them and can neither rename nor delete them: 404 as for an unknown id.
      assertThat(bob.get("/api/account/designs").body().get("designs")).isEmpty();
      TestServer.Answer unknown = bob.delete("/api/saved-designs/zzzzzzzz");
      assertThat(unknown.status()).isEqualTo(404);
      TestServer.Answer notHis = bob.delete("/api/saved-designs/" + id);
      assertThat(notHis.status()).isEqualTo(404);
      assertThat(notHis.body().get("type")).isEqualTo(unknown.body().get("type"));
      assertThat(bob.send("PATCH", "/api/saved-designs/" + id, "{\"name\":\"Mine now\"}").status())
          .isEqualTo(404);
      String anonymousId = anonymous.body().get("id").asText();
      assertThat(bob.delete("/api/saved-designs/" + anonymousId).status()).isEqualTo(404);
      assertThat(TestAccounts.anonymous(server).delete("/api/saved-designs/" + id).status())
          .isEqualTo(401);

      // Alice renames one (a blank name is refused) and deletes the other.
      assertThat(alice.send("PATCH", "/api/saved-designs/" + id, "{\"name\":\" \"}").status())
          .isEqualTo(400);
      // Anyone with the link reads the name: a bidirectional override is refused, nothing kept.
      TestServer.Answer bidi =
          alice.send("PATCH", "/api/saved-designs/" + id, "{\"name\":\"a\\u202Eb\"}");
      assertThat(bidi.status()).as(bidi.text()).isEqualTo(422);
      assertThat(bidi.body().get("field").asText()).isEqualTo("name");
      TestServer.Answer bidiSave = alice.post("/api/saved-designs", save("x\\u202Ey"));
      assertThat(bidiSave.status()).as(bidiSave.text()).isEqualTo(422);
      assertThat(alice.get("/api/account/designs").body().get("designs").findValuesAsText("name"))
          .containsExactly("Steel for Ada", "Town bike");
      TestServer.Answer renamed =
          alice.send("PATCH", "/api/saved-designs/" + id, "{\"name\":\"Ada's bike\"}");
      assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
      assertThat(renamed.body().get("name").asText()).isEqualTo("Ada's bike");
      String firstId = first.body().get("id").asText();
      assertThat(alice.delete("/api/saved-designs/" + firstId).status()).isEqualTo(200);
      assertThat(alice.get("/api/account/designs").body().get("designs").findValuesAsText("name"))
          .containsExactly("Ada's bike");
      assertThat(server.get("/api/saved-designs/" + firstId).status()).isEqualTo(404);
      assertThat(server.get("/api/saved-designs/" + id).status()).isEqualTo(200);
      assertThat(TestAccounts.create(server, Role.ADMIN).get("/api/account/designs").body())
          .hasToString("{\"designs\":[],\"next\":null}");
    }
  }

  /**
   * A customer with 500 designs (stored directly: saving is limited to 60 a minute) reaches every
   * one, page by page; a cursor that is not one is a 400 naming {@code before}.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aCustomerWithFiveHundredDesignsPagesThroughAll(TestDatabases.Kind kind) {
    try (TestServer server = TestServer.withAccounts(kind)) {
      TestAccounts.TwoCustomers two = TestAccounts.twoCustomers(server);
      TestAccounts.Caller alice = two.a();
      SavedDesigns store = new JdbiSavedDesigns(server.database);
      Design design = new Design("bicycle", "2025.1", List.of(new Choice("frame", "steel")));
      Price price = new Price("EUR", 100, 100, false, List.of());
      Instant start = Instant.parse("2026-01-01T00:00:00Z");
      for (int i = 0; i < 500; i++) {
        store.insert(
            new SavedDesign(
                String.format("many%04d", i),
                design,
                price,
                start.plusSeconds(i / 2),
                alice.accountId(),
                "design " + i,
                Map.of(),
                Map.of()));
      }
      Set<String> seen = new HashSet<>();
      List<Integer> sizes = new ArrayList<>();
      String path = "/api/account/designs";
      String previous = null;
      while (path != null) {
        TestServer.Answer page = alice.get(path);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        List<String> names = page.body().get("designs").findValuesAsText("name");
        sizes.add(names.size());
        for (String name : names) {
          assertThat(seen.add(name)).as(name).isTrue();
          int n = Integer.parseInt(name.substring("design ".length()));
          if (previous != null) {
            assertThat(n).as("newest first").isLessThan(Integer.parseInt(previous));
          }
          previous = Integer.toString(n);
        }
        JsonNode next = page.body().get("next");
        path = next.isNull() ? null : "/api/account/designs?before=" + next.asText();
      }
      assertThat(sizes).containsExactly(200, 200, 100);
      assertThat(seen).hasSize(500);
      assertThat(two.b().get("/api/account/designs").body().get("designs")).isEmpty();
      for (String bad :
          List.of(
              "x",
              "1.",
              ".many0001",
              "1.a%2Fb",
              "9".repeat(30) + ".a",
              "-1.a",
              "999999999999999999.a",
              "1.a%E2%80%AE",
              "1.a'--")) {
        TestServer.Answer refused = alice.get("/api/account/designs?before=" + bad);
        assertThat(refused.status()).as(bad).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("before");
      }
    }
  }
}
