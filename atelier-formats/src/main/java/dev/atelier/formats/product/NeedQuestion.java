package dev.atelier.formats.product;

import dev.atelier.engine.model.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a product's needs dialogue, asked in the customer's terms ("Where will you mostly
 * ride?"), with the answers to choose from. Immutable and thread-safe.
 *
 * @param id question id, unique in the model
 * @param question what the customer reads
 * @param answers the possible answers, in file order (at least two)
 */
public record NeedQuestion(String id, LocalizedText question, List<NeedAnswer> answers) {

  public NeedQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    answers = List.copyOf(answers);
  }

  /** The answer with {@code answerId}, if any. */
  public Optional<NeedAnswer> answer(String answerId) {
    return answers.stream().filter(a -> a.id().equals(answerId)).findFirst();
  }
}
