package dev.atelier.bench.run;

import dev.atelier.formats.ModelFormat;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What one benchmark run does. Immutable and thread-safe.
 *
 * @param sessions number of timed sessions (random sessions, or replayed sales lines from the start
 *     of the file)
 * @param maxDecisions at most this many decisions per session
 * @param seed seed of the random choices (random sessions only)
 * @param replay a sales file to replay instead of random sessions
 * @param warmupSessions sessions run first and not timed (JIT warm-up)
 * @param baseline whether to answer the same sessions with the LogicNG backbone baseline too
 * @param timeoutMillis deadline of each engine call
 * @param format the model file's format, or empty to detect it
 * @param count whether to time an exact count of the model first
 * @param explainComplete whether to time explain and complete(cheapest) along the sessions
 */
public record BenchConfig(
    int sessions,
    int maxDecisions,
    long seed,
    Optional<Path> replay,
    int warmupSessions,
    boolean baseline,
    long timeoutMillis,
    Optional<ModelFormat> format,
    boolean count,
    boolean explainComplete) {

  /** Default number of random sessions. */
  public static final int DEFAULT_RANDOM_SESSIONS = 10;

  /** Default number of decisions per random session. */
  public static final int DEFAULT_RANDOM_DECISIONS = 100;

  public BenchConfig {
    if (sessions < 1 || maxDecisions < 1 || warmupSessions < 0 || timeoutMillis < 1) {
      throw new IllegalArgumentException(
          "sessions, decisions and timeout must be positive, warm-up not negative");
    }
    replay = replay == null ? Optional.empty() : replay;
    format = format == null ? Optional.empty() : format;
  }

  /** Whether this run replays a sales file. */
  public boolean isReplay() {
    return replay.isPresent();
  }
}
