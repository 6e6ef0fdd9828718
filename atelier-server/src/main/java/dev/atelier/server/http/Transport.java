package dev.atelier.server.http;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * The Jetty underneath Javalin, set up for hostile clients ({@link Limits}): one connector with an
 * idle timeout, a cap on connections per address and a time limit for request heads ({@link
 * SlowHeads}), bodies read before a worker thread is taken ({@link BodyFirst}), a bounded number of
 * requests with a body handled at once so the remaining threads always answer reads, security
 * headers on every response, and Jetty's own errors as problem+json. Stateless.
 */
final class Transport {

  private Transport() {}

  static void configure(
      JavalinConfig config, String host, int port, long bodyLimit, Limits limits) {
    config.jetty.modifyServer(
        server -> {
          QoSHandler bodies = new QoSHandler();
          bodies.setMaxRequestCount(limits.bodyRequests());
          bodies.setMaxSuspend(limits.bodyWait());
          bodies.setMaxSuspendedRequestCount(10_000);
          bodies.includeMethod("POST", "PUT", "PATCH", "DELETE");
          // Javalin puts its servlet context inside the innermost wrapper (the QoS handler).
          server.setHandler(new SecurityHeaders(new BodyFirst(limits, bodyLimit, bodies)));
          server.setErrorHandler(new JettyErrors());
        });
    config.jetty.addConnector(
        (server, http) -> {
          http.setSendServerVersion(false);
          ServerConnector connector =
              new ServerConnector(server, new HeaderNamingConnections(http));
          connector.setHost(host);
          connector.setPort(port);
          connector.setIdleTimeout(limits.idleTimeout().toMillis());
          connector.addBean(new AddressConnections(limits.connectionsPerAddress()));
          connector.addBean(new SlowHeads(limits.headerTimeout()));
          return connector;
        });
  }

  /** Whether {@code e} says the client closed the connection (nothing to answer, no fault here). */
  static boolean isClientAbort(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EofException || t instanceof ClosedChannelException) {
        return true;
      }
      if (t instanceof IOException
          && t.getMessage() != null
          && (t.getMessage().contains("Broken pipe")
              || t.getMessage().contains("Connection reset"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The innermost cause of {@code e}, in one line. */
  static String cause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
