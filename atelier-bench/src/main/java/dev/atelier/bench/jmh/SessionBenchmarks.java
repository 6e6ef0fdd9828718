package dev.atelier.bench.jmh;

import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.Completion;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.Explanation;
import dev.atelier.engine.session.Objective;
import dev.atelier.engine.session.ValidDomains;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the session hot paths on the bundled BusyBox model (854 features): each
 * invocation gets a fresh session with one decision (rotating through {@link Fixture#CASES}
 * decisions, so no session cache helps) and measures one call: valid domains, explain of a value
 * that decision refuses, cheapest completion, or exact count. Run with {@code java -cp
 * atelier-bench/target/atelier-bench.jar org.openjdk.jmh.Main dev.atelier.bench.jmh}. JMH owns the
 * instances; each thread has its own state.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xss64m"})
@State(Scope.Thread)
public class SessionBenchmarks {
  private Fixture fixture;
  private int next;
  private ConfigurationSession session;
  private Decision refused;

  /** Loads and compiles the model once per trial. */
  @Setup(Level.Trial)
  public void loadModel() {
    fixture = Fixture.busybox();
  }

  /** A fresh session with the next decision. */
  @Setup(Level.Invocation)
  public void freshSession() {
    int k = next++;
    session = fixture.session(k);
    refused = fixture.cases.get(Math.floorMod(k, Fixture.CASES)).refused();
  }

  /** The full valid domains after one decision. */
  @Benchmark
  public Result<ValidDomains> validDomains() {
    return session.validDomains(Deadline.none());
  }

  /** Why a value is refused after one decision, and a repair. */
  @Benchmark
  public Result<Explanation> explain() {
    return session.explain(refused.attribute(), refused.value(), Deadline.none());
  }

  /** The cheapest completion after one decision. */
  @Benchmark
  public Result<Completion> completeCheapest() {
    return session.complete(Objective.cheapest(), Deadline.none());
  }

  /** The exact number of configurations after one decision. */
  @Benchmark
  public Result<BigInteger> count() {
    return session.count(Deadline.none());
  }
}
