package dev.atelier.bench.run;

import dev.atelier.bench.report.LatencyStats;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.ValidDomains;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * {@code java -Xss64m -cp atelier-bench.jar dev.atelier.bench.run.ExplainCost [--walks W] [--steps
 * S] [--greyed G] [--deadline MS] MODEL}: the cost of explaining greyed values on one model, thread
 * CPU per call. W seeded random walks (the first untimed, as warm-up) of S decisions; before each
 * decision, G random greyed values of undecided attributes are explained plainly and with the
 * cheapest repair ({@code Objective.cheapest()}), each call under a deadline of MS. Prints p50 /
 * p90 / max per kind, the calls that did not answer, and the slowest call of each kind.
 */
public final class ExplainCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ExplainCost() {}

  /** One timed call: what was explained, its thread CPU and whether it answered. */
  private record Call(String what, long cpuNanos, boolean ok) {}

  /** Runs the walks; see the class comment. */
  public static void main(String[] args) {
    int walks = 3;
    int steps = 6;
    int greyed = 3;
    long millis = 30_000;
    int i = 0;
    while (i < args.length - 1) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--walks" -> walks = Integer.parseInt(value);
        case "--steps" -> steps = Integer.parseInt(value);
        case "--greyed" -> greyed = Integer.parseInt(value);
        case "--deadline" -> millis = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
      i += 2;
    }
    final long deadlineMs = millis;
    String spec = args[args.length - 1];
    CompiledModel model =
        ModelSource.load(spec, Optional.empty(), Deadline.inMillis(600_000)).orThrow().compiled();
    Random random = new Random(1);
    List<Call> plain = new ArrayList<>();
    List<Call> cheapest = new ArrayList<>();
    for (int walk = 0; walk < walks; walk++) {
      boolean timed = walk > 0;
      ConfigurationSession s = ConfigurationSession.start(model);
      for (int step = 0; step < steps; step++) {
        ValidDomains domains = s.validDomains(Deadline.inMillis(deadlineMs)).orThrow();
        List<Decision> grey = GreyedValues.of(domains);
        for (int g = 0; g < greyed && !grey.isEmpty(); g++) {
          Decision pick = grey.remove(random.nextInt(grey.size()));
          String what =
              "walk " + walk + " step " + step + " " + pick.attribute() + "=" + pick.value();
          Call a =
              time(
                  what,
                  () -> s.explain(pick.attribute(), pick.value(), Deadline.inMillis(deadlineMs)));
          Call b =
              time(
                  what,
                  () ->
                      s.explain(
                          pick.attribute(),
                          pick.value(),
                          Objective.cheapest(),
                          Deadline.inMillis(deadlineMs)));
          if (timed) {
            plain.add(a);
            cheapest.add(b);
          }
        }
        if (!decideRandomly(s, domains, random, deadlineMs)) {
          break;
        }
      }
    }
    System.out.println("model " + spec + ", " + walks + " walks (first untimed) of " + steps);
    print("explain", plain);
    print("explain, cheapest repair", cheapest);
  }

  private static Call time(String what, java.util.function.Supplier<Result<Explanation>> call) {
    long t0 = THREADS.getCurrentThreadCpuTime();
    boolean ok = call.get().isOk();
    return new Call(what, THREADS.getCurrentThreadCpuTime() - t0, ok);
  }

  private static boolean decideRandomly(
      ConfigurationSession s, ValidDomains domains, Random random, long deadlineMs) {
    List<AttributeDomain> open = new ArrayList<>();
    for (AttributeDomain d : domains.domains().values()) {
      if (d.decided().isEmpty() && !d.offered().isEmpty()) {
        open.add(d);
      }
    }
    if (open.isEmpty()) {
      return false;
    }
    AttributeDomain d = open.get(random.nextInt(open.size()));
    String value = d.offered().get(random.nextInt(d.offered().size()));
    return s.decide(d.attribute(), value, Deadline.inMillis(deadlineMs)).isOk();
  }

  private static void print(String kind, List<Call> calls) {
    LatencyStats st = LatencyStats.ofNanos(calls.stream().mapToLong(Call::cpuNanos).toArray());
    long failed = calls.stream().filter(c -> !c.ok()).count();
    Call slowest =
        calls.stream().max((x, y) -> Long.compare(x.cpuNanos(), y.cpuNanos())).orElse(null);
    System.out.printf(
        Locale.ROOT,
        "%s: thread CPU p50 %.3f p90 %.3f max %.3f mean %.3f ms (n=%d), not answered %d%s%n",
        kind,
        st.p50Ms(),
        st.p90Ms(),
        st.maxMs(),
        st.meanMs(),
        st.count(),
        failed,
        slowest == null ? "" : "; slowest: " + slowest.what());
  }
}
