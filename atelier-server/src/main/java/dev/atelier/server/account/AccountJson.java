package dev.atelier.server.account;

import dev.atelier.server.http.Nullable;
import dev.atelier.server.shared.Choice;
import dev.atelier.server.shared.Design;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the account, token and profile routes. All records are immutable. */
public final class AccountJson {

  private AccountJson() {}

  /** {@code POST /api/accounts} and {@code POST /api/session}: an email and a password. */
  public record Credentials(String email, String password) {
    @Override
    public String toString() {
      return "Credentials[" + email + "]"; // never the password
    }
  }

  /** The answer to a sign-up, the same whether or not the email was new. */
  public record SignUpAnswer(String detail) {}

  /** An account as others see it: never its password hash. */
  public record AccountView(long id, String email, String role, String createdAt) {
    static AccountView of(Account a) {
      return new AccountView(a.id(), a.email(), a.role().name(), a.createdAt().toString());
    }
  }

  /**
   * {@code GET /api/session}: who is signed in, and the CSRF token to send as {@code X-CSRF-Token}
   * with state-changing requests (null unless signed in by cookie).
   */
  public record SessionView(
      boolean signedIn, @Nullable AccountView account, @Nullable String csrfToken) {}

  /**
   * {@code GET /api/admin/accounts}: one page, newest first; {@code next} is the {@code before} of
   * the next page (null on the last).
   */
  public record AccountList(List<AccountView> accounts, @Nullable Long next) {}

  /** {@code PUT /api/admin/accounts/{id}/role}. */
  public record RoleRequest(String role) {}

  /** {@code POST /api/tokens}. */
  public record TokenRequest(String name) {}

  /** A token just created: the only time {@code token} is shown. */
  public record NewToken(long id, String name, String token, String createdAt) {}

  /** A stored token, without its secret. */
  public record TokenView(
      long id,
      String name,
      String owner,
      String createdAt,
      @Nullable String lastUsedAt,
      @Nullable String revokedAt) {}

  /** {@code GET /api/tokens}. */
  public record TokenList(List<TokenView> tokens) {}

  /**
   * A customer profile: the customer facts shared across products (profile key such as "waist" or
   * "shoe-size" to a whole number in the models' unit) and, per product, attribute id to value id.
   * In a PUT, a section left out stays as it is.
   */
  public record Profile(
      @Nullable Map<String, Map<String, String>> products, @Nullable Map<String, String> facts) {}

  /**
   * {@code GET /api/profile/prefill/{product}}: a new design of the product's latest version with
   * the profile's values that are valid together, and those left out.
   */
  public record Prefill(Design design, List<Choice> skipped) {}
}
