package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

/** One statement of null checks names the first null value as Objects.requireNonNull does. */
class RequireTest {

  @Test
  void theFirstNullIsNamed() {
    Throwable thrown = catchThrowable(() -> Require.nonNull("a b c", "x", null, null));

    assertThat(thrown).isInstanceOf(NullPointerException.class).hasMessage("b");
  }

  @Test
  void noNullsPassQuietly() {
    Throwable thrown = catchThrowable(() -> Require.nonNull("a b", "x", 1));

    assertThat(thrown).isNull();
  }
}
