package dev.atelier.server.feedback;

import dev.atelier.server.testing.BrowserFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The feedback loop in a browser at desktop size, on H2 ({@link FeedbackLoopWalk}). */
class BrowserFeedbackLoopTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void wishesReachTheDepartmentAndAPublishedVersionMeetsThem() {
    FeedbackLoopWalk.walk(browser, 1280, 900, "desktop-h2");
  }
}
