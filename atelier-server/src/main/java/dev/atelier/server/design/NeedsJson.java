package dev.atelier.server.design;

import dev.atelier.engine.session.Proposal;
import dev.atelier.server.design.DesignJson.Completion;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the needs dialogue (the collaborative face): the questions of a product
 * version, the customer's answers, and the ranked designs proposed for them. Labels map language
 * codes to text. All records are immutable and thread-safe.
 */
public final class NeedsJson {

  private NeedsJson() {}

  /** {@code GET /api/products/{product}/versions/{version}/needs}. */
  public record Needs(String product, String version, List<Question> questions) {}

  /** A question and its answers. */
  public record Question(String id, Map<String, String> question, List<Answer> answers) {}

  /** A possible answer; {@code budget} is the highest total price it allows, if any. */
  public record Answer(String id, Map<String, String> label, @Nullable Long budget) {}

  /**
   * {@code POST /api/designs/propose}: the design so far (e.g. body measurements), one answer per
   * question (questions may be skipped), and how many designs to propose (default 3, at most 10).
   */
  public record ProposeRequest(
      Design design,
      List<Given> answers,
      @NumberRange(min = 1, max = Proposal.MAX_COUNT) @Nullable Integer count,
      @Nullable Map<String, ArtworkRef> artwork) {}

  /** The answer given to a question. */
  public record Given(String question, String answer) {}

  /** The ranked proposals, best first; fewer than asked when no more distinct designs exist. */
  public record Proposals(List<Proposed> proposals) {}

  /**
   * One proposal: its rank (1 = best), the completed design with its price, and which answers'
   * wishes it meets fully and which it misses (as {@code question:answer}); {@code differs}: how it
   * differs from the best proposal (its values where they differ, in attribute order; {@code ~}:
   * unset), empty for the best, and {@code priceDelta} its total minus the best one's.
   */
  public record Proposed(
      int rank,
      Completion design,
      List<String> meets,
      List<String> misses,
      List<Choice> differs,
      long priceDelta) {}
}
