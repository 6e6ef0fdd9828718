package dev.atelier.server.feedback;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.TestServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The feedback loop in a browser at phone size, on PostgreSQL ({@link FeedbackLoopWalk}); slow (a
 * second browser walk), so in the slow profile.
 */
class BrowserFeedbackLoopPostgresTest {

  @RegisterExtension
  static final BrowserFixture browser =
      new BrowserFixture(
          () ->
              new TestServer(
                  TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL),
                  ServerOptions.defaults(0),
                  AccountSettings.cheap()));

  @Test
  @Tag("slow")
  void wishesReachTheDepartmentAndAPublishedVersionMeetsThem() {
    FeedbackLoopWalk.walk(browser, 390, 844, "phone-postgresql");
  }
}
