package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

/**
 * {@link JsonBodies#read} in tests: the problem of a refused body, the value of an accepted one.
 */
final class JsonBodyReads {

  private JsonBodyReads() {}

  /** The problem {@code body} is refused with, read as {@code type}; fails when it is read. */
  static <T> Problem refused(byte[] body, Class<T> type) {
    Outcome<T> read = JsonBodies.read(body, type);
    assertThat(read).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected<T>) read).problem();
  }

  /** The problem {@code json} is refused with, read as {@code type}; fails when it is read. */
  static <T> Problem refused(String json, Class<T> type) {
    return refused(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /** {@code json} read as {@code type}; fails when it is refused. */
  static <T> T read(String json, Class<T> type) {
    Outcome<T> read = JsonBodies.read(json.getBytes(StandardCharsets.UTF_8), type);
    assertThat(read).isInstanceOf(Outcome.Ok.class);
    return ((Outcome.Ok<T>) read).value();
  }
}
