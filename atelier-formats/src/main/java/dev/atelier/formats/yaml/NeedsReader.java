package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.session.Preference;
import dev.atelier.formats.product.NeedAnswer;
import dev.atelier.formats.product.NeedQuestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code needs} section (the needs dialogue). Not thread-safe; one per file. */
final class NeedsReader {
  private final Diagnostics d;
  private final Expressions expressions;
  private final int digits;

  NeedsReader(Diagnostics diagnostics, Expressions expressions, int currencyDigits) {
    this.d = diagnostics;
    this.expressions = expressions;
    this.digits = currencyDigits;
  }

  List<NeedQuestion> needs(Node section) {
    List<NeedQuestion> questions = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    for (Node item : Scalars.list(section, "needs", d)) {
      MappingView m = MappingView.of(item, "need", List.of("id", "question", "answers"), d);
      if (m == null) {
        continue;
      }
      String id = unique(m.require("id"), "question id", seen);
      Node questionNode = m.require("question");
      LocalizedText question =
          questionNode == null ? null : Scalars.label(questionNode, "question", d);
      Node answersNode = m.require("answers");
      List<NeedAnswer> answers = answersNode == null ? List.of() : answers(answersNode);
      if (answersNode != null && answers.size() < 2) {
        d.at(answersNode, "a question needs at least two answers");
        continue;
      }
      if (id != null && question != null) {
        questions.add(new NeedQuestion(id, question, answers));
      }
    }
    return questions;
  }

  private List<NeedAnswer> answers(Node node) {
    List<NeedAnswer> answers = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    List<String> keys = List.of("id", "label", "prefer", "require", "budget");
    for (Node item : Scalars.list(node, "answers", d)) {
      MappingView m = MappingView.of(item, "answer", keys, d);
      if (m == null) {
        continue;
      }
      String id = unique(m.require("id"), "answer id", seen);
      LocalizedText label =
          m.has("label")
              ? Scalars.label(m.get("label"), "label", d)
              : LocalizedText.of(id == null ? "?" : id);
      List<Preference> prefer = preferences(m.get("prefer"));
      List<Expr> require = new ArrayList<>();
      for (Node r : Scalars.list(m.get("require"), "require", d)) {
        Expr e = expressions.expr(r, "require");
        if (e != null) {
          require.add(e);
        }
      }
      Long budget =
          m.has("budget")
              ? Scalars.money(m.get("budget"), "budget", digits, d)
              : Long.valueOf(Long.MAX_VALUE);
      if (id != null && label != null && prefer != null && budget != null) {
        answers.add(new NeedAnswer(id, label, prefer, require, budget));
      }
    }
    return answers;
  }

  private List<Preference> preferences(Node node) {
    List<Preference> prefer = new ArrayList<>();
    for (Node item : Scalars.list(node, "prefer", d)) {
      MappingView m = MappingView.of(item, "preference", List.of("when", "weight"), d);
      if (m == null) {
        continue;
      }
      Node whenNode = m.require("when");
      Expr when = whenNode == null ? null : expressions.expr(whenNode, "when");
      Integer weight =
          m.has("weight")
              ? Scalars.bounded(m.get("weight"), "weight", 1, 1_000, d)
              : Integer.valueOf(1);
      if (when != null && weight != null) {
        prefer.add(new Preference(when, weight));
      }
    }
    return prefer;
  }

  private String unique(Node idNode, String what, Map<String, Node> seen) {
    if (idNode == null) {
      return null;
    }
    String id = Scalars.id(idNode, what, d);
    if (id != null && seen.putIfAbsent(id, idNode) != null) {
      d.at(
          idNode,
          "duplicate "
              + what
              + " '"
              + id
              + "' (first defined at "
              + Scalars.place(seen.get(id))
              + ")");
      return null;
    }
    return id;
  }
}
