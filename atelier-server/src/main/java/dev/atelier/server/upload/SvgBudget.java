package dev.atelier.server.upload;

import dev.atelier.server.http.Nullable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What rendering an SVG costs before Batik sees it: elements nested at most {@value #MAX_DEPTH}
 * deep, at most {@value #MAX_ELEMENTS} elements written, and at most {@value #MAX_RENDERED}
 * rendered once every reference inside the document ({@code href="#id"}, {@code url(#id)}: uses,
 * patterns, gradients, clips, masks, markers) is expanded, so a {@code <use>} of ten uses of ten
 * uses... (the SVG "billion laughs") and reference cycles are refused. Stateless.
 */
final class SvgBudget {
  /** Deepest element nesting. */
  static final int MAX_DEPTH = 64;

  /** Most elements in the document. */
  static final int MAX_ELEMENTS = 20_000;

  /** Most elements drawn with every reference expanded. */
  static final int MAX_RENDERED = 50_000;

  /** Longest chain of references through each other. */
  private static final int MAX_CHAIN = 256;

  private static final Pattern URL_ID = Pattern.compile("url\\(\\s*['\"]?#([^)'\"\\s]+)");

  private SvgBudget() {}

  /** Why {@code root}'s document is too costly to render, or null when it is within budget. */
  static @Nullable String problem(Element root) {
    Map<String, Element> ids = new HashMap<>();
    int[] count = {0};
    String shape = index(root, 1, ids, count);
    if (shape != null) {
      return shape;
    }
    try {
      long rendered = new Expansion(ids).cost(root);
      return rendered > MAX_RENDERED
          ? "draws more than " + MAX_RENDERED + " elements once its references are expanded"
          : null;
    } catch (Refusal r) {
      return r.getMessage();
    }
  }

  private static @Nullable String index(
      Element e, int depth, Map<String, Element> ids, int[] count) {
    if (depth > MAX_DEPTH) {
      return "has elements nested more than " + MAX_DEPTH + " deep";
    }
    if (++count[0] > MAX_ELEMENTS) {
      return "has more than " + MAX_ELEMENTS + " elements";
    }
    String id = e.getAttribute("id");
    if (!id.isEmpty()) {
      ids.putIfAbsent(id, e);
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        String problem = index(child, depth + 1, ids, count);
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  /** A reason to refuse, thrown out of the expansion's recursion. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String why) {
      super(why, null, false, false);
    }
  }

  /** Counts the elements drawn with references expanded, memoised per element. */
  private static final class Expansion {
    private final Map<String, Element> ids;
    private final Map<Element, Long> costs = new IdentityHashMap<>();
    private final Deque<Element> open = new ArrayDeque<>();

    Expansion(Map<String, Element> ids) {
      this.ids = ids;
    }

    long cost(Element e) {
      Long known = costs.get(e);
      if (known != null) {
        return known;
      }
      if (open.contains(e)) {
        throw new Refusal("has an element that refers to itself ('" + e.getAttribute("id") + "')");
      }
      if (open.size() > MAX_CHAIN) {
        throw new Refusal("has references nested more than " + MAX_CHAIN + " deep");
      }
      open.push(e);
      long total = 1;
      for (Element target : targets(e)) {
        total = Math.min(Long.MAX_VALUE / 4, total + cost(target));
      }
      for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element child) {
          total = Math.min(Long.MAX_VALUE / 4, total + cost(child));
        }
      }
      open.pop();
      if (total > MAX_RENDERED) {
        throw new Refusal(
            "draws more than " + MAX_RENDERED + " elements once its references are expanded");
      }
      costs.put(e, total);
      return total;
    }

    private Set<Element> targets(Element e) {
      Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      NamedNodeMap attrs = e.getAttributes();
      for (int i = 0; i < attrs.getLength(); i++) {
        Attr a = (Attr) attrs.item(i);
        String v = a.getValue().trim();
        String name = a.getLocalName() != null ? a.getLocalName() : a.getName();
        if (name.equals("href") && v.startsWith("#")) {
          add(out, v.substring(1));
        }
        Matcher m = URL_ID.matcher(v);
        while (m.find()) {
          add(out, m.group(1));
        }
      }
      return out;
    }

    private void add(Set<Element> out, String id) {
      Element target = ids.get(id);
      if (target != null) {
        out.add(target);
      }
    }
  }
}
