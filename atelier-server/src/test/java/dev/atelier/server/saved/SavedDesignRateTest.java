package dev.atelier.server.saved;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.testing.ClassServer;
import dev.atelier.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One address saves at most {@link SavedDesignRoutes#SAVES_PER_MINUTE} designs a minute. */
@Tag("slow")
class SavedDesignRateTest {

  @RegisterExtension static final ClassServer shared = new ClassServer();

  private static final String DESIGN =
      "{\"design\":{\"product\":\"bicycle\",\"version\":\"2025.1\",\"decisions\":"
          + "[{\"attribute\":\"frame\",\"value\":\"steel\"}]}}";

  @Test
  void anonymousSavesBeyondTheRateAre429() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < SavedDesignRoutes.SAVES_PER_MINUTE; i++) {
      statuses.add(shared.server().post("/api/saved-designs", DESIGN).status());
    }
    assertThat(statuses).containsOnly(200);
    TestServer.Answer refused = shared.server().post("/api/saved-designs", DESIGN);
    assertThat(refused.status()).as(refused.text()).isEqualTo(429);
    assertThat(refused.body().get("detail").asText()).contains("saved designs");
    assertThat(shared.server().get("/api/saved-designs/nonexist").status())
        .as("reading is not limited")
        .isEqualTo(404);
  }
}
