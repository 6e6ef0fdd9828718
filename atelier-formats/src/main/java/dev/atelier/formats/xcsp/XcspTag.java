package dev.atelier.formats.xcsp;

import dev.atelier.formats.SourceText;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamReader;

/**
 * A start tag of an XCSP document: its name, where it starts and ends in the source text, and its
 * attributes.
 */
record XcspTag(String name, int start, int end, Map<String, String> attributes, String text) {

  /** The start tag {@code xml} stands on, placed in {@code source}. */
  static XcspTag read(XMLStreamReader xml, SourceText source) {
    Location l = xml.getLocation();
    int end = source.offset(l.getLineNumber(), l.getColumnNumber());
    int start = Math.max(0, source.text().lastIndexOf('<', Math.max(0, end - 1)));
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      attributes.putIfAbsent(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    return new XcspTag(xml.getLocalName(), start, end, attributes, source.text());
  }

  /** Whether the tag has {@code attribute}. */
  boolean has(String attribute) {
    return attributes.containsKey(attribute);
  }

  /** The value of {@code attribute}, or {@code fallback} when the tag has none. */
  String attr(String attribute, String fallback) {
    return attributes.getOrDefault(attribute, fallback);
  }

  /** Where the value of {@code attribute} starts, or the tag's start when not found. */
  int attrOffset(String attribute) {
    int from = start;
    while (true) {
      int i = text.indexOf(attribute, from);
      if (i < 0 || i >= end) {
        return start;
      }
      int j = i + attribute.length();
      boolean nameStart = i > 0 && Character.isWhitespace(text.charAt(i - 1));
      while (j < end && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (nameStart && j < end && text.charAt(j) == '=') {
        j++;
        while (j < end && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        return j < end ? j + 1 : start;
      }
      from = i + 1;
    }
  }
}
