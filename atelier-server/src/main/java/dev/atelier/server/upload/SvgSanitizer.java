package dev.atelier.server.upload;

import dev.atelier.server.http.Nullable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks an SVG with a hardened XML parser (no DTD, no entities, no external access, no XInclude)
 * and refuses scripts, event handlers, foreignObject and any reference that leaves the document;
 * what passes is written back from the parsed tree. Thread-safe (a parser per call).
 */
final class SvgSanitizer {
  private static final Set<String> FORBIDDEN =
      Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  /**
   * The SVG elements printed artwork may use: shapes, text, structure, paint servers, clips and
   * masks. No filters (Batik's filter chains are unbounded work), no animation (it can set a
   * reference after the check), no images (only references inside the document are allowed), no
   * fonts. Elements of other namespaces (editor metadata) are not drawn.
   */
  private static final Set<String> DRAWN =
      Set.of(
          "svg",
          "g",
          "defs",
          "symbol",
          "use",
          "title",
          "desc",
          "metadata",
          "switch",
          "a",
          "path",
          "rect",
          "circle",
          "ellipse",
          "line",
          "polyline",
          "polygon",
          "text",
          "tspan",
          "textpath",
          "lineargradient",
          "radialgradient",
          "stop",
          "clippath",
          "mask",
          "pattern",
          "marker",
          "style");

  private static final TextBlocklist BLOCKLIST = TextBlocklist.shipped();

  /** Most characters of text (and style sheets) together: Batik lays out every glyph. */
  static final int MAX_TEXT = 20_000;

  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile("url\\(\\s*['\"]?([^'\"\\s)]?)");

  private SvgSanitizer() {}

  /** The cleaned SVG with its size and colours, or why it is refused. */
  record Cleaned(byte[] bytes, int width, int height, int colours) {}

  /** Either a cleaned document or the reason it is refused. */
  record Outcome(Optional<Cleaned> cleaned, String refusal) {}

  static Outcome check(byte[] svg) {
    Document doc;
    try {
      doc = parser().parse(new ByteArrayInputStream(svg));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      return refuse("is not a well-formed SVG without DTD or entities");
    }
    Element root = doc.getDocumentElement();
    if (!"svg".equals(localName(root)) || !SVG_NS.equals(root.getNamespaceURI())) {
      return refuse("is XML but not an SVG (an svg element in the SVG namespace)");
    }
    String costly = SvgBudget.problem(root);
    if (costly != null) {
      return refuse(costly);
    }
    Set<String> colours = new HashSet<>();
    String problem = walk(root, colours);
    if (problem != null) {
      return refuse(problem);
    }
    String box = root.getAttribute("viewBox").trim();
    if (!box.isEmpty() && !SvgGeometry.viewBox(box)) {
      return refuse(
          "has a viewBox that is not four numbers with a width and height of 0.001 to 10^7");
    }
    int[] size = SvgGeometry.size(root);
    if (size == null) {
      return refuse("needs a width and height or a viewBox");
    }
    String text = root.getTextContent();
    if (text.length() > MAX_TEXT) {
      return refuse("has more than " + MAX_TEXT + " characters of text and style");
    }
    Optional<String> word = BLOCKLIST.blocked(text);
    if (word.isPresent()) {
      return refuse("has a text with a word that is not allowed ('" + word.get() + "')");
    }
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return new Outcome(
          Optional.of(
              new Cleaned(out.toByteArray(), size[0], size[1], Math.max(1, colours.size()))),
          "");
    } catch (TransformerException e) {
      return refuse("could not be written back");
    }
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b;
  }

  private static @Nullable String walk(Element e, Set<String> colours) {
    String name = localName(e).toLowerCase(Locale.ROOT);
    if (FORBIDDEN.contains(name)) {
      return "contains a <" + localName(e) + "> element";
    }
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String an = localName(a).toLowerCase(Locale.ROOT);
      String value = a.getValue().trim();
      String lower = value.toLowerCase(Locale.ROOT);
      if (an.startsWith("on")) {
        return "has an event handler (" + a.getName() + ")";
      }
      if (an.equals("href") && !value.startsWith("#")) {
        return "refers outside the document (" + a.getName() + "=\"" + shorten(value) + "\")";
      }
      if (an.equals("base") && XMLConstants.XML_NS_URI.equals(a.getNamespaceURI())) {
        return "sets xml:base (references would leave the document)";
      }
      if (outside(lower) || lower.contains("javascript:")) {
        return "refers outside the document (" + a.getName() + ")";
      }
      if (an.equals("stroke-dasharray") || lower.contains("stroke-dasharray")) {
        return "has a dashed stroke (" + a.getName() + "): convert the dashes to paths";
      }
      if (an.equals("fill") || an.equals("stroke") || an.equals("stop-color")) {
        if (!lower.equals("none") && !lower.startsWith("url(")) {
          colours.add(lower);
        }
      }
    }
    if (SVG_NS.equals(e.getNamespaceURI()) && !DRAWN.contains(name)) {
      return "contains a <" + localName(e) + "> element (not printed)";
    }
    if (name.equals("style") && outside(e.getTextContent().toLowerCase(Locale.ROOT))) {
      return "has a style sheet that loads from elsewhere";
    }
    if (name.equals("style")
        && e.getTextContent().toLowerCase(Locale.ROOT).contains("stroke-dasharray")) {
      return "has a dashed stroke (in a style sheet): convert the dashes to paths";
    }
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node c = children.item(i);
      if (c.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
        return "contains a processing instruction";
      }
      if (c instanceof Element child) {
        String problem = walk(child, colours);
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  /**
   * Whether CSS or attribute text {@code lower} (lower case) may load from elsewhere: a {@code
   * url(...)} not to {@code #id}, an {@code @import}, or a CSS escape (which could spell either).
   */
  private static boolean outside(String lower) {
    if (lower.contains("@import") || lower.indexOf('\\') >= 0) {
      return true;
    }
    java.util.regex.Matcher m = URL.matcher(lower);
    while (m.find()) {
      if (!m.group(1).equals("#")) {
        return true;
      }
    }
    return false;
  }

  private static String localName(Node n) {
    return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static Outcome refuse(String why) {
    return new Outcome(Optional.empty(), "the SVG " + why);
  }
}
