package dev.atelier.server.shared;

import dev.atelier.server.http.Nullable;
import java.util.Map;

/**
 * One chosen value of a design in the labels of the order's model version (the staff queue and the
 * customer's orders). Immutable and thread-safe.
 *
 * @param attribute the attribute id
 * @param kind {@value #CHOICE} (a listed value), {@value #NUMBER} (a number with its unit), {@value
 *     #YES} (a yes/no attribute that is yes: the label alone) or {@value #TEXT} (a personalization
 *     text: the text itself is the value, in every language)
 * @param label the attribute's label by language
 * @param value the value's label by language; null for {@value #YES}, and for {@value #TEXT} when
 *     the order has no text (placed before orders carried texts)
 */
public record DesignLine(
    String attribute, String kind, Map<String, String> label, @Nullable Map<String, String> value) {

  /** A listed value. */
  public static final String CHOICE = "choice";

  /** A number with its unit. */
  public static final String NUMBER = "number";

  /** A yes/no attribute that is yes. */
  public static final String YES = "yes";

  /** A given personalization text. */
  public static final String TEXT = "text";
}
