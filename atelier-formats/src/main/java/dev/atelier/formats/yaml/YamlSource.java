package dev.atelier.formats.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns YAML (or JSON) text into a node tree with positions, reporting syntax errors and over-deep
 * nesting as diagnostics instead of throwing. Stateless and thread-safe.
 */
final class YamlSource {

  /** How deeply collections may nest; model files need fewer than ten levels. */
  static final int MAX_NESTING = 64;

  private YamlSource() {}

  /** The document's root node, or empty after reporting why there is none. */
  static Optional<Node> parse(String text, Diagnostics diagnostics) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel("model")
            .setAllowDuplicateKeys(true) // reported by MappingView with both positions
            .setMaxAliasesForCollections(50)
            .setCodePointLimit(Integer.MAX_VALUE)
            // snakeyaml-engine 2.9 reads past its buffer when a surrogate pair straddles a buffer
            // boundary (IndexOutOfBoundsException); one buffer for the whole text has no boundary.
            .setBufferSize(text.length() + 2)
            .build();
    try {
      int depth = 0;
      for (Event e : new Parse(settings).parseString(text)) {
        switch (e.getEventId()) {
          case MappingStart, SequenceStart -> depth++;
          case MappingEnd, SequenceEnd -> depth--;
          default -> {}
        }
        if (depth > MAX_NESTING) {
          diagnostics.at(e.getStartMark(), "nesting deeper than " + MAX_NESTING + " levels");
          return Optional.empty();
        }
      }
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty()) {
        diagnostics.at(1, 1, "the file is empty; expected a product model mapping");
      }
      return root;
    } catch (MarkedYamlEngineException e) {
      diagnostics.at(
          e.getProblemMark().or(e::getContextMark), "YAML syntax error: " + e.getProblem());
      return Optional.empty();
    } catch (YamlEngineException e) {
      diagnostics.at(1, 1, "YAML error: " + e.getMessage());
      return Optional.empty();
    }
  }
}
