package dev.atelier.formats.featuremodel;

import dev.atelier.formats.Diagnostic;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a whole XML document into {@link XmlElement}s with positions, using {@link SafeXml} (no
 * DTDs, no external entities). Stateless and thread-safe.
 */
public final class XmlDocument {

  /** Deeper nesting is refused: readers walk the tree recursively. */
  static final int MAX_DEPTH = 500;

  private XmlDocument() {}

  /** The outcome: the root element, or the first well-formedness problem. */
  public sealed interface Parsed permits Parsed.Ok, Parsed.Malformed {
    /** The document's root element. */
    record Ok(XmlElement root) implements Parsed {}

    /** The document is not well-formed XML (or could not be read). */
    record Malformed(Diagnostic diagnostic) implements Parsed {}
  }

  /** Parses the document in {@code reader}, reporting against {@code file}. */
  public static Parsed parse(Reader reader, String file) {
    Deque<Builder> open = new ArrayDeque<>();
    int line = 1;
    int column = 1;
    XMLStreamReader xml = null;
    try {
      xml = SafeXml.open(reader);
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          Map<String, String> attributes = new HashMap<>();
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
          }
          if (open.size() >= MAX_DEPTH) {
            return new Parsed.Malformed(
                new Diagnostic(
                    file, line, column, "elements nested deeper than " + MAX_DEPTH + " levels"));
          }
          open.push(new Builder(xml.getLocalName(), attributes, line, column));
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          XmlElement done = open.pop().build();
          if (open.isEmpty()) {
            return new Parsed.Ok(done);
          }
          open.peek().children.add(done);
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && !open.isEmpty()) {
          open.peek().text(xml.getText(), line, column);
        }
        Location end = xml.getLocation();
        line = Math.max(1, end.getLineNumber());
        // After character data the reader has already looked at the next '<'.
        boolean text = event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE;
        column = Math.max(1, end.getColumnNumber() - (text ? 1 : 0));
      }
      return new Parsed.Malformed(new Diagnostic(file, line, column, "no root element"));
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
      int cut = message.indexOf("Message: ");
      message = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
      return new Parsed.Malformed(
          new Diagnostic(
              file,
              at == null ? line : Math.max(1, at.getLineNumber()),
              at == null ? column : Math.max(1, at.getColumnNumber()),
              "malformed XML: " + message.strip()));
    } finally {
      close(xml);
    }
  }

  private static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // nothing more to read; the outcome is already known
      }
    }
  }

  /** An element being read. Not thread-safe. */
  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final int line;
    final int column;
    int textLine;
    int textColumn;

    Builder(String name, Map<String, String> attributes, int line, int column) {
      this.name = name;
      this.attributes = attributes;
      this.line = line;
      this.column = column;
      this.textLine = line;
      this.textColumn = column;
    }

    void text(String chunk, int atLine, int atColumn) {
      if (text.length() == 0) {
        textLine = atLine;
        textColumn = atColumn;
      }
      text.append(chunk);
    }

    XmlElement build() {
      return new XmlElement(
          name, attributes, children, text.toString(), line, column, textLine, textColumn);
    }
  }
}
