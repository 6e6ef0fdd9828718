package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuardTest {

  private static Authenticator.Identity as(Role role) {
    return new Authenticator.Identity(new Principal(7, "a@example.com", role, false));
  }

  @Test
  void publicRoutesNeedNobodyAndOthersNeedASignedInAccount() {
    assertThat(Guard.check(Access.PUBLIC, Authenticator.Identity.ANONYMOUS)).isNull();
    for (Access access : Access.values()) {
      if (access != Access.PUBLIC) {
        assertThat(Guard.check(access, Authenticator.Identity.ANONYMOUS).status()).isEqualTo(401);
      }
    }
  }

  @Test
  void rolesReachExactlyTheirRoutesAndAdminsReachAll() {
    for (Access access : Access.values()) {
      for (Role role : Role.values()) {
        boolean allowed =
            switch (access) {
              case PUBLIC, SIGNED_IN -> true;
              case STAFF -> role == Role.STAFF || role == Role.ADMIN;
              case PRODUCT_MANAGER -> role == Role.PRODUCT_MANAGER || role == Role.ADMIN;
              case EMPLOYEE -> role != Role.CUSTOMER;
              case ADMIN -> role == Role.ADMIN;
            };
        Problem p = Guard.check(access, as(role));
        assertThat(p == null).as(access + " by " + role).isEqualTo(allowed);
        if (p != null) {
          assertThat(p.status()).isEqualTo(403);
        }
      }
    }
  }
}
