package dev.atelier.formats.sxfm;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.featuremodel.Feature;
import dev.atelier.formats.featuremodel.FeatureGroup;
import dev.atelier.formats.featuremodel.XmlElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the indented text of an SXFM {@code <feature_tree>} into features, collecting every
 * problem. Not thread-safe: one per read.
 */
final class SxfmTreeParser {

  private static final Pattern GROUP =
      Pattern.compile("(?:\\(([^)]*)\\)\\s*)?\\[\\s*(\\d+)\\s*,\\s*(\\d+|\\*)\\s*\\]\\s*");
  private static final Pattern NAMED = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*");

  /** The tree and the attribute names of its features. */
  record Parsed(Feature root, Set<String> featuresById) {}

  private final String file;
  private final List<Diagnostic> diagnostics;
  private final Set<String> names = new HashSet<>();
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  SxfmTreeParser(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** The tree, or null when it has no root; problems go to the shared list. */
  Parsed parse(XmlElement treeText) {
    String[] lines = treeText.text().split("\r?\n|\r", -1);
    Node root = null;
    Deque<Node> open = new ArrayDeque<>();
    for (int i = 0; i < lines.length; i++) {
      int line = treeText.textLine() + i;
      int offset = i == 0 ? treeText.textColumn() - 1 : 0;
      Node node = line(lines[i], line, offset);
      if (node == null) {
        continue;
      }
      while (!open.isEmpty() && open.peek().indent >= node.indent) {
        open.pop();
      }
      if (node.kind == 'r') {
        if (root != null) {
          report(line, node.column, "a second root feature (:r); the tree has one root");
          continue;
        }
        root = node;
      } else if (open.isEmpty()) {
        report(line, node.column, "feature line outside the root feature; indent it below :r");
        continue;
      } else {
        attach(open.peek(), node);
      }
      open.push(node);
    }
    return root == null ? null : new Parsed(feature(root), Set.copyOf(names));
  }

  private void attach(Node parent, Node child) {
    if (parent.kind == 'g' && (child.kind == 'g' || child.kind == 'r')) {
      report(child.line, child.column, "only group members (': name') may appear below a :g group");
    } else if (parent.kind != 'g' && child.kind == ' ') {
      report(child.line, child.column, "group member (': name') outside a :g group");
    }
    parent.children.add(child);
  }

  private Node line(String text, int line, int offset) {
    int at = 0;
    int indent = 0;
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      indent = text.charAt(at) == '\t' ? (indent / 4 + 1) * 4 : indent + 1;
      at++;
    }
    String rest = text.substring(at).stripTrailing();
    if (rest.isEmpty()) {
      return null;
    }
    int column = offset + at + 1;
    if (rest.charAt(0) != ':' || rest.length() < 2) {
      report(line, column, "expected a feature line starting with :r, :m, :o, :g or ':'");
      return null;
    }
    char kind = rest.charAt(1);
    if ("rmog ".indexOf(kind) < 0 || (rest.length() > 2 && kind != ' ' && rest.charAt(2) != ' ')) {
      report(
          line,
          column,
          "unknown line kind '"
              + rest.substring(0, Math.min(3, rest.length()))
              + "', expected :r, :m, :o, :g or ':'");
      return null;
    }
    Node node = new Node(kind, indent, line, column);
    String body = rest.substring(2).strip();
    if (kind == 'g') {
      Matcher m = GROUP.matcher(body);
      if (!m.matches()) {
        report(line, column + 3, "expected a group cardinality such as [1,1] or [1,*]");
        node.min = 0;
        node.max = FeatureGroup.UNBOUNDED;
      } else if (m.group(2).length() > 6 || m.group(3).length() > 6) {
        report(line, column + 3, "group cardinality too large (at most 999999): " + body);
        node.min = 0;
        node.max = FeatureGroup.UNBOUNDED;
      } else {
        node.min = Integer.parseInt(m.group(2));
        node.max = m.group(3).equals("*") ? FeatureGroup.UNBOUNDED : Integer.parseInt(m.group(3));
      }
      return node;
    }
    Matcher named = NAMED.matcher(body);
    if (named.matches() && !named.group(2).isBlank()) {
      node.label = named.group(1).isBlank() ? named.group(2).strip() : named.group(1);
      node.id = named.group(2).strip();
    } else {
      node.label = body;
    }
    if (node.label.isEmpty()) {
      report(line, column, "feature without a name");
      node.label = "line" + line;
    }
    node.name = uniqueName(node);
    return node;
  }

  private String uniqueName(Node node) {
    String wanted = node.id != null ? node.id : node.label;
    if (names.add(wanted)) {
      return wanted;
    }
    if (node.id != null) {
      report(node.line, node.column, "duplicate feature id '" + node.id + "'");
    }
    // The next suffix to try per name keeps thousands of duplicates linear instead of quadratic.
    for (int n = nextSuffix.getOrDefault(wanted, 2); ; n++) {
      String candidate = wanted + "#" + n;
      if (names.add(candidate)) {
        nextSuffix.put(wanted, n + 1);
        return candidate;
      }
    }
  }

  private Feature feature(Node node) {
    List<FeatureGroup> groups = new ArrayList<>();
    List<Feature> run = new ArrayList<>();
    char runKind = 0;
    for (Node child : node.children) {
      if (child.kind != runKind && !run.isEmpty()) {
        groups.add(FeatureGroup.of(kindOf(runKind), run));
        run = new ArrayList<>();
      }
      runKind = child.kind;
      if (child.kind == 'm' || child.kind == 'o' || child.kind == ' ') {
        run.add(feature(child));
      } else if (child.kind == 'g') {
        runKind = 0;
        groups.add(group(child));
      }
    }
    if (!run.isEmpty()) {
      groups.add(FeatureGroup.of(kindOf(runKind), run));
    }
    return new Feature(node.name, node.label, false, Feature.FeatureType.BOOLEAN, 0, groups);
  }

  private FeatureGroup group(Node group) {
    List<Feature> members = new ArrayList<>();
    for (Node member : group.children) {
      members.add(feature(member));
    }
    if (members.isEmpty()) {
      report(group.line, group.column, "group without members");
    }
    if (members.size() == 1) {
      // A one-member group imposes nothing beyond "child requires parent" in FeatureIDE, whose
      // conversions (the FMB DIMACS and UVL files) read it as an optional child.
      return FeatureGroup.of(FeatureGroup.Kind.OPTIONAL, members);
    }
    if (group.min == 1 && group.max == 1) {
      return FeatureGroup.of(FeatureGroup.Kind.ALTERNATIVE, members);
    }
    if (group.min == 1 && group.max == FeatureGroup.UNBOUNDED) {
      return FeatureGroup.of(FeatureGroup.Kind.OR, members);
    }
    return FeatureGroup.cardinality(group.min, group.max, members);
  }

  private static FeatureGroup.Kind kindOf(char kind) {
    return kind == 'm' ? FeatureGroup.Kind.MANDATORY : FeatureGroup.Kind.OPTIONAL;
  }

  private void report(int line, int column, String message) {
    diagnostics.add(new Diagnostic(file, line, column, message));
  }

  /** A tree line being assembled. Not thread-safe. */
  private static final class Node {
    final char kind;
    final int indent;
    final int line;
    final int column;
    final List<Node> children = new ArrayList<>();
    String label;
    String id;
    String name;
    int min;
    int max;

    Node(char kind, int indent, int line, int column) {
      this.kind = kind;
      this.indent = indent;
      this.line = line;
      this.column = column;
    }
  }
}
