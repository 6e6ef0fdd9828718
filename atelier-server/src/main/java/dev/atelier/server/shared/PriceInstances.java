package dev.atelier.server.shared;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.server.http.Nullable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which module instance a price line belongs to: {@code bays[2]} for the value line {@code
 * bays[2].doors=glass} and for the component line "1 x Bay 2 · Glass doors" (its instance named in
 * the model's first language), with the instance's name per language ("Bay 2", "Regal 2"). Lines of
 * nested instances ({@code bays[2].drawers[1].depth}) belong to their outermost instance. Immutable
 * and thread-safe; one per model.
 */
public final class PriceInstances {

  /** An instance address and its name per language. */
  public record Instance(String address, Map<String, String> label) {}

  /**
   * Makes a price line of the caller's type from a line's parts and its instance: the address and
   * the names per language, both null for a line of the product itself.
   *
   * @param <T> the line type
   */
  @FunctionalInterface
  public interface LineMaker<T> {
    /** The line. */
    T line(
        String kind,
        String reference,
        String label,
        long amount,
        @Nullable String instance,
        @Nullable Map<String, String> instanceLabel);
  }

  private static final Pattern TOP = Pattern.compile("^([^\\[\\]=.]+\\[\\d+\\])\\.");
  private static final String SEPARATOR = " · ";

  private final Map<String, Instance> byAddress = new LinkedHashMap<>();
  private final Map<String, Instance> byName = new LinkedHashMap<>();

  private PriceInstances(ProductModel model) {
    for (Attribute a : model.attributes()) {
      Optional<String> address = address(a.id());
      if (address.isEmpty() || byAddress.containsKey(address.get())) {
        continue;
      }
      Map<String, String> label = new LinkedHashMap<>();
      a.label().texts().forEach((language, text) -> label.put(language, head(text)));
      Instance instance = new Instance(address.get(), Map.copyOf(label));
      byAddress.put(address.get(), instance);
      String first = head(a.label().text());
      byName.putIfAbsent(first, instance);
    }
  }

  /** The instances of {@code model}'s slots (none for a flat model). */
  public static PriceInstances of(ProductModel model) {
    return new PriceInstances(model);
  }

  /** The outermost instance address of attribute {@code attribute}: {@code bays[2]}. */
  public static Optional<String> address(String attribute) {
    Matcher m = TOP.matcher(attribute);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The instance of a price line of {@code kind} (base, value or component) with {@code reference}
   * (attribute=value or part number) and {@code label} (the engine's line label), if it has one.
   */
  public Optional<Instance> of(String kind, String reference, String label) {
    if (byAddress.isEmpty()) {
      return Optional.empty();
    }
    if ("value".equals(kind)) {
      return address(reference).map(byAddress::get);
    }
    if ("component".equals(kind)) {
      int x = label.indexOf(" x ");
      String rest = x < 0 ? label : label.substring(x + 3);
      int cut = rest.indexOf(SEPARATOR);
      return cut < 0 ? Optional.empty() : Optional.ofNullable(byName.get(rest.substring(0, cut)));
    }
    return Optional.empty();
  }

  /**
   * The line of {@code kind}, {@code reference}, {@code label} and {@code amount} with its
   * instance.
   */
  public <T> T line(String kind, String reference, String label, long amount, LineMaker<T> maker) {
    Optional<Instance> i = of(kind, reference, label);
    return maker.line(
        kind,
        reference,
        label,
        amount,
        i.map(Instance::address).orElse(null),
        i.map(Instance::label).orElse(null));
  }

  private static String head(String text) {
    int cut = text.indexOf(SEPARATOR);
    return cut < 0 ? text : text.substring(0, cut);
  }
}
