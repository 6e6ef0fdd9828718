package dev.atelier.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A human-readable text in one or more languages, keyed by language tag ("en", "de", ...). The
 * first entry is the default used when a requested language is missing. Immutable and thread-safe.
 *
 * @param texts language tag to text, in insertion order; never empty
 */
public record LocalizedText(Map<String, String> texts) {

  /** The language used when a text is given without one. */
  public static final String DEFAULT_LANGUAGE = "en";

  public LocalizedText {
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }

  /** A text in the default language only. */
  public static LocalizedText of(String text) {
    return new LocalizedText(Map.of(DEFAULT_LANGUAGE, Objects.requireNonNull(text, "text")));
  }

  /** The text in {@code language}, or in the first language given when that one is missing. */
  public String in(String language) {
    String text = texts.get(language);
    return text != null ? text : texts.values().iterator().next();
  }

  /** The text in the default (first) language. */
  public String text() {
    return texts.values().iterator().next();
  }

  @Override
  public String toString() {
    return text();
  }
}
