package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private static final String PASSWORD = "correct horse battery staple";

  @Test
  void aHashVerifiesItsPasswordOnlyAndNeverContainsIt() {
    PasswordHasher hasher = PasswordHasher.cheap();
    String hash = hasher.hash(PASSWORD);
    assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").doesNotContain(PASSWORD);
    assertThat(hasher.verify(PASSWORD, hash)).isTrue();
    assertThat(hasher.verify(PASSWORD + "!", hash)).isFalse();
    assertThat(hasher.verify("", hash)).isFalse();
  }

  @Test
  void saltsDifferSoEqualPasswordsGetDifferentHashes() {
    PasswordHasher hasher = PasswordHasher.cheap();
    assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
  }

  @Test
  void hashesOfOtherSettingsStillVerifyAndAreOutdated() {
    String cheap = PasswordHasher.cheap().hash(PASSWORD);
    PasswordHasher standard = PasswordHasher.standard();
    assertThat(standard.verify(PASSWORD, cheap)).isTrue();
    assertThat(standard.outdated(cheap)).isTrue();
    String strong = standard.hash(PASSWORD);
    assertThat(strong).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(standard.outdated(strong)).isFalse();
  }

  @Test
  void malformedHashesNeverVerify() {
    PasswordHasher hasher = PasswordHasher.cheap();
    assertThat(hasher.verify(PASSWORD, "")).isFalse();
    assertThat(hasher.verify(PASSWORD, "$argon2id$garbage")).isFalse();
    assertThat(hasher.verify(PASSWORD, PASSWORD)).isFalse();
    assertThat(hasher.verify(null, hasher.hash(PASSWORD))).isFalse();
  }
}
