package dev.atelier.server.wishes;

import dev.atelier.server.account.Account;
import dev.atelier.server.catalogue.CatalogueRefs;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.design.DesignOrigin;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.TextFields;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.wishes.WishJson.WishRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Checks a wish as sent: its session or account, its text, its product, attribute and design, and
 * the e-mail an anonymous wisher leaves. Immutable and thread-safe.
 *
 * @param refs the catalogue the wish refers to
 * @param clock when the wish is made
 */
record WishRequests(CatalogueRefs refs, Clock clock) {

  /** Most decisions a wish's design may carry. */
  static final int MAX_DECISIONS = 200;

  /**
   * The e-mail address an anonymous wisher left to be told when the wish is met, normalized; none
   * for a signed-in wisher (their account is told) or when left empty.
   */
  static Outcome<Optional<String>> notifyEmail(WishRequest r, @Nullable Long account) {
    if (account != null || r.email() == null || r.email().isBlank()) {
      return Outcome.ok(Optional.empty());
    }
    Optional<Problem> bad = Account.emailProblem(r.email());
    return bad.isPresent()
        ? Outcome.rejected(bad.get())
        : Outcome.ok(Optional.of(Account.normalize(r.email())));
  }

  /** {@code r} from {@code account} (null: anonymous) as a wish, or the problem with it. */
  Outcome<Wish> checked(WishRequest r, @Nullable Long account) {
    if (r.session() != null && !DesignOrigin.SESSION_ID.matcher(r.session()).matches()) {
      return Outcome.rejected(
          Problem.badRequest("session", "a session id is 8 to 64 letters, digits, '-' or '_'"));
    }
    String key = DesignEvent.sessionKey(r.session(), account);
    if (key == null) {
      return Outcome.rejected(
          Problem.badRequest("session", "send the design-session id (or sign in)"));
    }
    Optional<Problem> p = CatalogueRefs.required(r.text(), "text");
    if (p.isEmpty() && (r.text().isBlank() || r.text().length() > WishRoutes.MAX_TEXT)) {
      p =
          Optional.of(
              Problem.badRequest("text", "a wish is 1 to " + WishRoutes.MAX_TEXT + " characters"));
    }
    if (p.isEmpty()) {
      p = TextFields.plain(r.text(), "text", true);
    }
    if (p.isPresent()) {
      return Outcome.rejected(p.get());
    }
    return refs.product(r.product(), r.version(), "")
        .then(
            pv -> {
              Optional<Problem> bad = refs.attribute(pv, r.attribute(), "attribute");
              if (bad.isEmpty()) {
                bad = decisionsProblem(pv, r.decisions());
              }
              return bad.isPresent() ? Outcome.<ProductVersion>rejected(bad.get()) : Outcome.ok(pv);
            })
        .map(
            pv ->
                Wish.made(
                    clock.instant(),
                    pv,
                    r.attribute(),
                    r.text(),
                    key,
                    account,
                    r.decisions() == null ? List.of() : r.decisions()));
  }

  /** A wish's design: at most {@value #MAX_DECISIONS} decisions on attributes of the version. */
  private Optional<Problem> decisionsProblem(ProductVersion pv, @Nullable List<Choice> decisions) {
    if (decisions == null) {
      return Optional.empty();
    }
    if (decisions.size() > MAX_DECISIONS) {
      return Optional.of(
          Problem.badRequest("decisions", "at most " + MAX_DECISIONS + " decisions"));
    }
    for (Choice c : decisions) {
      if (c == null || c.attribute() == null || c.value() == null || c.value().length() > 200) {
        return Optional.of(
            Problem.badRequest("decisions", "each decision is {attribute, value} (value ≤ 200)"));
      }
      Optional<Problem> bad = refs.attribute(pv, c.attribute(), "decisions");
      if (bad.isPresent()) {
        return bad;
      }
    }
    return Optional.empty();
  }
}
