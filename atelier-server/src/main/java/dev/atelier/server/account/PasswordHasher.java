package dev.atelier.server.account;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.util.Objects;

/**
 * Hashes passwords with Argon2id (Password4j, pure Java) and checks them. The stored hash carries
 * its own parameters and salt, so hashes made with other settings still verify. Immutable and
 * thread-safe.
 *
 * @param memoryKib memory per hash in KiB
 * @param iterations passes over the memory
 * @param parallelism lanes
 */
public record PasswordHasher(int memoryKib, int iterations, int parallelism) {

  private static final int OUTPUT_BYTES = 32;

  public PasswordHasher {
    if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
      throw new IllegalArgumentException("invalid Argon2 parameters");
    }
  }

  /**
   * The production setting: 19 MiB, 2 passes, 1 lane, OWASP's minimum for Argon2id
   * (docs/accounts.md gives the time measured per check).
   */
  public static PasswordHasher standard() {
    return new PasswordHasher(19 * 1024, 2, 1);
  }

  /** A cheap setting for tests only: 1 MiB, 1 pass. */
  public static PasswordHasher cheap() {
    return new PasswordHasher(1024, 1, 1);
  }

  private Argon2Function function() {
    return Argon2Function.getInstance(
        memoryKib,
        iterations,
        parallelism,
        OUTPUT_BYTES,
        Argon2.ID,
        Argon2Function.ARGON2_VERSION_13);
  }

  /** The PHC string ({@code $argon2id$v=19$m=...}) of {@code password} with a fresh salt. */
  public String hash(String password) {
    Objects.requireNonNull(password, "password");
    return function().hash(password).getResult();
  }

  /** Whether {@code password} matches {@code hash}; false for a malformed hash. */
  public boolean verify(String password, String hash) {
    if (password == null || hash == null || !hash.startsWith("$argon2")) {
      return false;
    }
    try {
      return Argon2Function.getInstanceFromHash(hash).check(password, hash);
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      return false;
    }
  }

  /** Whether {@code hash} was made with other parameters than this setting's. */
  public boolean outdated(String hash) {
    try {
      return !Argon2Function.getInstanceFromHash(hash).equals(function());
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      return true;
    }
  }
}
