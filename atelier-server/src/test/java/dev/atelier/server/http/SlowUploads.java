package dev.atelier.server.http;

import dev.atelier.server.ServerOptions;
import dev.atelier.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The slow-upload benchmark of session 11 (not a test): a real server in this JVM with the default
 * limits; UPLOADS sockets send {@code POST /api/uploads} declaring 1,000,000 bytes and then 3 bytes
 * a second, HEADERS sockets send a request's headers 3 bytes a second, spread over 10 loopback
 * addresses (127.0.1.1-10, within the connections allowed per address) and reopened whenever the
 * server ends them; meanwhile a shopper on 127.0.0.2 sends {@code GET /api/products} and {@code
 * POST /api/designs/domains} every 250 ms on new connections. Reports the latencies (p50, p95, max,
 * not 200), the worker threads inside the server's handlers, the live threads and the heap used,
 * and how the server ended the slow sockets. Arguments: [UPLOADS=300] [HEADERS=300] [SECONDS=60].
 */
final class SlowUploads {

  private static final String UPLOAD =
      "POST /api/uploads HTTP/1.1\r\nHost: localhost\r\nContent-Type: image/png\r\n"
          + "Content-Length: 1000000\r\n\r\n";
  private static final String HEADERS = "GET /api/products HTTP/1.1\r\nHost: localhost\r\nX-Slow: ";
  private static final String DOMAINS =
      "{\"product\":\"pc\",\"version\":\"2025.1\",\"decisions\":[]}";

  private SlowUploads() {}

  public static void main(String[] args) throws InterruptedException {
    int uploads = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int headers = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    try (TestServer server = new TestServer(ServerOptions.defaults(0), TestServer.HEADER_AUTH)) {
      int port = server.server.port();
      Shopper shopper = new Shopper(port);
      Thread shopping = new Thread(shopper, "bench-shopper");
      shopping.setDaemon(true);
      report("before the attack");
      try (Trickle trickle = new Trickle(port)) {
        for (int i = 0; i < uploads; i++) {
          trickle.open(from(i), "upload", UPLOAD, "\0\0\0");
        }
        for (int i = 0; i < headers; i++) {
          trickle.open(from(i), "headers", HEADERS, "abc");
        }
        shopping.start();
        long heapMax = 0;
        int busyMax = 0;
        int threadsMax = 0;
        int seen = 0;
        for (int s = 0; s < seconds; s++) {
          Thread.sleep(1_000);
          trickle.tick(3);
          List<String> ended = trickle.ended();
          for (String kind : ended.subList(seen, ended.size())) {
            int i = seen++;
            trickle.open(
                from(i),
                kind.startsWith("upload") ? "upload" : "headers",
                kind.startsWith("upload") ? UPLOAD : HEADERS,
                kind.startsWith("upload") ? "\0\0\0" : "abc");
          }
          heapMax = Math.max(heapMax, heapUsed());
          busyMax = Math.max(busyMax, inHandlers());
          threadsMax = Math.max(threadsMax, Thread.activeCount());
        }
        shopper.stop = true;
        shopping.join();
        System.out.printf(
            "%d slow uploads + %d slow headers for %d s: ended by the server %s (%s)%n",
            uploads, headers, seconds, trickle.ends(), kinds(trickle.ended()));
        System.out.printf(
            "during the attack: threads in handlers max %d, live threads max %d, heap used max"
                + " %d MB%n",
            busyMax, threadsMax, heapMax >> 20);
        shopper.print();
      }
    }
  }

  /** 127.0.1.1 to 127.0.1.10 in turn: 60 sockets each of 600, within the cap of 64. */
  private static String from(int i) {
    return "127.0.1." + (1 + i % 10);
  }

  private static void report(String when) {
    System.out.printf(
        "%s: live threads %d, heap used %d MB%n", when, Thread.activeCount(), heapUsed() >> 20);
  }

  private static Map<String, Long> kinds(List<String> ended) {
    return ended.stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                k -> k, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Threads currently running Javalin or Atelier code (the server's busy workers). */
  private static int inHandlers() {
    int n = 0;
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      if (e.getKey().getName().startsWith("bench-")) {
        continue;
      }
      for (StackTraceElement frame : e.getValue()) {
        if (frame.getClassName().startsWith("io.javalin")) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** A well-behaved shopper timing its requests. */
  private static final class Shopper implements Runnable {
    final int port;
    final List<Long> products = new ArrayList<>();
    final List<Long> domains = new ArrayList<>();
    int failedProducts;
    int failedDomains;
    volatile boolean stop;

    Shopper(int port) {
      this.port = port;
    }

    @Override
    public void run() {
      while (!stop) {
        failedProducts += time(products, RawHttp.get("/api/products")) ? 0 : 1;
        String post =
            "POST /api/designs/domains HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: "
                + DOMAINS.length()
                + "\r\n\r\n"
                + DOMAINS;
        failedDomains += time(domains, post) ? 0 : 1;
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private boolean time(List<Long> into, String request) {
      long start = System.nanoTime();
      int status;
      try (Socket s = RawHttp.open(port, "127.0.0.2")) {
        s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        status = RawHttp.read(s.getInputStream()).status();
      } catch (IOException | UncheckedIOException e) {
        status = -1;
      }
      into.add(System.nanoTime() - start);
      return status == 200;
    }

    void print() {
      print("GET /api/products", products, failedProducts);
      print("POST /api/designs/domains", domains, failedDomains);
    }

    private static void print(String what, List<Long> nanos, int failed) {
      long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
      if (sorted.length == 0) {
        System.out.println(what + ": none");
        return;
      }
      System.out.printf(
          "%s x%d from 127.0.0.2: p50 %.1f ms, p95 %.1f ms, max %.1f ms, not 200: %d%n",
          what,
          sorted.length,
          sorted[sorted.length / 2] / 1e6,
          sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
          sorted[sorted.length - 1] / 1e6,
          failed);
    }
  }
}
