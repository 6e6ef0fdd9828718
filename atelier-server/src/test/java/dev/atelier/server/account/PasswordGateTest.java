package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.account.AccountJson.Credentials;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.WorkGate;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Password hashing goes through the service's gate: with every place taken, a sign-up or a password
 * check is refused 503 busy before any hashing, and nothing is written (session 15: 70 concurrent
 * sign-ins filled a 512 MiB heap with Argon2 memory).
 */
@Tag("slow") // 1.6 s under load 40: an H2 database with every migration
class PasswordGateTest {

  private static final Credentials ADA = new Credentials("ada@example.com", "a long password 1");

  @Test
  void aFullGateRefusesHashingWithBusyAndWritesNothing() {
    WorkGate gate = new WorkGate(1, 0, Duration.ofMillis(1));
    try (Database db = TestDatabases.fresh(TestDatabases.Kind.H2)) {
      AccountService service = new AccountService(db, AccountSettings.cheap(), gate);
      assertThat(gate.enter()).isTrue();
      Outcome<Boolean> refusedSignUp = service.signUp(ADA);
      Outcome<Optional<Account>> refusedCheck = service.check(ADA);
      gate.leave();

      assertThat(refusedSignUp).isInstanceOf(Outcome.Rejected.class);
      assertThat(((Outcome.Rejected<Boolean>) refusedSignUp).problem().status()).isEqualTo(503);
      assertThat(((Outcome.Rejected<Optional<Account>>) refusedCheck).problem().status())
          .isEqualTo(503);
      assertThat(service.accounts().byEmail(ADA.email())).isEmpty();

      assertThat(service.signUp(ADA)).isEqualTo(Outcome.ok(true));
      Outcome<Optional<Account>> checked = service.check(ADA);
      assertThat(((Outcome.Ok<Optional<Account>>) checked).value())
          .map(Account::email)
          .contains(ADA.email());
      assertThat(gate.enter()).as("every place given back").isTrue();
      gate.leave();
    }
  }
}
