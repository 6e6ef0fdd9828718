package dev.atelier.formats.featuremodel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a small XML document with the place it starts, as read by {@link XmlDocument}.
 * Immutable and thread-safe.
 *
 * @param name the element name
 * @param attributes attribute values by name
 * @param children child elements in document order
 * @param text the concatenated character data directly inside the element
 * @param line 1-based line of the element's {@code <}
 * @param column 1-based column of the element's {@code <}
 * @param textLine 1-based line where the element's first character data starts
 * @param textColumn 1-based column where the element's first character data starts
 */
public record XmlElement(
    String name,
    Map<String, String> attributes,
    List<XmlElement> children,
    String text,
    int line,
    int column,
    int textLine,
    int textColumn) {

  public XmlElement {
    Objects.requireNonNull(name, "name");
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
    Objects.requireNonNull(text, "text");
  }

  /** The attribute {@code key}, or null. */
  public String attribute(String key) {
    return attributes.get(key);
  }
}
