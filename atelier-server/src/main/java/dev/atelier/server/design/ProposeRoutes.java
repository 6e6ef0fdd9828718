package dev.atelier.server.design;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.Evaluator;
import dev.atelier.engine.model.Expr;
import dev.atelier.engine.session.Preference;
import dev.atelier.engine.session.Proposal;
import dev.atelier.formats.product.NeedAnswer;
import dev.atelier.formats.product.NeedQuestion;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.design.DesignJson.Completion;
import dev.atelier.server.design.NeedsJson.Answer;
import dev.atelier.server.design.NeedsJson.Given;
import dev.atelier.server.design.NeedsJson.Needs;
import dev.atelier.server.design.NeedsJson.Proposals;
import dev.atelier.server.design.NeedsJson.ProposeRequest;
import dev.atelier.server.design.NeedsJson.Proposed;
import dev.atelier.server.design.NeedsJson.Question;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.http.NumberRanges;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Route;
import dev.atelier.server.shared.Choice;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The collaborative face: a product's needs dialogue and the ranked designs proposed for the
 * customer's answers, which the customer then refines in the toolkit. Immutable and thread-safe.
 */
public final class ProposeRoutes {

  private static final int DEFAULT_COUNT = 3;

  private static final NumberRange COUNT = NumberRanges.of(ProposeRequest.class, "count");

  private final Catalogue catalogue;
  private final DesignResolver resolver;
  private final DesignService service;
  private final DesignHandlers handlers;

  /**
   * Routes over {@code catalogue}, answered by {@code service}; artwork references are checked
   * against {@code artwork}'s uploads.
   */
  public ProposeRoutes(Catalogue catalogue, DesignService service, ArtworkFacts artwork) {
    this.catalogue = catalogue;
    this.resolver = new DesignResolver(catalogue);
    this.service = service;
    this.handlers = new DesignHandlers(resolver, artwork);
  }

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/products/{product}/versions/{version}/needs",
            "getNeeds",
            "The needs dialogue of a product version: questions in the customer's terms",
            Needs.class,
            this::needs),
        Route.post(
            "/api/designs/propose",
            "designPropose",
            "Ranked designs (optimal, distinct completions) for the answers to the needs dialogue",
            ProposeRequest.class,
            Proposals.class,
            List.of(409, 422),
            this::propose));
  }

  private Outcome<Needs> needs(Context ctx) {
    return PathVersion.answer(catalogue, ctx, pv -> Outcome.ok(needs(pv)));
  }

  private static Needs needs(ProductVersion pv) {
    List<Question> questions = new ArrayList<>();
    for (NeedQuestion q : pv.definition().needs()) {
      List<Answer> answers =
          q.answers().stream()
              .map(a -> new Answer(a.id(), a.label().texts(), a.hasBudget() ? a.budget() : null))
              .toList();
      questions.add(new Question(q.id(), q.question().texts(), answers));
    }
    return new Needs(pv.product(), pv.version(), questions);
  }

  private Outcome<Proposals> propose(Context ctx) {
    return JsonBodies.read(ctx.bodyAsBytes(), ProposeRequest.class)
        .then(
            r -> {
              if (r.design() == null) {
                return Outcome.rejected(Problem.badRequest("design", "'design' is required"));
              }
              int count = r.count() == null ? DEFAULT_COUNT : r.count();
              Optional<Problem> outside = NumberRanges.problem(COUNT, count, "count");
              if (outside.isPresent()) {
                return Outcome.rejected(outside.get());
              }
              return resolver
                  .resolve(r.design(), "design")
                  .then(d -> handlers.place(ctx, d, r.artwork() == null ? Map.of() : r.artwork()))
                  .map(ArtworkFacts.Placed::design)
                  .then(
                      d ->
                          chosen(d.product(), r.answers() == null ? List.of() : r.answers())
                              .then(
                                  answers ->
                                      EngineProblems.outcome(
                                              service.propose(d, proposal(answers, count)),
                                              "design",
                                              "answers")
                                          .map(list -> ranked(d.product(), answers, list))));
            });
  }

  private static Outcome<Map<String, NeedAnswer>> chosen(ProductVersion pv, List<Given> given) {
    Map<String, NeedAnswer> answers = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      Given g = given.get(i);
      String field = "answers[" + i + "]";
      if (g == null || g.question() == null || g.answer() == null) {
        String at = g == null ? field : field + (g.question() == null ? ".question" : ".answer");
        return Outcome.rejected(
            Problem.badRequest(at, "each answer needs 'question' and 'answer'"));
      }
      NeedQuestion q =
          pv.definition().needs().stream()
              .filter(x -> x.id().equals(g.question()))
              .findFirst()
              .orElse(null);
      if (q == null || !seen.add(q.id())) {
        String detail =
            q == null
                ? "no question '" + g.question() + "' in the needs dialogue"
                : "question '" + g.question() + "' is answered twice";
        return Outcome.rejected(
            Problem.of(422, "unknown-question", "Unknown question", detail, field + ".question"));
      }
      NeedAnswer a = q.answer(g.answer()).orElse(null);
      if (a == null) {
        return Outcome.rejected(
            Problem.of(
                422,
                "unknown-answer",
                "Unknown answer",
                "question '"
                    + q.id()
                    + "' has no answer '"
                    + g.answer()
                    + "'; answers: "
                    + q.answers().stream().map(NeedAnswer::id).toList(),
                field + ".answer"));
      }
      answers.put(q.id() + ":" + a.id(), a);
    }
    return Outcome.ok(answers);
  }

  private static Proposal proposal(Map<String, NeedAnswer> answers, int count) {
    List<Preference> prefer = new ArrayList<>();
    List<Expr> require = new ArrayList<>();
    long budget = Long.MAX_VALUE;
    for (NeedAnswer a : answers.values()) {
      prefer.addAll(a.prefer());
      require.addAll(a.require());
      budget = Math.min(budget, a.budget());
    }
    return new Proposal(prefer, require, budget, count);
  }

  private static Proposals ranked(
      ProductVersion pv, Map<String, NeedAnswer> answers, List<Completion> designs) {
    Evaluator evaluator = new Evaluator(pv.model());
    List<Proposed> proposals = new ArrayList<>();
    for (Completion c : designs) {
      Configuration configuration = new Configuration(c.configuration());
      List<String> meets = new ArrayList<>();
      List<String> misses = new ArrayList<>();
      answers.forEach(
          (key, a) -> {
            if (!a.prefer().isEmpty()) {
              boolean all =
                  a.prefer().stream().allMatch(p -> evaluator.holds(p.condition(), configuration));
              (all ? meets : misses).add(key);
            }
          });
      Completion best = designs.get(0);
      List<Choice> differs = new ArrayList<>();
      for (var a : pv.model().attributes()) {
        String mine = c.configuration().getOrDefault(a.id(), "~");
        if (!mine.equals(best.configuration().getOrDefault(a.id(), "~"))) {
          differs.add(new Choice(a.id(), mine));
        }
      }
      long delta = c.price().total() - best.price().total();
      proposals.add(new Proposed(proposals.size() + 1, c, meets, misses, differs, delta));
    }
    return new Proposals(proposals);
  }
}
