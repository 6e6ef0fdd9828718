package dev.atelier.server.order;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.PlainText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.model.TextAttribute;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.upload.TextBlocklist;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the personalization texts of an order against its model and configuration: every text
 * attribute decided {@value TextAttribute#GIVEN} has a text its attribute accepts, and there is no
 * text for anything else, and no text holds a word of the {@link TextBlocklist}. Stateless.
 */
final class OrderTexts {

  /** The request field of the texts. */
  static final String FIELD = "texts";

  private static final TextBlocklist BLOCKLIST = TextBlocklist.shipped();

  private OrderTexts() {}

  /**
   * {@code texts} (null for none) in the model's attribute order, or a 422 problem naming {@code
   * texts.<attribute>}.
   */
  static Outcome<Map<String, String>> check(
      ProductModel model, Configuration configuration, @Nullable Map<String, String> texts) {
    Map<String, String> given = texts == null ? Map.of() : texts;
    for (String attribute : given.keySet()) {
      Optional<Attribute> a = model.attribute(attribute);
      if (a.isEmpty() || !(a.get() instanceof TextAttribute)) {
        // an unknown name is the caller's: repeated escaped and cut, in the field too
        String named = Echo.of(attribute);
        return rejected(named, "'" + named + "' is not a text attribute of this product");
      }
      if (!TextAttribute.GIVEN.equals(configuration.values().get(attribute))) {
        return rejected(
            attribute, "'" + attribute + "' is not decided '" + TextAttribute.GIVEN + "'");
      }
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (Attribute a : model.attributes()) {
      if (a instanceof TextAttribute text
          && TextAttribute.GIVEN.equals(configuration.values().get(a.id()))) {
        String typed = given.get(a.id());
        if (typed == null) {
          return rejected(a.id(), "'" + a.id() + "' is decided given: send its text");
        }
        Optional<String> unreadable = PlainText.problem(typed, false);
        if (unreadable.isPresent()) {
          return rejected(a.id(), "the text of '" + a.id() + "' holds " + unreadable.get());
        }
        // Composed (NFC), so that "é" typed as e and a combining accent counts one character
        // against maxLength and matches allowed characters such as [A-ZÄÖÜ], as on the screen.
        String value = Normalizer.normalize(typed, Normalizer.Form.NFC);
        if (!text.accepts(value)) {
          return rejected(a.id(), limits(text));
        }
        Optional<String> word = BLOCKLIST.blocked(value);
        if (word.isPresent()) {
          return rejected(
              a.id(),
              "the text of '"
                  + a.id()
                  + "' holds a word that is not allowed ('"
                  + word.get()
                  + "')");
        }
        ordered.put(a.id(), value);
      }
    }
    return Outcome.ok(Collections.unmodifiableMap(ordered));
  }

  private static String limits(TextAttribute text) {
    return "the text of '"
        + text.id()
        + "' must be 1 to "
        + text.maxLength()
        + " characters"
        + (text.allowedCharacters().isEmpty()
            ? " (no control, bidirectional or invisible characters)"
            : " of [" + text.allowedCharacters() + "]");
  }

  private static <T> Outcome<T> rejected(String attribute, String detail) {
    return Outcome.rejected(
        Problem.of(
            422, "invalid-text", "Invalid personalization text", detail, FIELD + "." + attribute));
  }
}
