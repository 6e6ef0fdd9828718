package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.account.AccountService;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.account.ApiTokenStore;
import dev.atelier.server.http.Access;
import dev.atelier.server.http.Role;
import dev.atelier.server.http.Route;
import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.TestAccounts;
import dev.atelier.server.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every route of the real route table, called by every role (and anonymously), by session cookie
 * and by API token: 401 and 403 exactly where the route's {@link Access} says, never 500. Routes
 * added later are covered because the test iterates the table. One server for the class: each call
 * is made by an account of its own.
 */
class AuthorizationSuiteTest {

  @RegisterExtension static final ClassServer shared = new ClassServer();

  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  /** Path parameters that name something real; other parameters get an id nobody has. */
  private static final Map<String, String> PARAMS = Map.of("product", "jeans", "version", "2025.1");

  /**
   * Routes asked about a version nobody has. Who may call is decided before a route looks for its
   * version, and the impact of a real demo version costs the engine 5 to 30 s of counting (jeans 16
   * s, 4 calls here: three quarters of this class's time); StudioApiTest asks for a real impact.
   */
  private static final Set<String> NO_SUCH_VERSION =
      Set.of("/api/studio/products/{product}/versions/{version}/impact");

  private static String path(Route route) {
    Matcher m = PARAM.matcher(route.path());
    StringBuilder out = new StringBuilder();
    boolean noSuchVersion = NO_SUCH_VERSION.contains(route.path());
    while (m.find()) {
      String name = m.group(1);
      boolean real = PARAMS.containsKey(name) && !(noSuchVersion && name.equals("version"));
      m.appendReplacement(out, real ? PARAMS.get(name) : "987654");
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
        ApiWiring.of(server.catalogue, server.database, ServerOptions.defaults(0))
            .withAccounts(accounts));
  }

  @Test
  void everyRouteAnswers401And403ExactlyWhereItsAccessSays() {
    TestServer server = shared.server();
    List<Route> routes = table(server);
    assertThat(routes).hasSizeGreaterThan(15);
    assertThat(routes.stream().map(Route::path)).containsAll(NO_SUCH_VERSION);
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

  @Test
  void theTableIsTheServersRouteSet() {
    TestServer server = shared.server();
    assertThat(
            table(server).stream()
                .map(r -> r.method().name().toUpperCase(Locale.ROOT) + " " + r.path())
                .toList())
        .containsExactlyInAnyOrderElementsOf(server.server.registeredRoutes());
  }
}
