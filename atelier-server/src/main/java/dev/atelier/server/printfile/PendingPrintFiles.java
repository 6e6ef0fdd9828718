package dev.atelier.server.printfile;

import dev.atelier.server.http.Nullable;
import java.util.Objects;

/**
 * A print area of a production order whose files do not exist yet: the work centre's queue shows it
 * and refuses to start the production order. Immutable and thread-safe.
 *
 * @param area the print area's id
 * @param status {@code due} (being made, or waiting for a retry) or {@code dead} (failed for good)
 * @param attempts failed attempts so far
 * @param reason why the last attempt failed, or null
 * @param why the reason's code and values for the pages to translate, or null without a reason
 */
public record PendingPrintFiles(
    String area,
    String status,
    int attempts,
    @Nullable String reason,
    @Nullable PrintFailure.Reason why) {

  public PendingPrintFiles {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(status, "status");
  }

  /** Pending files as stored, the reason read as a code ({@link PrintFailure#read}). */
  public PendingPrintFiles(String area, String status, int attempts, @Nullable String reason) {
    this(area, status, attempts, reason, PrintFailure.read(reason).orElse(null));
  }
}
