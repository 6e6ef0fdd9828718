package dev.atelier.server.wishes;

import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Require;
import dev.atelier.server.shared.Choice;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A customer's wish for something the product does not offer, routed to a department. Immutable and
 * thread-safe.
 *
 * @param at when it was made
 * @param product the product id
 * @param version the model version
 * @param department the department it is routed to
 * @param attribute the attribute it is about, or null
 * @param text what the customer wrote
 * @param sessionKey the design session ({@code s:<id>} or {@code a:<account id>})
 * @param accountId the signed-in customer's account, or null
 * @param design the decisions of the design being made when wishing (empty: none sent)
 */
public record Wish(
    Instant at,
    String product,
    String version,
    String department,
    @Nullable String attribute,
    String text,
    String sessionKey,
    @Nullable Long accountId,
    List<Choice> design) {

  public Wish {
    Require.nonNull(
        "at product version department text sessionKey",
        at,
        product,
        version,
        department,
        text,
        sessionKey);
    design = List.copyOf(design);
  }

  /**
   * A wish made at {@code at} on {@code product} about {@code attribute} (may be null), routed to
   * the department that owns it ({@link DepartmentDirectory#routeWish}), its text stripped.
   */
  public static Wish made(
      Instant at,
      ProductVersion product,
      @Nullable String attribute,
      String text,
      String sessionKey,
      @Nullable Long accountId,
      List<Choice> design) {
    return new Wish(
        at,
        product.product(),
        product.version(),
        DepartmentDirectory.routeWish(product, attribute),
        attribute,
        text.strip(),
        sessionKey,
        accountId,
        design);
  }

  /**
   * What the wish is about, for counting equal wishes: lower case, inner whitespace collapsed,
   * surrounding punctuation dropped.
   */
  public String topic() {
    return topicOf(text);
  }

  /** The topic of a wish's text. */
  public static String topicOf(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .replaceAll("^[\\p{Punct} ]+|[\\p{Punct} ]+$", "");
  }
}
