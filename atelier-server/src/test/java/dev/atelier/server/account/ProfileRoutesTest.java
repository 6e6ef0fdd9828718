package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer profile: saved, checked against the product, private, and prefilling designs. */
class ProfileRoutesTest {

  @RegisterExtension static final ClassServer shared = new ClassServer();

  private static final String MEASUREMENTS =
      "{\"products\":{\"jeans\":{\"waist\":\"82\",\"hip\":\"98\",\"inseam\":\"81\"}}}";

  @Test
  void aCustomerSavesMeasurementsAndSeesThemBack() {
    TestServer server = shared.server();
    TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
    assertThat(customer.get("/api/profile").body().get("products")).isEmpty();
    TestServer.Answer saved = customer.put("/api/profile", MEASUREMENTS);
    assertThat(saved.status()).isEqualTo(200);
    JsonNode jeans = customer.get("/api/profile").body().get("products").get("jeans");
    assertThat(jeans.get("waist").asText()).isEqualTo("82");
    assertThat(jeans.get("inseam").asText()).isEqualTo("81");
  }

  @Test
  void valuesAreCheckedAgainstTheProductsAttributes() {
    TestServer server = shared.server();
    TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
    TestServer.Answer outOfRange =
        customer.put("/api/profile", "{\"products\":{\"jeans\":{\"waist\":\"20\"}}}");
    assertThat(outOfRange.status()).isEqualTo(422);
    assertThat(outOfRange.body().get("field").asText()).isEqualTo("products.jeans.waist");
    TestServer.Answer unknownAttribute =
        customer.put("/api/profile", "{\"products\":{\"jeans\":{\"shoe\":\"42\"}}}");
    assertThat(unknownAttribute.status()).isEqualTo(422);
    assertThat(unknownAttribute.body().get("attribute").asText()).isEqualTo("shoe");
    TestServer.Answer unknownValue =
        customer.put("/api/profile", "{\"products\":{\"jeans\":{\"fit\":\"baggy\"}}}");
    assertThat(unknownValue.status()).isEqualTo(422);
    TestServer.Answer unknownProduct =
        customer.put("/api/profile", "{\"products\":{\"rocket\":{\"x\":\"1\"}}}");
    assertThat(unknownProduct.status()).isEqualTo(422);
    assertThat(unknownProduct.body().get("field").asText()).isEqualTo("products.rocket");
    assertThat(customer.put("/api/profile", "{}").status()).isEqualTo(400);
    assertThat(customer.get("/api/profile").body().get("products")).isEmpty();
  }

  @Test
  void aPrefillKeepsTheValuesThatFitTogether() {
    TestServer server = shared.server();
    TestAccounts.Caller customer = TestAccounts.create(server, Role.CUSTOMER);
    // A hip narrower than the waist breaks the jeans' hip-over-waist rule: it is skipped.
    customer.put(
        "/api/profile",
        "{\"products\":{\"jeans\":{\"waist\":\"100\",\"hip\":\"90\",\"inseam\":\"80\"}}}");
    TestServer.Answer prefill = customer.get("/api/profile/prefill/jeans");
    assertThat(prefill.status()).isEqualTo(200);
    JsonNode design = prefill.body().get("design");
    assertThat(design.get("product").asText()).isEqualTo("jeans");
    assertThat(design.get("version").asText()).isEqualTo("2025.1");
    assertThat(design.get("decisions").toString())
        .contains("\"attribute\":\"waist\",\"value\":\"100\"")
        .contains("\"attribute\":\"inseam\",\"value\":\"80\"")
        .doesNotContain("\"hip\"");
    assertThat(prefill.body().get("skipped").toString()).contains("\"hip\"");
    // The prefilled design is a design the design routes accept.
    TestServer.Answer domains = customer.post("/api/designs/domains", design.toString());
    assertThat(domains.status()).isEqualTo(200);
    assertThat(customer.get("/api/profile/prefill/rocket").status()).isEqualTo(404);
    TestServer.Answer empty = customer.get("/api/profile/prefill/pizza");
    assertThat(empty.body().get("design").get("decisions")).isEmpty();
  }

  @Test
  void customersSeeOnlyTheirOwnProfile() {
    TestServer server = shared.server();
    TestAccounts.TwoCustomers two = TestAccounts.twoCustomers(server);
    assertThat(two.a().put("/api/profile", MEASUREMENTS).status()).isEqualTo(200);
    assertThat(two.b().get("/api/profile").body().get("products")).isEmpty();
    assertThat(two.b().get("/api/profile/prefill/jeans").body().get("design").get("decisions"))
        .isEmpty();
    assertThat(two.b().put("/api/profile", "{\"products\":{}}").status()).isEqualTo(200);
    assertThat(two.a().get("/api/profile").body().get("products").get("jeans")).isNotNull();
    assertThat(TestAccounts.anonymous(server).get("/api/profile").status()).isEqualTo(401);
  }

  @Test
  void factsAreStoredCanonicalAndNegativeOnesRefused() {
    TestAccounts.Caller c = TestAccounts.create(shared.server(), Role.CUSTOMER);
    TestServer.Answer saved = c.put("/api/profile", "{\"facts\":{\"inside-leg\":\"0080\"}}");
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(c.get("/api/profile").body().get("facts").get("inside-leg").asText())
        .isEqualTo("80");
    TestServer.Answer negative = c.put("/api/profile", "{\"facts\":{\"inside-leg\":\"-5\"}}");
    assertThat(negative.status()).as(negative.text()).isEqualTo(422);
    assertThat(negative.body().get("field").asText()).isEqualTo("facts.inside-leg");
  }
}
