package dev.atelier.formats.xcsp;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.SourceText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses the XML of an XCSP 2.1 instance into an {@link XcspDocument}, collecting a diagnostic for
 * every problem it can find; the integers of domains and relations are read by {@link XcspValues}.
 * DTDs and external entities are disabled. Not thread-safe; use one parser per file.
 */
final class XcspParser {

  private final SourceText source;
  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final XcspValues values;
  private String name = "";
  private final List<XcspDocument.Domain> domains = new ArrayList<>();
  private final List<XcspDocument.Variable> variables = new ArrayList<>();
  private final List<XcspDocument.Relation> relations = new ArrayList<>();
  private final List<String> predicates = new ArrayList<>();
  private final List<XcspDocument.ConstraintDecl> constraints = new ArrayList<>();

  XcspParser(SourceText source, String file) {
    this.source = source;
    this.file = file;
    this.values = new XcspValues(source, file, diagnostics);
  }

  /** The problems found so far, in the order found. */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Parses the whole text; the document holds what could be read even when there are problems. */
  XcspDocument parse() {
    try {
      XMLStreamReader xml = factory().createXMLStreamReader(new StringReader(source.text()));
      try {
        readDocument(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      int line = l == null ? 1 : Math.max(1, l.getLineNumber());
      int column = l == null ? 1 : Math.max(1, l.getColumnNumber());
      diagnostics.add(new Diagnostic(file, line, column, "malformed XML: " + xmlMessage(e)));
    }
    return new XcspDocument(name, domains, variables, relations, predicates, constraints);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    return f;
  }

  private void readDocument(XMLStreamReader xml) throws XMLStreamException {
    boolean root = true;
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      XcspTag tag = XcspTag.read(xml, source);
      if (root) {
        root = false;
        if (!tag.name().equals("instance")) {
          diagnostics.add(
              at(
                  tag.start(),
                  "the root element is <"
                      + tag.name()
                      + ">, expected <instance> (an XCSP 2.1 instance)"));
          return;
        }
        continue;
      }
      switch (tag.name()) {
        case "presentation" -> name = tag.attr("name", "");
        case "domain" -> readDomain(tag, XcspContent.read(xml, tag, source));
        case "variable" -> readVariable(tag);
        case "relation" -> readRelation(tag, XcspContent.read(xml, tag, source));
        case "predicate" -> readPredicate(tag);
        case "constraint" -> readConstraint(tag);
        default -> {
          // containers (domains, variables, ...) and parts of predicates: nothing to do
        }
      }
    }
  }

  private void readDomain(XcspTag tag, XcspContent content) {
    String domainName = required(tag, "name");
    XcspValues.Domain read = values.domain(content);
    Integer declared = count(tag, "nbValues");
    if (declared != null && !read.tooLarge() && declared != read.values().size()) {
      diagnostics.add(
          at(
              tag.attrOffset("nbValues"),
              "nbValues=\""
                  + declared
                  + "\" but the domain lists "
                  + read.values().size()
                  + " values"));
    }
    if (domainName != null) {
      domains.add(new XcspDocument.Domain(domainName, read.values(), tag.start()));
    }
  }

  private void readVariable(XcspTag tag) {
    String variableName = required(tag, "name");
    String domain = required(tag, "domain");
    if (variableName != null && domain != null) {
      variables.add(new XcspDocument.Variable(variableName, domain, tag.start()));
    }
  }

  private void readRelation(XcspTag tag, XcspContent content) {
    String relationName = required(tag, "name");
    Integer arity = count(tag, "arity");
    if (arity == null) {
      if (!tag.has("arity")) {
        diagnostics.add(at(tag.start(), "<relation> needs an arity attribute"));
      }
      return;
    }
    if (arity < 1) {
      diagnostics.add(at(tag.attrOffset("arity"), "the arity must be at least 1"));
      return;
    }
    String semantics = tag.attr("semantics", "supports");
    boolean conflicts = semantics.equals("conflicts");
    if (!conflicts && !semantics.equals("supports")) {
      diagnostics.add(
          at(
              tag.attrOffset("semantics"),
              "unsupported relation semantics \""
                  + semantics
                  + "\" (supported: supports, conflicts)"));
      return;
    }
    List<long[]> tuples = values.tuples(content, arity);
    Integer declared = count(tag, "nbTuples");
    if (declared != null && declared != tuples.size()) {
      diagnostics.add(
          at(
              tag.attrOffset("nbTuples"),
              "nbTuples=\"" + declared + "\" but the relation lists " + tuples.size() + " tuples"));
    }
    if (relationName != null) {
      relations.add(new XcspDocument.Relation(relationName, arity, conflicts, tuples, tag.start()));
    }
  }

  private void readPredicate(XcspTag tag) {
    String predicateName = required(tag, "name");
    if (predicateName != null) {
      predicates.add(predicateName);
    }
  }

  private void readConstraint(XcspTag tag) {
    String constraintName = required(tag, "name");
    String scope = required(tag, "scope");
    String reference = required(tag, "reference");
    if (constraintName == null || scope == null || reference == null) {
      return;
    }
    List<String> scopeNames = List.of(scope.trim().split("\\s+"));
    if (scope.isBlank()) {
      diagnostics.add(at(tag.attrOffset("scope"), "the scope is empty"));
      return;
    }
    Integer arity = count(tag, "arity");
    if (arity != null && arity != scopeNames.size()) {
      diagnostics.add(
          at(
              tag.attrOffset("arity"),
              "arity=\"" + arity + "\" but the scope has " + scopeNames.size() + " variables"));
    }
    constraints.add(
        new XcspDocument.ConstraintDecl(
            constraintName,
            scopeNames,
            reference,
            tag.start(),
            tag.attrOffset("scope"),
            tag.attrOffset("reference")));
  }

  private String required(XcspTag tag, String attribute) {
    if (!tag.has(attribute)) {
      diagnostics.add(at(tag.start(), "<" + tag.name() + "> needs a " + attribute + " attribute"));
      return null;
    }
    return tag.attr(attribute, "");
  }

  /** A non-negative count attribute, null when absent or (with a diagnostic) not a count. */
  private Integer count(XcspTag tag, String attribute) {
    if (!tag.has(attribute)) {
      return null;
    }
    String text = tag.attr(attribute, "").trim();
    Long v = ContentTokens.parseLong(text);
    if (v == null || v < 0 || v > Integer.MAX_VALUE) {
      diagnostics.add(
          at(tag.attrOffset(attribute), attribute + "=\"" + text + "\" is not a count"));
      return null;
    }
    return v.intValue();
  }

  private Diagnostic at(int offset, String message) {
    return source.at(file, offset, message);
  }

  private static String xmlMessage(XMLStreamException e) {
    String m = e.getMessage() == null ? "unreadable XML" : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + "Message: ".length()) : m).trim();
  }
}
