package dev.atelier.server.http;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The slow-client benchmark of issue 13 item 1 (not a test): a real server in this JVM, N sockets
 * from 127.0.0.1 each sending {@code POST /api/designs/domains} with {@code Content-Length: 60000}
 * one byte every 5 s (reopened when the server closes them), and meanwhile {@code GET
 * /api/products} on new connections from 127.0.0.2, whose latency is reported (p50, p95, max).
 * Arguments: [SOCKETS=1000] [CONNECTIONS_PER_ADDRESS=default] [GETS=300].
 */
final class SlowClients {

  private static final byte[] HEAD =
      ("POST /api/designs/domains HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
              + "Content-Length: 60000\r\n\r\n{")
          .getBytes(StandardCharsets.US_ASCII);

  private SlowClients() {}

  public static void main(String[] args) throws InterruptedException {
    int sockets = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int cap =
        args.length > 1 ? Integer.parseInt(args[1]) : Limits.defaults().connectionsPerAddress();
    int gets = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    Limits limits = Limits.defaults().withConnectionsPerAddress(cap);
    try (TestServer server =
        new TestServer(ServerOptions.defaults(0).withLimits(limits), TestServer.HEADER_AUTH)) {
      int port = server.server.port();
      Slow slow = new Slow(port, sockets);
      Thread feeder = new Thread(slow, "slow-clients");
      feeder.setDaemon(true);
      feeder.start();
      Thread.sleep(3_000); // all sockets opened once
      long[] nanos = new long[gets];
      int failed = 0;
      for (int i = 0; i < gets; i++) {
        long start = System.nanoTime();
        int status;
        try (Socket s = RawHttp.open(port, "127.0.0.2")) {
          s.getOutputStream()
              .write(RawHttp.get("/api/products").getBytes(StandardCharsets.US_ASCII));
          status = RawHttp.read(s.getInputStream()).status();
        } catch (IOException | UncheckedIOException e) {
          status = -1;
        }
        nanos[i] = System.nanoTime() - start;
        if (status != 200) {
          failed++;
        }
        Thread.sleep(50);
      }
      slow.stop = true;
      Arrays.sort(nanos);
      System.out.printf(
          "slow sockets %d (cap per address %d): open now %d, opened in all %d, closed by the"
              + " server %d%n",
          sockets, cap, slow.open(), slow.opened, slow.closed);
      System.out.printf(
          "GET /api/products x%d from 127.0.0.2: p50 %.1f ms, p95 %.1f ms, max %.1f ms, not 200:"
              + " %d%n",
          gets,
          nanos[gets / 2] / 1e6,
          nanos[(int) Math.ceil(gets * 0.95) - 1] / 1e6,
          nanos[gets - 1] / 1e6,
          failed);
    }
  }

  /** Keeps the slow sockets open and dripping; confined to its thread but for the counters. */
  private static final class Slow implements Runnable {
    final int port;
    final Socket[] sockets;
    final long[] last;
    volatile boolean stop;
    volatile long opened;
    volatile long closed;

    Slow(int port, int n) {
      this.port = port;
      this.sockets = new Socket[n];
      this.last = new long[n];
    }

    int open() {
      int n = 0;
      for (Socket s : sockets) {
        n += s != null ? 1 : 0;
      }
      return n;
    }

    @Override
    public void run() {
      while (!stop) {
        long now = System.nanoTime();
        for (int i = 0; i < sockets.length && !stop; i++) {
          try {
            if (sockets[i] == null) {
              Socket s = RawHttp.open(port, "127.0.0.1");
              s.getOutputStream().write(HEAD);
              sockets[i] = s;
              last[i] = now;
              opened++;
            } else if (now - last[i] > 5_000_000_000L) {
              sockets[i].getOutputStream().write('[');
              last[i] = now;
            }
          } catch (IOException | UncheckedIOException e) {
            close(i);
          }
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < sockets.length; i++) {
        all.add(i);
      }
      all.forEach(this::close);
    }

    private void close(int i) {
      if (sockets[i] != null) {
        try {
          sockets[i].close();
        } catch (IOException e) {
          // already gone
        }
        sockets[i] = null;
        closed++;
      }
    }
  }
}
