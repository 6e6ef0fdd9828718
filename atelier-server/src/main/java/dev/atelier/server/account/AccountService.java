package dev.atelier.server.account;

import dev.atelier.server.account.AccountJson.Credentials;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.Role;
import java.util.Optional;

/**
 * Sign-up, password checks and bootstrap accounts over the stores. Answers never tell whether an
 * email exists: an unknown email costs a password check against a dummy hash like a known one.
 * Thread-safe.
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
  private volatile @Nullable DeviceCookie devices;

  /** Accounts in {@code database} behaving as {@code settings} say. */
  public AccountService(Database database, AccountSettings settings) {
    this.accounts = new AccountStore(database);
    this.sessions = new SessionStore(database, settings.sessionIdle(), settings.sessionAbsolute());
    this.tokens = new ApiTokenStore(database);
    this.limiter = new LoginLimiter(database, settings.limits());
    this.signUps = new SignUpLimiter(database, settings.signUps());
    this.settings = settings;
    this.database = database;
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
