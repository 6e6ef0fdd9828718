package dev.atelier.server.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request head (request line and headers) takes longer than {@link
 * Limits#headerTimeout} once begun: Jetty's idle timeout alone lets a client sending a byte every
 * few seconds keep a connection for as long as its headers may grow. Each connection is looked at
 * once a period; one found twice in the middle of the same head is closed (no answer: the request
 * is not there to answer), so a head may take one to two periods. Costs no thread between looks.
 * Thread-safe.
 */
final class SlowHeads implements Connection.Listener {

  private static final Logger LOG = LoggerFactory.getLogger(SlowHeads.class);

  private final long periodMillis;
  private final LogSample closed = new LogSample(1000);

  SlowHeads(Duration headerTimeout) {
    this.periodMillis = headerTimeout.toMillis();
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      new Watch(http).schedule();
    }
  }

  @Override
  public void onClosed(Connection connection) {
    // its watch sees the endpoint closed and stops
  }

  /** Heads cut off so far. */
  int closed() {
    return (int) closed.seen();
  }

  /** Looks at one connection once a period. Confined to the scheduler's thread. */
  private final class Watch implements Runnable {
    private final HttpConnection http;
    private long midHeadOf = -1;

    Watch(HttpConnection http) {
      this.http = http;
    }

    void schedule() {
      http.getConnector().getScheduler().schedule(this, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
      if (!http.getEndPoint().isOpen()) {
        return;
      }
      boolean midHead = !http.getParser().isStart() && http.getParser().inHeaderState();
      long message = http.getMessagesIn();
      if (midHead && message == midHeadOf) {
        if (closed.next()) {
          LOG.info(
              "closing the connection of {}: a request head took over {} ms (first of up to 1000)",
              http.getEndPoint().getRemoteSocketAddress(),
              periodMillis);
        }
        http.getEndPoint().close();
        return;
      }
      midHeadOf = midHead ? message : -1;
      schedule();
    }
  }
}
