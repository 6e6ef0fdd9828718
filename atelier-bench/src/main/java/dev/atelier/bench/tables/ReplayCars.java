package dev.atelier.bench.tables;

import dev.atelier.bench.gen.CatalogueSales;
import dev.atelier.bench.gen.GeneratorSpec;
import dev.atelier.bench.report.Percentiles;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.TreeEvidence;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import dev.atelier.formats.sales.SalesFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The cars {@link TreeReplay} replays (sales files, generated or real, and random full
 * configurations) and the timed replay itself: one session per car, one decision at a time, the
 * valid domains timed after each (thread CPU time), under a CPU cap for the whole replay.
 */
final class ReplayCars {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private ReplayCars() {}

  /** Decision times of a replay, and whether the CPU cap stopped it. */
  record Times(long[] nanos, int cars, boolean overCap) {}

  /** The first {@code lines} cars of the catalogue's sales file ({@link CatalogueSales}). */
  static List<List<Decision>> generatedSales(String spec, int lines) {
    SalesFile.Read read =
        SalesFile.parse(CatalogueSales.text(GeneratorSpec.parse(spec).orElseThrow(), lines), spec);
    return decisions(((SalesFile.Parsed) read).sales(), lines);
  }

  /** The first {@code lines} cars of a real sales file (BR4CP format). */
  static List<List<Decision>> realSales(Path file, int lines) {
    SalesFile.Read read = SalesFile.read(file);
    if (!(read instanceof SalesFile.Parsed parsed)) {
      throw new IllegalArgumentException("unreadable sales file " + file + ": " + read);
    }
    return decisions(parsed.sales(), lines);
  }

  private static List<List<Decision>> decisions(SalesFile file, int lines) {
    List<List<Decision>> drawn = new ArrayList<>();
    for (List<String> row : file.rows()) {
      if (drawn.size() == lines) {
        break;
      }
      List<Decision> decisions = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        String raw = row.get(c);
        String value = SalesFile.ABSENT.equals(raw) ? Decision.UNSET : raw;
        decisions.add(new Decision(file.columns().get(c), value));
      }
      drawn.add(decisions);
    }
    return drawn;
  }

  /** Random valid full configurations: variables in random order, each a random valid value. */
  static List<List<Decision>> draw(ProductModel model, CliqueTree tree, int count, Random random) {
    List<Attribute> attributes = model.attributes();
    List<List<Decision>> drawn = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      TreeEvidence support = tree.newSupport();
      boolean[][] allowed = support.valid();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < attributes.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      List<Decision> decisions = new ArrayList<>();
      for (int x : order) {
        List<Integer> values = new ArrayList<>();
        for (int j = 0; j < allowed[x].length; j++) {
          if (allowed[x][j]) {
            values.add(j);
          }
        }
        int j = values.get(random.nextInt(values.size()));
        List<String> ids = attributes.get(x).valueIds();
        decisions.add(
            new Decision(attributes.get(x).id(), j < ids.size() ? ids.get(j) : Decision.UNSET));
        Arrays.fill(allowed[x], false);
        allowed[x][j] = true;
        allowed = support.restrict(allowed, Deadline.none()).orThrow();
      }
      drawn.add(decisions);
    }
    return drawn;
  }

  /**
   * Replays {@code cars} in sessions of {@code compiled}, skipping a decision the current domains
   * do not offer (as {@code atelier bench --replay} does), until {@code capNanos} of this thread's
   * CPU time are spent (counted from {@code startCpu}, so a compile before can be charged too).
   */
  static Times replay(
      CompiledModel compiled, List<List<Decision>> cars, long startCpu, long capNanos) {
    List<Long> times = new ArrayList<>();
    int done = 0;
    for (List<Decision> car : cars) {
      if (cpu() - startCpu > capNanos) {
        return new Times(toArray(times), done, true);
      }
      Deadline left =
          capNanos == Long.MAX_VALUE
              ? Deadline.none()
              : Deadline.inMillis(Math.max(1, (capNanos - (cpu() - startCpu)) / 250_000));
      ConfigurationSession session = ConfigurationSession.start(compiled);
      Result<ValidDomains> domains = session.validDomains(left);
      for (Decision d : car) {
        if (!domains.isOk()) {
          return new Times(toArray(times), done, true);
        }
        if (!domains.orThrow().domains().containsKey(d.attribute())
            || !domains.orThrow().of(d.attribute()).offers(d.value())) {
          continue;
        }
        if (!session.decide(d.attribute(), d.value(), left).isOk()) {
          continue;
        }
        long t0 = cpu();
        domains = session.validDomains(left);
        times.add(cpu() - t0);
        if (cpu() - startCpu > capNanos) {
          return new Times(toArray(times), done, true);
        }
      }
      done++;
    }
    return new Times(toArray(times), done, false);
  }

  /**
   * Replays {@code cars} on the clique tree twice, car by car, alternating which goes first: with
   * the default valid-domains path and with {@code -Datelier.treedomains=oldPath} (set around each
   * car, read when a session starts). Returns the new times, then the old.
   */
  static Times[] alternate(CompiledModel compiled, List<List<Decision>> cars, String oldPath) {
    List<Long> fresh = new ArrayList<>();
    List<Long> old = new ArrayList<>();
    String before = System.getProperty("atelier.treedomains", "messages");
    try {
      for (int i = 0; i < cars.size(); i++) {
        for (int turn = 0; turn < 2; turn++) {
          boolean oldTurn = (i + turn) % 2 == 1;
          System.setProperty("atelier.treedomains", oldTurn ? oldPath : "messages");
          long[] nanos = replay(compiled, List.of(cars.get(i)), cpu(), Long.MAX_VALUE).nanos();
          for (long t : nanos) {
            (oldTurn ? old : fresh).add(t);
          }
        }
      }
    } finally {
      System.setProperty("atelier.treedomains", before);
    }
    return new Times[] {
      new Times(toArray(fresh), cars.size(), false), new Times(toArray(old), cars.size(), false)
    };
  }

  private static long[] toArray(List<Long> times) {
    return times.stream().mapToLong(Long::longValue).toArray();
  }

  /** p50 / p99 / max in milliseconds, or a dash for none. */
  static String stats(long[] nanos) {
    if (nanos.length == 0) {
      return "–";
    }
    return String.format(
        Locale.ROOT,
        "%.3f / %.3f / %.3f",
        Percentiles.of(nanos, 50) / 1e6,
        Percentiles.of(nanos, 99) / 1e6,
        Percentiles.of(nanos, 100) / 1e6);
  }

  static long cpu() {
    return CPU.getCurrentThreadCpuTime();
  }
}
