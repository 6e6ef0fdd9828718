package dev.atelier.server.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.atelier.server.catalogue.ModelJson.ModelReport;
import dev.atelier.server.catalogue.ModelJson.ModelVersionView;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Nullable;
import java.time.Instant;
import java.util.List;

/** Maps stored versions to their JSON views and check reports to JSON text. Thread-safe. */
final class ModelViews {

  private ModelViews() {}

  /** The report as stored. */
  static @Nullable String write(@Nullable ModelReport report) {
    try {
      return JsonBodies.mapper().writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a model report is always writable", e);
    }
  }

  /** The stored report, or null when the version was stored unchecked. */
  static @Nullable ModelReport report(StoredVersion v) {
    if (v.report() == null) {
      return null;
    }
    try {
      return JsonBodies.mapper().readValue(v.report(), ModelReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored report of " + v.product() + " " + v.version() + " is not readable", e);
    }
  }

  /** The view of {@code v} at {@code now}, {@code current} telling whether it is current. */
  static ModelVersionView view(StoredVersion v, Instant now, boolean current) {
    ModelReport report = report(v);
    String status = !v.published() ? "draft" : v.availableAt(now) ? "published" : "scheduled";
    return new ModelVersionView(
        v.product(),
        v.version(),
        v.source().format(),
        status,
        text(v.effectiveFrom()),
        current,
        v.createdBy(),
        v.createdAt().toString(),
        v.publishedBy(),
        text(v.publishedAt()),
        report != null,
        report == null ? null : report.counts(),
        report == null ? List.of() : report.diagnostics());
  }

  private static @Nullable String text(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
