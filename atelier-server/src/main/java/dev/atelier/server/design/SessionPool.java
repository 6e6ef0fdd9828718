package dev.atelier.server.design;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.http.Nullable;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Warm engine sessions kept between design requests, so that a request need not build a session and
 * its solvers anew. A request takes the idle session of its model version that shares the most
 * decisions with its design (a session deciding one more value finds the one it left) and restores
 * the design's decisions on it ({@link ConfigurationSession#restore}); with none idle it resumes a
 * new one. One request owns a session at a time: a taken session is out of the pool until given
 * back. Bounded by count and estimated bytes, least recently given back evicted first; a product's
 * sessions are dropped when it publishes ({@link #evict}). Answers do not change: the engine's
 * answers depend on the model and the decisions only. Thread-safe.
 */
final class SessionPool {

  /**
   * What the pool did so far: idle sessions and their estimated bytes now and at most, requests
   * served by a warm session, by a new one, and sessions evicted (bounds or publish).
   */
  record Figures(
      int idle, long bytes, int mostIdle, long mostBytes, long warm, long cold, long evicted) {}

  private record Idle(
      String product,
      String version,
      CompiledModel model,
      ConfigurationSession session,
      long bytes) {}

  private final PoolSettings settings;
  // Insertion order is the order given back: the first is the least recently used.
  private final Map<Long, Idle> idle = new LinkedHashMap<>();
  private final Map<CompiledModel, Long> sizes = new WeakHashMap<>();
  private long bytes;
  private long next;
  private int mostIdle;
  private long mostBytes;
  private long warm;
  private long cold;
  private long evicted;

  SessionPool(PoolSettings settings) {
    this.settings = settings;
  }

  /** A session at {@code design}'s decisions, warm when one is idle; fails as a resume fails. */
  Result<ConfigurationSession> take(ResolvedDesign design, Deadline deadline) {
    CompiledModel model = design.product().compiled();
    Idle found = settings.on() ? closest(design) : null;
    if (found == null) {
      if (settings.on()) {
        count(false);
      }
      return ConfigurationSession.resume(model, design.decisions(), deadline);
    }
    count(true);
    // A failed restore leaves the session as it was: it goes back for the next request.
    Result<List<Decision>> restored = found.session().restore(design.decisions(), deadline);
    if (!restored.isOk()) {
      give(design, found.session());
      return Result.failed(restored.failureOrNull());
    }
    return Result.ok(found.session());
  }

  /** Gives {@code session} (taken for {@code design}'s product version) back to the pool. */
  void give(ResolvedDesign design, ConfigurationSession session) {
    if (!settings.on()) {
      return;
    }
    long size = sizeOf(session.model());
    if (size > settings.maxBytes()) {
      return;
    }
    synchronized (idle) {
      idle.put(
          next++,
          new Idle(
              design.product().product(),
              design.product().version(),
              session.model(),
              session,
              size));
      bytes += size;
      Iterator<Idle> oldest = idle.values().iterator();
      while (idle.size() > settings.maxSessions() || bytes > settings.maxBytes()) {
        bytes -= oldest.next().bytes();
        oldest.remove();
        evicted++;
      }
      mostIdle = Math.max(mostIdle, idle.size());
      mostBytes = Math.max(mostBytes, bytes);
    }
  }

  /** Drops the idle sessions of {@code product} (a new version was published). */
  void evict(String product) {
    synchronized (idle) {
      Iterator<Idle> it = idle.values().iterator();
      while (it.hasNext()) {
        Idle i = it.next();
        if (i.product().equals(product)) {
          bytes -= i.bytes();
          it.remove();
          evicted++;
        }
      }
    }
  }

  /** What the pool did so far (for tests and figures). */
  Figures figures() {
    synchronized (idle) {
      return new Figures(idle.size(), bytes, mostIdle, mostBytes, warm, cold, evicted);
    }
  }

  private void count(boolean warmSession) {
    synchronized (idle) {
      if (warmSession) {
        warm++;
      } else {
        cold++;
      }
    }
  }

  /**
   * Takes the idle session of the design's version sharing the most decisions (latest on a tie).
   */
  private @Nullable Idle closest(ResolvedDesign design) {
    Set<Decision> wanted = new HashSet<>(design.decisions());
    synchronized (idle) {
      Long best = null;
      int bestScore = Integer.MIN_VALUE;
      for (Map.Entry<Long, Idle> e : idle.entrySet()) {
        Idle i = e.getValue();
        if (i.model() != design.product().compiled()
            || !i.product().equals(design.product().product())
            || !i.version().equals(design.product().version())) {
          continue;
        }
        int score = 0;
        for (Decision d : i.session().decisions()) {
          score += wanted.contains(d) ? 1 : -1;
        }
        if (score >= bestScore) {
          bestScore = score;
          best = e.getKey();
        }
      }
      if (best == null) {
        return null;
      }
      Idle taken = idle.remove(best);
      if (taken != null) {
        bytes -= taken.bytes();
      }
      return taken;
    }
  }

  private long sizeOf(CompiledModel model) {
    synchronized (sizes) {
      return sizes.computeIfAbsent(model, m -> estimatedBytes(m.cnf()));
    }
  }

  /**
   * A session's solvers, from a class histogram of pooled sessions (docs/performance.md, session
   * 17): the session's MiniSat holds every variable and clause; the explanations' selector MiniSat
   * holds the variables plus one selector per rule group, and its clauses are counted in full
   * although it loads them as explanations need them. LogicNG pays about 200 bytes per variable
   * (with its two watch lists) and 160 per clause (with its literal vector and two watchers), plus
   * the literals.
   */
  static long estimatedBytes(Cnf cnf) {
    long literals = 0;
    for (int[] clause : cnf.clauses()) {
      literals += clause.length;
    }
    int groups = 0;
    for (int g : cnf.groups()) {
      groups = Math.max(groups, g + 1);
    }
    long variables = 2L * cnf.numVars() + groups;
    return 200L * variables + 2 * (160L * cnf.clauses().length + 4 * literals);
  }
}
