package dev.atelier.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedAttributesTest {

  @Test
  void collectsAttributesFromEveryKindOfExpression() {
    Expr e =
        Expr.and(
            Expr.TRUE,
            Expr.is("colour", "red"),
            Expr.not(new Expr.IsSet("engraving")),
            Expr.or(Expr.implies(Expr.is("a", "x"), Expr.is("b", "y"))),
            new Expr.Iff(Expr.is("c", "z"), Expr.FALSE),
            new Expr.Compare(List.of(new Expr.Term(2, "length")), Expr.Op.LE, 10),
            new Expr.Count(List.of(Expr.is("d", "1"), Expr.is("e", "1")), Expr.Op.GE, 1));

    assertThat(NamedAttributes.of(List.of(e, Expr.is("f", "1"))))
        .containsExactlyInAnyOrder("colour", "engraving", "a", "b", "c", "length", "d", "e", "f");
  }

  @Test
  void constantsNameNothing() {
    assertThat(NamedAttributes.of(List.of(Expr.TRUE, Expr.not(Expr.FALSE)))).isEmpty();
  }
}
