package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A server's request activity: quiet only with no request in flight and none ended recently. */
class RequestActivityTest {

  @Test
  void isQuietOnlyWithNoRequestInFlightAndNoneEndedWithinTheGivenTime() {
    RequestActivity activity = new RequestActivity();
    assertThat(activity.quietFor(Duration.ZERO)).isTrue();

    activity.started();
    activity.started();
    assertThat(activity.quietFor(Duration.ZERO)).isFalse();
    activity.ended();
    assertThat(activity.quietFor(Duration.ZERO)).as("one still in flight").isFalse();
    activity.ended();
    assertThat(activity.quietFor(Duration.ZERO)).isTrue();
    assertThat(activity.quietFor(Duration.ofHours(1))).as("one just ended").isFalse();
  }
}
