package dev.atelier.server.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Role;
import dev.atelier.server.testing.OrderServer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code POST /api/work-centres/{id}/exceptions} attacked over the wire on H2 and PostgreSQL: a day
 * years away (+999999999-12-31 was kept: on H2 as that day, on PostgreSQL as 'infinity') and
 * minutes outside the declared range are a 422 naming the field, and no exception is written; a day
 * within the horizon is kept. Slow: a server per database.
 */
@Tag("slow")
class CapacityExceptionEdgesTest {

  private static final long ADMIN = 1;
  private static final String PATH = "/api/work-centres/assembly/exceptions";

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void daysFarAwayAndMinutesOutOfRangeAreRefusedNamingTheField(TestDatabases.Kind kind) {
    try (OrderServer server = OrderServer.fresh(kind)) {
      JsonNode before = exceptions(server);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      SoftAssertions soft = new SoftAssertions();
      for (String day :
          List.of(
              "+999999999-12-31",
              "-999999999-01-01",
              "0000-01-01",
              "9999-12-31",
              today.plusYears(11).toString(),
              today.minusYears(11).toString())) {
        OrderServer.Answer a = set(server, "{\"date\":\"" + day + "\",\"minutes\":5}");
        soft.assertThat(a.status()).as(day + ": " + a.text()).isEqualTo(422);
        soft.assertThat(a.body().path("field").asText()).as(day).isEqualTo("date");
        soft.assertThat(a.body().path("detail").asText()).as(day).contains("10 years", day);
      }
      for (String minutes : List.of("-1", "1441", "2147483647")) {
        String body = "{\"date\":\"" + today.plusDays(3) + "\",\"minutes\":" + minutes + "}";
        OrderServer.Answer a = set(server, body);
        soft.assertThat(a.status()).as(minutes + ": " + a.text()).isEqualTo(422);
        soft.assertThat(a.body().path("field").asText()).as(minutes).isEqualTo("minutes");
        soft.assertThat(a.body().path("detail").asText()).as(minutes).contains("from 0 to 1440");
      }
      soft.assertAll();
      assertThat(exceptions(server)).isEqualTo(before);

      String near = today.plusYears(2).toString();
      OrderServer.Answer kept = set(server, "{\"date\":\"" + near + "\",\"minutes\":0}");
      assertThat(kept.status()).as(kept.text()).isEqualTo(200);
      assertThat(exceptions(server).path(near).asInt(-1)).isZero();
    }
  }

  private static OrderServer.Answer set(OrderServer server, String body) {
    return server.postAs(PATH, ADMIN, Role.ADMIN, body);
  }

  private static JsonNode exceptions(OrderServer server) {
    OrderServer.Answer list = server.get("/api/work-centres", ADMIN, Role.STAFF);
    assertThat(list.status()).isEqualTo(200);
    for (JsonNode w : list.body().path("workCentres")) {
      if (w.path("id").asText().equals("assembly")) {
        return w.path("exceptions");
      }
    }
    throw new AssertionError("no work centre 'assembly' in " + list.text());
  }
}
