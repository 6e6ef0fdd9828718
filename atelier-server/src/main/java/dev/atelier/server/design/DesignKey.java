package dev.atelier.server.design;

import dev.atelier.engine.session.Decision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A cache key of a design of fixed size: product id, then the SHA-256 of the canonical design
 * (version and the decisions sorted by attribute), so a cache of many designs holds bounded bytes
 * per entry however many decisions a design has, and the same decisions in another order share one
 * entry.
 *
 * @param value product id, a NUL, and 64 hex digits
 */
public record DesignKey(String value) {

  /** The key of {@code design}. */
  public static DesignKey of(ResolvedDesign design) {
    StringBuilder canonical = new StringBuilder(design.product().version()).append('\n');
    List<Decision> sorted =
        design.decisions().stream().sorted(Comparator.comparing(Decision::attribute)).toList();
    for (Decision d : sorted) {
      // Ids are identifiers and values ids or numbers: neither holds '=' or a line break.
      canonical.append(d.attribute()).append('=').append(d.value()).append('\n');
    }
    return new DesignKey(design.product().product() + '\u0000' + sha256(canonical.toString()));
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
