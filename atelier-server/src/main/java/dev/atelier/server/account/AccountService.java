package dev.atelier.server.account;

import dev.atelier.server.account.AccountJson.Credentials;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.http.Role;
import dev.atelier.server.http.WorkGate;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sign-up, password checks and bootstrap accounts over the stores. Answers never tell whether an
 * email exists: an unknown email costs a password check against a dummy hash like a known one.
 * Requests hash passwords within a {@link WorkGate}: each Argon2 hash holds 19 MiB, and 70
 * concurrent sign-ups and sign-ins once filled a 512 MiB heap (session 15), so beyond the gate's
 * places and queue a request is answered 503 busy before any hashing. Thread-safe.
 */
public final class AccountService {

  private final AccountStore accounts;
  private final SessionStore sessions;
  private final ApiTokenStore tokens;
  private final LoginLimiter limiter;
  private final SignUpLimiter signUps;
  private final AccountSettings settings;
  private final String dummyHash;
  private final Database database;
  private final WorkGate hashing;
  private volatile @Nullable DeviceCookie devices;

  /**
   * Accounts in {@code database} behaving as {@code settings} say, hashing on as many threads at
   * once as there are cores (at least 2), with up to 64 requests waiting up to 5 s.
   */
  public AccountService(Database database, AccountSettings settings) {
    this(
        database,
        settings,
        new WorkGate(
            Math.max(2, Runtime.getRuntime().availableProcessors()), 64, Duration.ofSeconds(5)));
  }

  /** Accounts in {@code database} behaving as {@code settings} say, hashing within {@code gate}. */
  public AccountService(Database database, AccountSettings settings, WorkGate hashing) {
    this.accounts = new AccountStore(database);
    this.sessions = new SessionStore(database, settings.sessionIdle(), settings.sessionAbsolute());
    this.tokens = new ApiTokenStore(database);
    this.limiter = new LoginLimiter(database, settings.limits());
    this.signUps = new SignUpLimiter(database, settings.signUps());
    this.settings = settings;
    this.database = database;
    this.hashing = hashing;
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

  SignUpLimiter signUps() {
    return signUps;
  }

  AccountSettings settings() {
    return settings;
  }

  /** The device cookies, their key read from (or made in) the database on first use. */
  DeviceCookie devices() {
    DeviceCookie d = devices;
    if (d == null) {
      synchronized (this) {
        d = devices;
        if (d == null) {
          d =
              new DeviceCookie(
                  DeviceKey.load(database, settings.clock().instant()),
                  settings.limits().deviceLifetime());
          devices = d;
        }
      }
    }
    return d;
  }

  /** The authenticator reading this service's sessions and tokens. */
  public SessionAuthenticator authenticator() {
    return new SessionAuthenticator(sessions, tokens, settings.clock());
  }

  /**
   * A problem when {@code credentials} break the {@link CredentialRules email or password rules}:
   * 400 for a missing field, else 422.
   */
  public static Optional<Problem> checkRules(Credentials credentials) {
    String email = credentials.email();
    String password = credentials.password();
    if (email == null) {
      return Optional.of(Problem.badRequest("email", "'email' is required"));
    }
    if (password == null) {
      return Optional.of(Problem.badRequest("password", "'password' is required"));
    }
    return CredentialRules.email(email).or(() -> CredentialRules.newPassword(password, email));
  }

  /**
   * Creates a customer account unless the email is taken; either way the same work (one hash) and
   * no answer telling which. The credentials must pass {@link #checkRules}. Rejected (503 busy,
   * nothing written) when the gate has no place.
   */
  Outcome<Boolean> signUp(Credentials credentials) {
    return gated(() -> settings.hasher().hash(credentials.password()))
        .map(
            hash ->
                accounts
                    .create(credentials.email(), hash, Role.CUSTOMER, settings.clock().instant())
                    .isPresent());
  }

  /**
   * The account when the password is right, empty when it is not (the same work when the email is
   * unknown); rejected (503 busy, nothing checked) when the gate has no place.
   */
  Outcome<Optional<Account>> check(Credentials credentials) {
    return gated(() -> checkNow(credentials));
  }

  private <T> Outcome<T> gated(Supplier<T> work) {
    if (!hashing.enter()) {
      return Outcome.rejected(
          Problem.of(
              503,
              ProblemType.BUSY,
              "The server is busy",
              "too many passwords are being checked at once; nothing was kept, send it again"
                  + " shortly",
              null));
    }
    try {
      return Outcome.ok(work.get());
    } finally {
      hashing.leave();
    }
  }

  private Optional<Account> checkNow(Credentials credentials) {
    if (credentials.email() == null
        || credentials.password() == null
        || CredentialRules.email(credentials.email()).isPresent()
        || CredentialRules.signInPassword(credentials.password()).isPresent()) {
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
      accounts.setRole(existing.id(), role, settings.clock().instant());
    }
    return accounts.byEmail(email).orElseThrow();
  }
}
