package dev.atelier.server.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chromium's CPU time by process kind (browser, renderer, gpu, utility, zygote), sampled every
 * {@link #PERIOD_MILLIS} ms from {@code /proc/<pid>/stat} on a thread of its own while a page
 * loads, so the benchmark can split it by the page's phases (its {@code atelier:} marks, as wall
 * clock times). Only this JVM's chromium processes, less {@code others} (an earlier browser).
 */
final class ChromiumCpu implements AutoCloseable {

  static final long PERIOD_MILLIS = 25;

  /** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
  static final double TICK_MILLIS = 10.0;

  static final List<String> KINDS = List.of("browser", "renderer", "gpu", "utility", "zygote");

  /** One sample: wall clock ms and CPU ms by kind since the sampler started. */
  record Sample(long atMillis, Map<String, Double> cpu) {}

  private final Set<Long> others;
  private final Map<Long, Double> base = new TreeMap<>();
  private final Map<Long, Double> last = new TreeMap<>();
  private final Map<Long, String> kinds = new TreeMap<>();
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  ChromiumCpu(Set<Long> others) {
    this.others = others;
    sample(true);
    thread = new Thread(this::loop, "chromium-cpu");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      sample(false);
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample(boolean first) {
    long now = System.currentTimeMillis();
    Map<String, Double> cpu = new LinkedHashMap<>();
    KINDS.forEach(k -> cpu.put(k, 0.0));
    ProcessHandle.current()
        .descendants()
        .filter(p -> !others.contains(p.pid()))
        .filter(p -> p.info().command().orElse("").contains("chrom"))
        .forEach(
            p -> {
              double ms = cpuMillis(p.pid(), last.getOrDefault(p.pid(), 0.0));
              last.put(p.pid(), ms);
              if (first) {
                base.put(p.pid(), ms);
              }
              cpu.merge(kindOf(p.pid()), ms - base.getOrDefault(p.pid(), 0.0), Double::sum);
            });
    synchronized (samples) {
      samples.add(new Sample(now, cpu));
    }
  }

  /** CPU ms by kind used between wall clock times from and to (the nearest samples). */
  Map<String, Double> between(long from, long to) {
    Sample a = at(from);
    Sample b = at(to);
    Map<String, Double> used = new LinkedHashMap<>();
    for (String k : KINDS) {
      used.put(k, b.cpu().get(k) - a.cpu().get(k));
    }
    return used;
  }

  /** "browser 120, renderer 900, gpu 1500, utility 40 (total 2560)" for a span. */
  String describe(long from, long to) {
    Map<String, Double> used = between(from, to);
    StringBuilder s = new StringBuilder();
    double total = 0;
    for (Map.Entry<String, Double> e : used.entrySet()) {
      total += e.getValue();
      if (e.getValue() > 0) {
        s.append(String.format(Locale.ROOT, "%s %.0f, ", e.getKey(), e.getValue()));
      }
    }
    return s.append(String.format(Locale.ROOT, "total %.0f", total)).toString();
  }

  private Sample at(long millis) {
    synchronized (samples) {
      Sample best = samples.get(0);
      for (Sample s : samples) {
        if (s.atMillis() <= millis) {
          best = s;
        }
      }
      return best;
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    sample(false);
  }

  /**
   * The kind of pid, remembered once known: a renderer forked by the zygote still shows the
   * zygote's command line for a moment, so "zygote" is asked again next time.
   */
  private String kindOf(long pid) {
    String known = kinds.get(pid);
    if (known != null) {
      return known;
    }
    String found = kind(pid);
    if (!found.equals("zygote")) {
      kinds.put(pid, found);
    }
    return found;
  }

  /** CPU ms so far of pid; known when the process has ended meanwhile. */
  private static double cpuMillis(long pid, double known) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // Fields 14 and 15 (utime, stime) are the 12th and 13th after the command's ')'.
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MILLIS;
    } catch (IOException | RuntimeException e) {
      return known; // the process has ended
    }
  }

  private static String kind(long pid) {
    String cmd;
    try {
      cmd = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
    } catch (IOException e) {
      return "utility";
    }
    if (cmd.contains("--type=renderer")) {
      return "renderer";
    }
    if (cmd.contains("--type=gpu-process")) {
      return "gpu";
    }
    if (cmd.contains("--type=zygote")) {
      return "zygote";
    }
    return cmd.contains("--type=") ? "utility" : "browser";
  }
}
