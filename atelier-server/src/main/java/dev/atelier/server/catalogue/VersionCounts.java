package dev.atelier.server.catalogue;

import dev.atelier.engine.compile.ValueCounts;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.session.Decision;
import dev.atelier.server.http.Nullable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/products/{product}/versions/{version}/counts}: the exact number of valid
 * configurations and, per attribute value, how many take it (counts are decimal strings: they
 * exceed JSON's safe integers), or {@code compiling} while the compiled form is not ready.
 *
 * @param product the product id
 * @param version the version
 * @param status {@code counted} or {@code compiling}
 * @param total the number of valid configurations; null while compiling
 * @param attributes per attribute its values' counts ({@code ~} for unset); empty while compiling
 */
public record VersionCounts(
    String product,
    String version,
    String status,
    @Nullable String total,
    List<AttributeCounts> attributes) {

  /**
   * One attribute's counts.
   *
   * @param attribute the attribute id
   * @param values the counts of its values in model order
   */
  public record AttributeCounts(String attribute, List<ValueCount> values) {}

  /**
   * One value's count.
   *
   * @param value the value id ({@code ~} for unset)
   * @param count configurations taking it
   */
  public record ValueCount(String value, String count) {}

  static VersionCounts compiling(ProductVersion v) {
    return new VersionCounts(v.product(), v.version(), "compiling", null, List.of());
  }

  static VersionCounts counted(ProductVersion v, ValueCounts.Counted counts) {
    List<AttributeCounts> attributes = new ArrayList<>();
    List<Attribute> all = v.model().attributes();
    for (int i = 0; i < all.size(); i++) {
      List<String> ids = all.get(i).valueIds();
      BigInteger[] per = counts.perValue()[i];
      List<ValueCount> values = new ArrayList<>();
      for (int j = 0; j < per.length; j++) {
        values.add(new ValueCount(j < ids.size() ? ids.get(j) : Decision.UNSET, per[j].toString()));
      }
      attributes.add(new AttributeCounts(all.get(i).id(), values));
    }
    return new VersionCounts(
        v.product(), v.version(), "counted", counts.total().toString(), attributes);
  }
}
