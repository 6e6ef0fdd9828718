package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.account.AccountService;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.account.ApiTokenStore;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Role;
import dev.atelier.server.http.Route;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every route of the real route table, called by every role (and anonymously), by session cookie
 * and by API token: 401 and 403 exactly where the route's {@link Access} says, never 500. Routes
 * added later are covered because the test iterates the table.
 */
class AuthorizationSuiteTest {

  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  /** Path parameters that name something real; other parameters get an id nobody has. */
  private static final Map<String, String> PARAMS = Map.of("product", "jeans", "version", "2025.1");

  private static String path(Route route) {
    Matcher m = PARAM.matcher(route.path());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, PARAMS.getOrDefault(m.group(1), "987654"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static TestServer.Answer call(TestAccounts.Caller caller, Route route) {
    return caller.send(route.method().name(), path(route), route.request() == null ? null : "{}");
  }

  private static List<Route> table(TestServer server) {
    AccountService accounts = new AccountService(server.database, AccountSettings.cheap());
    return AtelierApi.routes(
        ApiWiring.of(server.catalogue, server.database, AtelierApi.Options.defaults(0))
            .withAccounts(accounts));
  }

  @Test
  void everyRouteAnswers401And403ExactlyWhereItsAccessSays() {
    try (TestServer server = new TestServer()) {
      List<Route> routes = table(server);
      assertThat(routes).hasSizeGreaterThan(15);
      assertThat(routes.stream().map(Route::access).distinct())
          .contains(Access.PUBLIC, Access.SIGNED_IN, Access.PRODUCT_MANAGER, Access.ADMIN);
      List<String> checked = new ArrayList<>();
      for (Route route : routes) {
        String what = route.method() + " " + route.path();
        TestServer.Answer anonymous = call(TestAccounts.anonymous(server), route);
        assertThat(anonymous.status()).as(what + " anonymous").isNotEqualTo(500);
        if (route.access() == Access.PUBLIC) {
          assertThat(anonymous.status()).as(what + " anonymous").isNotIn(401, 403);
        } else {
          assertThat(anonymous.status()).as(what + " anonymous").isEqualTo(401);
        }
        for (Role role : Role.values()) {
          // A fresh account per call: a call may sign out or change what the next one sees.
          TestAccounts.Caller byCookie = TestAccounts.create(server, role);
          String token =
              new ApiTokenStore(server.database)
                  .create(byCookie.accountId(), "suite", Instant.now())
                  .token();
          for (TestAccounts.Caller caller : List.of(byCookie, byCookie.withToken(token))) {
            String as = what + " as " + role + (caller.bearer() != null ? " by token" : "");
            TestServer.Answer answer = call(caller, route);
            assertThat(answer.status()).as(as).isNotEqualTo(500).isNotEqualTo(401);
            boolean forbidden =
                answer.status() == 403
                    && answer.body().path("type").asText().equals("/problems/forbidden");
            assertThat(forbidden)
                .as(as + ": " + answer.text())
                .isEqualTo(!route.access().allows(role));
            checked.add(as);
          }
        }
      }
      assertThat(checked).hasSize(routes.size() * Role.values().length * 2);
    }
  }

  @Test
  void theTableIsTheServersRouteSet() {
    try (TestServer server = new TestServer()) {
      assertThat(
              table(server).stream()
                  .map(r -> r.method().name().toUpperCase(Locale.ROOT) + " " + r.path())
                  .toList())
          .containsExactlyInAnyOrderElementsOf(server.server.registeredRoutes());
    }
  }
}
