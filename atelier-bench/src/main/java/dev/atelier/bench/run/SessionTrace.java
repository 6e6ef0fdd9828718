package dev.atelier.bench.run;

import dev.atelier.engine.session.Decision;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What one timed session did: its decisions in order and, after each, how long the valid-domain
 * computation took and what it answered (as a {@link DomainLayout} fingerprint). Decision {@code k}
 * was made on top of decisions {@code 0..k-1}. Mutable while the session runs; not thread-safe.
 */
public final class SessionTrace {
  private final List<Decision> decisions = new ArrayList<>();
  private final List<BitSet> answers = new ArrayList<>();
  private final List<Long> domainNanos = new ArrayList<>();
  private final List<Long> decideNanos = new ArrayList<>();
  private final List<Long> timedOutNanos = new ArrayList<>();
  private long initialNanos = -1;

  /** Records the valid-domain computation before any decision. */
  public void initial(long nanos) {
    initialNanos = nanos;
  }

  /** Records one decision, the time deciding took and the valid domains computed after it. */
  public void step(Decision decision, long decideTime, long domainTime, BitSet answer) {
    decisions.add(decision);
    decideNanos.add(decideTime);
    domainNanos.add(domainTime);
    answers.add(answer);
  }

  /**
   * Records a valid-domain computation that passed its deadline after {@code decision}; the session
   * ends there. Its time counts in the latencies, but there is no answer to compare.
   */
  public void timedOut(long domainTime) {
    timedOutNanos.add(domainTime);
  }

  /** Latencies of computations that passed their deadline, in nanoseconds. */
  public List<Long> timedOutNanos() {
    return List.copyOf(timedOutNanos);
  }

  /** Decisions in order. */
  public List<Decision> decisions() {
    return List.copyOf(decisions);
  }

  /** The first {@code k + 1} decisions: the decisions in force after step {@code k}. */
  public List<Decision> decisionsThrough(int k) {
    return List.copyOf(decisions.subList(0, k + 1));
  }

  /** The answer after step {@code k}. */
  public BitSet answer(int k) {
    return (BitSet) answers.get(k).clone();
  }

  /** Number of steps. */
  public int size() {
    return decisions.size();
  }

  /** Valid-domain latency after step {@code k}, in nanoseconds. */
  public long domainNanos(int k) {
    return domainNanos.get(k);
  }

  /** Decide latency of step {@code k}, in nanoseconds. */
  public long decideNanos(int k) {
    return decideNanos.get(k);
  }

  /** Latency of the valid domains before any decision, or -1 when not recorded. */
  public long initialNanos() {
    return initialNanos;
  }
}
