package dev.atelier.server.http;

/** Who may call a route; checked by the server before the handler runs. */
public enum Access {
  /** Anyone, signed in or not. */
  PUBLIC,
  /** Any signed-in account; the handler checks ownership of what it touches. */
  SIGNED_IN,
  /** Staff and admins. */
  STAFF,
  /** Product managers and admins. */
  PRODUCT_MANAGER,
  /** Every employee: staff, product managers and admins. */
  EMPLOYEE,
  /** Admins only. */
  ADMIN;

  /** Whether an account with {@code role} may call a route of this access. */
  public boolean allows(Role role) {
    return switch (this) {
      case PUBLIC, SIGNED_IN -> true;
      case STAFF -> role == Role.STAFF || role == Role.ADMIN;
      case PRODUCT_MANAGER -> role == Role.PRODUCT_MANAGER || role == Role.ADMIN;
      case EMPLOYEE -> role != Role.CUSTOMER;
      case ADMIN -> role == Role.ADMIN;
    };
  }
}
