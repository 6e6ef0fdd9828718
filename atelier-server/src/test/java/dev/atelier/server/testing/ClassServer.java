package dev.atelier.server.testing;

import dev.atelier.server.ServerOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestServer} (in-memory H2) for all tests of a class, for tests that each use accounts
 * and data of their own: started before the first test, closed after the last. A new server costs
 * its migrations and the background compilation of the demo models, so a class that does not need a
 * fresh database per test should not pay for one. Register it as {@code @RegisterExtension static
 * final ClassServer shared = new ClassServer();} and take {@link #server()} in each test.
 */
public final class ClassServer implements BeforeAllCallback, AfterAllCallback {

  private final ServerOptions options;
  private TestServer server;

  /** A class server with the default options. */
  public ClassServer() {
    this(ServerOptions.defaults(0));
  }

  /** A class server with {@code options} (e.g. a session pool, other budgets). */
  public ClassServer(ServerOptions options) {
    this.options = options;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = new TestServer(options);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  /** The class's server; only between the class's first and last test. */
  public TestServer server() {
    if (server == null) {
      throw new IllegalStateException("ClassServer is not registered as a static extension");
    }
    return server;
  }
}
