package dev.atelier.server.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the open connections of one client address: a connection beyond the cap is closed as soon as
 * it opens (the client sees a reset, no answer). Behind a proxy every client has the proxy's
 * address; raise the cap there. Thread-safe.
 */
final class AddressConnections implements Connection.Listener {

  private static final Logger LOG = LoggerFactory.getLogger(AddressConnections.class);

  private final int cap;
  private final ConcurrentHashMap<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();
  private final LogSample refused = new LogSample(1000);

  /** The connections counted in {@link #open}, with their address (refused ones are not). */
  private final ConcurrentHashMap<Connection, InetAddress> counted = new ConcurrentHashMap<>();

  AddressConnections(int cap) {
    this.cap = cap;
  }

  @Override
  public void onOpened(Connection connection) {
    InetAddress address = address(connection);
    if (address == null) {
      return;
    }
    int now = open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
    if (now <= cap) {
      counted.put(connection, address);
    } else {
      release(address);
      if (refused.next()) {
        LOG.info("closing connections of {} beyond {} (first of up to 1000 such)", address, cap);
      }
      connection.getEndPoint().close();
    }
  }

  @Override
  public void onClosed(Connection connection) {
    InetAddress address = counted.remove(connection);
    if (address != null) {
      release(address);
    }
  }

  private void release(InetAddress address) {
    open.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
  }

  /** Connections beyond the cap closed so far. */
  int refused() {
    return (int) refused.seen();
  }

  private static @Nullable InetAddress address(Connection connection) {
    SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
    return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
  }
}
