package dev.atelier.server.printfile;

import dev.atelier.server.shared.PrintFileLink;
import dev.atelier.server.upload.UploadChecker;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The tables {@code print_files} (a file by the SHA-256 of its bytes, written once) and {@code
 * production_print_files} (which production order needs which file, V176). Thread-safe.
 */
public final class PrintFileStore {

  /**
   * A stored file: its format and bytes.
   *
   * @param format {@code png} or {@code pdf}
   * @param bytes the file
   */
  public record Stored(String format, byte[] bytes) {}

  private final Jdbi jdbi;

  /** The store in {@code jdbi}'s database (migrated). */
  public PrintFileStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Stores {@code files}' PNG and PDF through {@code h} (each once) and answers their links. */
  public static List<PrintFileLink> save(Handle h, PrintFiles files, Instant at) {
    return List.of(save(h, files, "png", files.png(), at), save(h, files, "pdf", files.pdf(), at));
  }

  private static PrintFileLink save(
      Handle h, PrintFiles files, String format, byte[] bytes, Instant at) {
    String sha = UploadChecker.sha256(bytes);
    h.createUpdate(
            "INSERT INTO print_files (sha256, format, bytes, size_bytes, width_px, height_px,"
                + " created_at) VALUES (:sha, :format, :bytes, :size, :w, :h, :at)"
                + " ON CONFLICT DO NOTHING")
        .bind("sha", sha)
        .bind("format", format)
        .bind("bytes", bytes)
        .bind("size", bytes.length)
        .bind("w", files.widthPx())
        .bind("h", files.heightPx())
        .bind("at", at.atOffset(ZoneOffset.UTC))
        .execute();
    return PrintFileLink.of(files.area(), format, sha, files.widthPx(), files.heightPx());
  }

  /** Attaches {@code links} to {@code productionOrder} through {@code h}. */
  public static void attach(Handle h, String productionOrder, List<PrintFileLink> links) {
    for (PrintFileLink l : links) {
      h.createUpdate(
              "INSERT INTO production_print_files (production_order, area, format, sha256)"
                  + " VALUES (:po, :area, :format, :sha)")
          .bind("po", productionOrder)
          .bind("area", l.area())
          .bind("format", l.format())
          .bind("sha", l.sha256())
          .execute();
    }
  }

  /** The file {@code sha256}, if stored. */
  public Optional<Stored> find(String sha256) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT format, bytes FROM print_files WHERE sha256 = :sha")
                .bind("sha", sha256)
                .map((rs, ctx) -> new Stored(rs.getString("format"), rs.getBytes("bytes")))
                .findOne());
  }

  /** The files of each of {@code productionOrders} that has any, by area then format. */
  public Map<String, List<PrintFileLink>> of(Collection<String> productionOrders) {
    if (productionOrders.isEmpty()) {
      return new LinkedHashMap<>();
    }
    return jdbi.withHandle(h -> of(h, productionOrders));
  }

  /** The files of {@code productionOrders}, read through {@code h}. */
  static Map<String, List<PrintFileLink>> of(Handle h, Collection<String> productionOrders) {
    Map<String, List<PrintFileLink>> out = new LinkedHashMap<>();
    h.createQuery(
            "SELECT p.production_order, p.area, p.format, p.sha256, f.width_px,"
                + " f.height_px FROM production_print_files p"
                + " JOIN print_files f ON f.sha256 = p.sha256"
                + " WHERE p.production_order IN (<ids>)"
                + " ORDER BY p.production_order, p.area, p.format DESC")
        .bindList("ids", List.copyOf(productionOrders))
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString("production_order"),
                    PrintFileLink.of(
                        rs.getString("area"),
                        rs.getString("format"),
                        rs.getString("sha256"),
                        rs.getInt("width_px"),
                        rs.getInt("height_px"))))
        .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return out;
  }
}
