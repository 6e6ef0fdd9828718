package dev.atelier.server.account;

import dev.atelier.server.account.AccountJson.Credentials;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Role;
import java.util.Optional;

/**
 * Sign-up, password checks and bootstrap accounts over the stores. Answers never tell whether an
 * email exists: an unknown email costs a password check against a dummy hash like a known one.
 * Thread-safe.
 */
public final class AccountService {

  /** Longest accepted password: bounds the hashing work a request can ask for. */
  static final int MAX_PASSWORD = 1000;

  /** Shortest accepted password. */
  static final int MIN_PASSWORD = 10;

  private final AccountStore accounts;
  private final SessionStore sessions;
  private final ApiTokenStore tokens;
  private final LoginLimiter limiter;
  private final AccountSettings settings;
  private final String dummyHash;

  /** Accounts in {@code database} behaving as {@code settings} say. */
  public AccountService(Database database, AccountSettings settings) {
    this.accounts = new AccountStore(database);
    this.sessions = new SessionStore(database, settings.sessionIdle(), settings.sessionAbsolute());
    this.tokens = new ApiTokenStore(database);
    this.limiter = new LoginLimiter(database, settings.limits());
    this.settings = settings;
    this.dummyHash = settings.hasher().hash(Secrets.random());
  }

  AccountStore accounts() {
    return accounts;
  }

  SessionStore sessions() {
    return sessions;
  }

  ApiTokenStore tokens() {
    return tokens;
  }

  LoginLimiter limiter() {
    return limiter;
  }

  AccountSettings settings() {
    return settings;
  }

  /** The authenticator reading this service's sessions and tokens. */
  public SessionAuthenticator authenticator() {
    return new SessionAuthenticator(sessions, tokens, settings.clock());
  }

  /** A 422 problem when {@code credentials} break the email or password rules. */
  public static Optional<Problem> checkRules(Credentials credentials) {
    String email = credentials.email();
    String password = credentials.password();
    if (email == null) {
      return Optional.of(Problem.badRequest("email", "'email' is required"));
    }
    if (password == null) {
      return Optional.of(Problem.badRequest("password", "'password' is required"));
    }
    String normalized = Account.normalize(email);
    int at = normalized.indexOf('@');
    if (normalized.length() > 254
        || at < 1
        || at == normalized.length() - 1
        || normalized
            .chars()
            .anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return Optional.of(
          Problem.of(422, "invalid-email", "Invalid email", "not an email address", "email"));
    }
    if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      return Optional.of(
          weak("the password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
    }
    if (Account.normalize(password).equals(normalized)) {
      return Optional.of(weak("the password must not be the email"));
    }
    return Optional.empty();
  }

  private static Problem weak(String detail) {
    return Problem.of(422, "weak-password", "Password too weak", detail, "password");
  }

  /**
   * Creates a customer account unless the email is taken; either way the same work (one hash) and
   * no answer telling which. The credentials must pass {@link #checkRules}.
   */
  void signUp(Credentials credentials) {
    String hash = settings.hasher().hash(credentials.password());
    accounts.create(credentials.email(), hash, Role.CUSTOMER, settings.clock().instant());
  }

  /** The account when the password is right; the same work when the email is unknown. */
  Optional<Account> check(Credentials credentials) {
    if (credentials.email() == null
        || credentials.password() == null
        || credentials.password().length() > MAX_PASSWORD) {
      settings.hasher().verify("-", dummyHash);
      return Optional.empty();
    }
    Optional<Account> account = accounts.byEmail(credentials.email());
    String hash = account.map(Account::passwordHash).orElse(dummyHash);
    boolean right = settings.hasher().verify(credentials.password(), hash);
    if (!right || account.isEmpty()) {
      return Optional.empty();
    }
    if (settings.hasher().outdated(hash)) {
      accounts.setPasswordHash(account.get().id(), settings.hasher().hash(credentials.password()));
    }
    return account;
  }

  /**
   * Makes sure an account {@code email} with {@code password} and {@code role} exists (start-up:
   * the initial admin, demo accounts): creates it, or sets its password and role.
   */
  public Account ensure(String email, String password, Role role) {
    String hash = settings.hasher().hash(password);
    Optional<Account> created = accounts.create(email, hash, role, settings.clock().instant());
    if (created.isPresent()) {
      return created.get();
    }
    Account existing = accounts.byEmail(email).orElseThrow();
    accounts.setPasswordHash(existing.id(), hash);
    if (existing.role() != role) {
      accounts.setRole(existing.id(), role);
    }
    return accounts.byEmail(email).orElseThrow();
  }
}
