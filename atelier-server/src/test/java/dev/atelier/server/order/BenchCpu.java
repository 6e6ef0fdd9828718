package dev.atelier.server.order;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by a benchmark's parts, which share the machine's cores: this JVM and a PostgreSQL
 * server's processes (the postmaster and its children, read from Linux's {@code /proc}; 0
 * elsewhere). Comparing CPU per order is steadier than wall-clock throughput on a machine that
 * other work shares. Immutable and thread-safe.
 */
final class BenchCpu {

  /** Linux reports process times in clock ticks of 1/100 s. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private final long postmaster;

  /** CPU of this JVM and of the PostgreSQL server whose postmaster is {@code postmaster}. */
  BenchCpu(long postmaster) {
    this.postmaster = postmaster;
  }

  /** The parent process of {@code pid} (the postmaster of a PostgreSQL backend), or 0. */
  static long parentOf(long pid) {
    String[] stat = stat(pid);
    return stat == null ? 0 : Long.parseLong(stat[1]);
  }

  /**
   * CPU nanoseconds so far: this JVM, its threads whose name starts with {@link #SERVER_THREADS}
   * (Jetty's request threads), its other threads still alive (the clients' {@link #CLIENT_THREADS}
   * left out), and PostgreSQL. What the JVM spent beyond its live threads is its own work (JIT
   * compilers, garbage collection) and threads gone.
   */
  record Sample(long jvm, long server, long otherThreads, long postgres) {
    /** What was spent since {@code earlier}. */
    Sample minus(Sample earlier) {
      return new Sample(
          jvm - earlier.jvm,
          server - earlier.server,
          otherThreads - earlier.otherThreads,
          postgres - earlier.postgres);
    }
  }

  /** The name prefix of the benchmark's client threads, counted by themselves. */
  static final String CLIENT_THREADS = "bench-";

  /** The name prefix of the server's request threads. */
  static final String SERVER_THREADS = "JettyServerThreadPool";

  /** The CPU time spent so far. */
  Sample now() {
    long jvm =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long server = 0;
    long other = 0;
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t == null) {
        continue;
      }
      long cpu = Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
      if (t.getThreadName().startsWith(CLIENT_THREADS)) {
        continue;
      }
      if (t.getThreadName().startsWith(SERVER_THREADS)) {
        server += cpu;
      } else {
        other += cpu;
      }
    }
    return new Sample(jvm, server, other, postgres());
  }

  /** The postmaster's own, its reaped children's and its live children's CPU time. */
  private long postgres() {
    String[] own = postmaster == 0 ? null : stat(postmaster);
    if (own == null) {
      return 0;
    }
    long ticks = ticks(own, 11) + ticks(own, 12) + ticks(own, 13) + ticks(own, 14);
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        String[] stat = stat(Long.parseLong(name));
        if (stat != null && Long.parseLong(stat[1]) == postmaster) {
          ticks += ticks(stat, 11) + ticks(stat, 12);
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks * NANOS_PER_TICK;
  }

  private static long ticks(String[] stat, int field) {
    return Long.parseLong(stat[field]);
  }

  /** The fields of /proc/PID/stat after the command name (state first), or null. */
  private static String[] stat(long pid) {
    try {
      String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return s.substring(s.lastIndexOf(')') + 2).split(" ");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
