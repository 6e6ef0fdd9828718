package dev.atelier.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Role;
import dev.atelier.server.http.Route;
import dev.atelier.server.testing.TestServer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's request fuzzer: 10,000 seeded mutations ({@link FuzzMutations}) of a valid request for
 * every route of the table ({@link FuzzSeeds}), as a customer and as an admin, on H2. No answer is
 * a 5xx; a 4xx writes nothing (the row count of every table is the same before and after); the
 * server still answers afterwards.
 */
class RequestFuzzTest {

  private static final int MUTATIONS = 10_000;
  private static final long SEED = 13;

  /**
   * Tables a refused request may legitimately change: a failed sign-in is counted (issue 13 item
   * 3); design events are recorded in the background (a refusal is an event) and may land after a
   * later request.
   */
  private static final Set<String> WRITTEN_ON_REFUSAL = Set.of("LOGIN_FAILURE", "DESIGN_EVENT");

  /**
   * Known findings in other engineers' areas, excluded until their fixes are merged (route,
   * substring of the mutation). Remove an entry when its fix is in.
   */
  /** Findings known and not fixed yet, as {route, part of the finding}: none at present. */
  private static final List<List<String>> KNOWN = List.of();

  /** One failed case. */
  record Finding(String route, Role role, String what, int status, String detail) {}

  @Test
  void tenThousandMutationsAnswerNo5xxAndWriteNothingWhenRefused() {
    try (TestServer server =
        new TestServer(Database.inMemory(), AccountSettings.cheap(), TestServer.HEADER_AUTH)) {
      Map<String, String> ids = new LinkedHashMap<>();
      Map<String, String> bodies = FuzzSeeds.bodies(server, ids);
      List<FuzzSeeds.Seed> seeds = new ArrayList<>();
      for (Route r :
          AtelierApi.routes(
              ApiWiring.of(server.catalogue, server.database, ServerOptions.defaults(0)))) {
        String route = r.method().name().toUpperCase(Locale.ROOT) + " " + r.path();
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = FuzzSeeds.PARAM.matcher(r.path());
        while (m.find()) {
          params.put(m.group(1), FuzzSeeds.param(r.path(), m.group(1), ids));
        }
        String body = bodies.get(route);
        assertThat(body == null).as("a valid body for " + route).isEqualTo(r.request() == null);
        seeds.add(
            new FuzzSeeds.Seed(
                route, r.method().name().toUpperCase(Locale.ROOT), r.path(), params, body));
      }
      assertThat(seeds).hasSizeGreaterThan(70);

      FuzzMutations mutations = new FuzzMutations(SEED);
      List<Finding> findings = new ArrayList<>();
      Map<String, Long> before = counts(server);
      long sending = 0;
      long cpu = cpuNanos();
      long counting = 0;
      for (int i = 0; i < MUTATIONS; i++) {
        FuzzSeeds.Seed seed = seeds.get(i % seeds.size());
        Role role = mutations.random().nextBoolean() ? Role.CUSTOMER : Role.ADMIN;
        FuzzMutations.Mutant m = mutations.mutate(seed.body(), seed.params());
        long t0 = System.nanoTime();
        HttpResponse<String> answer = send(server, seed, role, m);
        long t1 = System.nanoTime();
        Map<String, Long> after = counts(server);
        sending += t1 - t0;
        counting += System.nanoTime() - t1;
        String what = "#" + i + " " + m.what();
        if (answer == null) {
          if (m.body() == null || m.body().length <= 64 * 1024) {
            findings.add(new Finding(seed.route(), role, what, -1, "no answer"));
          }
        } else if (answer.statusCode() >= 500) {
          findings.add(finding(seed, role, what, answer, answer.body()));
        } else if (answer.statusCode() >= 400 && !changed(before, after).isEmpty()) {
          findings.add(finding(seed, role, what, answer, "wrote " + changed(before, after)));
        }
        before = after;
        if (i % 500 == 0) {
          assertThat(server.get("/api/products").status())
              .as("still answers after " + i)
              .isEqualTo(200);
        }
      }
      assertThat(server.get("/api/products").status()).isEqualTo(200);
      System.out.printf(
          "fuzz: %d requests, sending %d ms, counting %d ms, JVM CPU %d ms%n",
          MUTATIONS, sending / 1_000_000, counting / 1_000_000, (cpuNanos() - cpu) / 1_000_000);
      List<Finding> unknown = findings.stream().filter(f -> !known(f)).toList();
      unknown.forEach(f -> System.out.println("FUZZ-FINDING " + f));
      assertThat(unknown).as("%d findings", unknown.size()).isEmpty();
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static boolean known(Finding f) {
    return KNOWN.stream()
        .anyMatch(
            k -> f.route().equals(k.get(0)) && (f.what() + " " + f.detail()).contains(k.get(1)));
  }

  private static Finding finding(
      FuzzSeeds.Seed seed, Role role, String what, HttpResponse<String> answer, String detail) {
    return new Finding(
        seed.route(),
        role,
        what,
        answer.statusCode(),
        FuzzMutations.abbreviate(detail == null ? "" : detail.replace('\n', ' ')));
  }

  private static HttpResponse<String> send(
      TestServer server, FuzzSeeds.Seed seed, Role role, FuzzMutations.Mutant m) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.uri("").toString() + seed.path(m.params())))
            .timeout(Duration.ofSeconds(30))
            .header(TestServer.ROLE_HEADER, role.name())
            .header("Idempotency-Key", "fuzz-" + UUID.randomUUID());
    if (m.body() == null) {
      b.method(seed.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      b.header(
          "Content-Type", seed.route().endsWith("/yaml") ? "application/yaml" : "application/json");
      b.method(seed.method(), HttpRequest.BodyPublishers.ofByteArray(m.body()));
    }
    try {
      return TestServer.exchange(b.build());
    } catch (UncheckedIOException e) {
      // The server may close the connection on an oversized body while it is still being sent.
      return null;
    }
  }

  private static Map<String, Long> counts(TestServer server) {
    return server
        .database
        .jdbi()
        .withHandle(
            h -> {
              List<String> tables =
                  h.createQuery(
                          "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA ="
                              + " 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")
                      .mapTo(String.class)
                      .list();
              StringBuilder sql = new StringBuilder("SELECT ");
              for (int i = 0; i < tables.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                    .append("(SELECT COUNT(*) FROM \"")
                    .append(tables.get(i))
                    .append("\")");
              }
              Map<String, Long> out = new TreeMap<>();
              h.createQuery(sql.toString())
                  .map(
                      (rs, ctx) -> {
                        for (int i = 0; i < tables.size(); i++) {
                          out.put(tables.get(i), rs.getLong(i + 1));
                        }
                        return out;
                      })
                  .one();
              return out;
            });
  }

  private static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
    List<String> out = new ArrayList<>();
    after.forEach(
        (table, n) -> {
          if (!WRITTEN_ON_REFUSAL.contains(table) && !n.equals(before.get(table))) {
            out.add(table + " " + before.get(table) + "->" + n);
          }
        });
    return out;
  }
}
