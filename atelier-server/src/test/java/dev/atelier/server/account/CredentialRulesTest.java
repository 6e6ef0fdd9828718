package dev.atelier.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.http.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The email and password rules, including the common-password list. */
class CredentialRulesTest {

  private static String reason(String password) {
    return CredentialRules.newPassword(password, "ada@example.org")
        .map(Problem::detail)
        .orElse("accepted");
  }

  @Test
  void passwordsCountCodePointsAndRefuseBlankControlAndCommonOnes() {
    assertThat(reason("password12")).contains("most common");
    assertThat(reason("1234567890")).contains("most common");
    assertThat(reason("PassWord12")).contains("most common");
    assertThat(reason(" qwertyuiop ")).contains("most common");
    assertThat(reason(" ".repeat(10))).contains("only spaces");
    assertThat(reason("\u3000".repeat(10))).contains("only spaces");
    assertThat(reason("\u0000".repeat(10))).contains("control");
    assertThat(reason("a long pass\u0007word")).contains("control");
    assertThat(reason("lone \ud800 surrogate")).contains("control");
    String fiveEmoji = "\uD83D\uDE00".repeat(5);
    assertThat(fiveEmoji).hasSize(10);
    assertThat(reason(fiveEmoji)).contains("10 to 1000");
    assertThat(reason("\uD83D\uDE00".repeat(10))).isEqualTo("accepted");
    assertThat(reason("\uD83D\uDE00".repeat(1000))).isEqualTo("accepted");
    assertThat(reason("\uD83D\uDE00".repeat(1001))).contains("at most 1000");
    assertThat(reason("Ada@Example.org")).contains("email");
    assertThat(reason("correct horse battery staple")).isEqualTo("accepted");
    assertThat(reason("ten chars!")).isEqualTo("accepted");
  }

  @Test
  void theListHoldsTheTenThousandMostCommonPasswords() {
    // 10,000 lines; 87 of them differ from another only in case.
    assertThat(CommonPasswords.size()).isEqualTo(9_913);
    assertThat(CommonPasswords.contains("123456")).isTrue();
    assertThat(CommonPasswords.contains("brady")).isTrue(); // the 10,000th
    assertThat(CommonPasswords.contains("correct horse battery staple")).isFalse();
  }

  @Test
  void emailsAreNormalizedAndRefuseInvisibleOrDisguisingCharacters() {
    assertThat(Account.normalize(" Ada@Example.COM ")).isEqualTo("ada@example.com");
    assertThat(Account.normalize("\uFF21\uFF24\uFF2D\uFF29\uFF2E@demo.atelier"))
        .isEqualTo("admin@demo.atelier");
    assertThat(CredentialRules.email("\uFF21\uFF24\uFF2D\uFF29\uFF2E@demo.atelier")).isEmpty();
    for (String hidden :
        new String[] {
          "admin@demo.atelier\u200b",
          "ad\u200dmin@demo.atelier",
          "\u202eadmin@demo.atelier",
          "admin@demo.\u2066atelier",
          "admin@demo.atelier\u0000",
          "ad min@demo.atelier",
          "admin@demo.atelier\ufeff",
          "admin\u00ad@demo.atelier",
          "admin\ue000@demo.atelier",
          "admin\ud800@demo.atelier"
        }) {
      Optional<Problem> problem = CredentialRules.email(hidden);
      assertThat(problem).as(hidden).isPresent();
      assertThat(problem.get().status()).isEqualTo(422);
      assertThat(problem.get().field()).isEqualTo("email");
    }
    assertThat(CredentialRules.email("a".repeat(250) + "@x.o")).isEmpty();
    assertThat(CredentialRules.email("a".repeat(251) + "@x.o")).isPresent();
    assertThat(CredentialRules.email("a".repeat(100_000) + "@x.org")).isPresent();
    assertThat(CredentialRules.email("@x.org")).isPresent();
    assertThat(CredentialRules.email("ada@")).isPresent();
  }
}
