package dev.atelier.formats.xcsp;

import dev.atelier.formats.SourceText;
import dev.atelier.formats.xcsp.ContentTokens.Token;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** An element's text in an XCSP document split into tokens, and the offset just after the text. */
record XcspContent(List<Token> tokens, int end) {

  /**
   * Reads the text of the element {@code tag} opened, up to its end tag, placed in {@code source}.
   */
  static XcspContent read(XMLStreamReader xml, XcspTag tag, SourceText source)
      throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (depth == 1
          && (event == XMLStreamConstants.CHARACTERS
              || event == XMLStreamConstants.SPACE
              || event == XMLStreamConstants.CDATA)) {
        text.append(xml.getText());
      }
    }
    String s = text.toString();
    boolean exact = source.text().startsWith(s, tag.end());
    int end = exact ? tag.end() + s.length() : tag.start();
    return new XcspContent(ContentTokens.split(s, exact ? tag.end() : tag.start(), exact), end);
  }
}
