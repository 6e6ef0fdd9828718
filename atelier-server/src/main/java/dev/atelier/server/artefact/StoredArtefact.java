package dev.atelier.server.artefact;

import dev.atelier.engine.count.Artefacts;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Require;

/**
 * One row of {@code compiled_artefacts}: what compiling a version's model gave on some node.
 *
 * @param product the product id
 * @param version the version
 * @param modelHash {@link Artefacts#hashOf} of the model's clauses
 * @param kind DNNF or TREE
 * @param outcome whether it compiled
 * @param bytes the artefact when {@link Outcome#READY}, else null
 * @param compileMillis CPU-ish wall time the compilation took on the node that stored it
 */
public record StoredArtefact(
    String product,
    String version,
    String modelHash,
    Artefacts.Kind kind,
    Outcome outcome,
    @Nullable byte[] bytes,
    long compileMillis) {

  /** How a compilation ended. */
  public enum Outcome {
    /** Compiled; the bytes hold the artefact. */
    READY,
    /** Past the CPU budget (or the node budget): answered from SAT. */
    OVER_BUDGET,
    /** Compiled, but larger than the size cap: not stored, answered from SAT. */
    TOO_LARGE
  }

  public StoredArtefact {
    Require.nonNull(
        "product version modelHash kind outcome", product, version, modelHash, kind, outcome);
  }

  /** Stored size in bytes (0 without an artefact). */
  public long size() {
    return bytes == null ? 0 : bytes.length;
  }
}
