package dev.atelier.server.account;

import dev.atelier.server.http.Problem;
import java.util.Optional;

/**
 * The rules for emails and passwords. Emails: at most {@value #MAX_EMAIL} characters once {@link
 * Account#normalize normalized}, one local part and one domain around an {@code @}, and none of the
 * characters that hide or disguise text (controls, format characters such as zero-width spaces and
 * bidi overrides, private-use, unassigned, lone surrogates, white space). Passwords: {@value
 * #MIN_PASSWORD} to {@value #MAX_PASSWORD} characters counted as Unicode code points (an emoji is
 * one), not only white space, no control characters or lone surrogates, not the email, not one of
 * the {@link CommonPasswords 10,000 most common}. Stateless.
 */
final class CredentialRules {

  /** Longest accepted email, in characters, after normalization. */
  static final int MAX_EMAIL = 254;

  /** Longest accepted password in code points: bounds the hashing work a request can ask for. */
  static final int MAX_PASSWORD = 1000;

  /** Shortest accepted password in code points. */
  static final int MIN_PASSWORD = 10;

  /** Longer raw input is refused before it is normalized at all. */
  private static final int MAX_RAW = 4 * MAX_PASSWORD;

  private CredentialRules() {}

  /** A 422 problem when {@code email} is no acceptable email; null must be checked before. */
  static Optional<Problem> email(String email) {
    if (email.length() > MAX_RAW) {
      return Optional.of(invalidEmail("at most " + MAX_EMAIL + " characters"));
    }
    String normalized = Account.normalize(email);
    if (normalized.length() > MAX_EMAIL) {
      return Optional.of(invalidEmail("at most " + MAX_EMAIL + " characters"));
    }
    int at = normalized.indexOf('@');
    if (at < 1 || at == normalized.length() - 1) {
      return Optional.of(invalidEmail("not an email address"));
    }
    if (normalized.codePoints().anyMatch(CredentialRules::hiddenInEmail)) {
      return Optional.of(
          invalidEmail("an email must not contain spaces, control or invisible characters"));
    }
    return Optional.empty();
  }

  /**
   * A 422 problem when {@code password} is too long to be checked at sign-in (the only rule a
   * sign-in applies: accounts made under older rules still sign in).
   */
  static Optional<Problem> signInPassword(String password) {
    if (password.length() > MAX_RAW
        || password.codePointCount(0, password.length()) > MAX_PASSWORD) {
      return Optional.of(weak("the password must have at most " + MAX_PASSWORD + " characters"));
    }
    return Optional.empty();
  }

  /** A 422 problem when {@code password} may not be the password of account {@code email}. */
  static Optional<Problem> newPassword(String password, String email) {
    Optional<Problem> tooLong = signInPassword(password);
    if (tooLong.isPresent()) {
      return tooLong;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD) {
      return Optional.of(
          weak("the password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
    }
    if (password.codePoints().anyMatch(CredentialRules::control)) {
      return Optional.of(weak("the password must not contain control characters"));
    }
    if (password.codePoints().allMatch(CredentialRules::space)) {
      return Optional.of(weak("the password must not be only spaces"));
    }
    if (Account.normalize(password).equals(Account.normalize(email))) {
      return Optional.of(weak("the password must not be the email"));
    }
    if (CommonPasswords.contains(password)) {
      return Optional.of(
          weak("this password is one of the 10,000 most common ones: choose another"));
    }
    return Optional.empty();
  }

  private static boolean control(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.SURROGATE;
  }

  private static boolean space(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean hiddenInEmail(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
              Character.FORMAT,
              Character.SURROGATE,
              Character.PRIVATE_USE,
              Character.UNASSIGNED,
              Character.SPACE_SEPARATOR,
              Character.LINE_SEPARATOR,
              Character.PARAGRAPH_SEPARATOR ->
          true;
      default -> Character.isWhitespace(cp);
    };
  }

  private static Problem invalidEmail(String detail) {
    return Problem.of(422, "invalid-email", "Invalid email", detail, "email");
  }

  private static Problem weak(String detail) {
    return Problem.of(422, "weak-password", "Password too weak", detail, "password");
  }
}
