package dev.atelier.formats.yaml;

import dev.atelier.engine.model.Expr;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.session.Preference;
import dev.atelier.formats.product.NeedAnswer;
import dev.atelier.formats.product.NeedQuestion;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code needs} section (the needs dialogue). Not thread-safe; one per file. */
record NeedsReader(Diagnostics d, Expressions expressions, int digits) {

  List<NeedQuestion> needs(Node section) {
    UniqueIds ids = new UniqueIds("question id", d);
    List<String> keys = List.of("id", "question", "answers");
    return YamlLists.mappings(section, "needs", "need", keys, d, m -> question(m, ids));
  }

  private NeedQuestion question(MappingView m, UniqueIds ids) {
    String id = ids.read(m.require("id"));
    Node questionNode = m.require("question");
    LocalizedText question =
        questionNode == null ? null : Scalars.label(questionNode, "question", d);
    Node answersNode = m.require("answers");
    List<NeedAnswer> answers = answersNode == null ? List.of() : answers(answersNode);
    if (answersNode != null && answers.size() < 2) {
      d.at(answersNode, "a question needs at least two answers");
      return null;
    }
    if (id != null && question != null) {
      return new NeedQuestion(id, question, answers);
    }
    return null;
  }

  private List<NeedAnswer> answers(Node node) {
    UniqueIds ids = new UniqueIds("answer id", d);
    List<String> keys = List.of("id", "label", "prefer", "require", "budget");
    return YamlLists.mappings(node, "answers", "answer", keys, d, m -> answer(m, ids));
  }

  private NeedAnswer answer(MappingView m, UniqueIds ids) {
    String id = ids.read(m.require("id"));
    LocalizedText label = m.label(id);
    List<Preference> prefer = preferences(m.get("prefer"));
    List<Expr> require =
        YamlLists.items(m.get("require"), "require", d, r -> expressions.expr(r, "require"));
    Long budget =
        m.has("budget")
            ? Scalars.money(m.get("budget"), "budget", digits, d)
            : Long.valueOf(Long.MAX_VALUE);
    if (id != null && label != null && prefer != null && budget != null) {
      return new NeedAnswer(id, label, prefer, require, budget);
    }
    return null;
  }

  private List<Preference> preferences(Node node) {
    return YamlLists.mappings(
        node, "prefer", "preference", List.of("when", "weight"), d, this::preference);
  }

  private Preference preference(MappingView m) {
    Node whenNode = m.require("when");
    Expr when = whenNode == null ? null : expressions.expr(whenNode, "when");
    Integer weight =
        m.has("weight")
            ? Scalars.bounded(m.get("weight"), "weight", 1, 1_000, d)
            : Integer.valueOf(1);
    if (when != null && weight != null) {
      return new Preference(when, weight);
    }
    return null;
  }
}
