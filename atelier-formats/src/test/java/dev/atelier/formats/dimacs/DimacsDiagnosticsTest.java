package dev.atelier.formats.dimacs;

import static dev.atelier.formats.dimacs.DimacsTesting.model;
import static dev.atelier.formats.dimacs.DimacsTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DimacsDiagnosticsTest {

  private static final String FORM = "'p cnf <variables> <clauses>'";

  @Test
  void emptyFile() {
    assertThat(problems(""))
        .containsExactly("t.dimacs:1:1: empty file: expected a " + FORM + " header");
    assertThat(problems("\n   \n\t\n"))
        .containsExactly("t.dimacs:1:1: empty file: expected a " + FORM + " header");
  }

  @Test
  void missingHeaderInAFileOfComments() {
    assertThat(problems("c 1 A\nc nothing else\n"))
        .containsExactly("t.dimacs:1:1: missing " + FORM + " header");
  }

  @Test
  void missingHeaderBeforeTheFirstClause() {
    assertThat(problems("c 1 A\n\n  1 2 0\n-1 0\n"))
        .containsExactly("t.dimacs:3:3: expected the " + FORM + " header before the first clause");
  }

  @Test
  void headerAfterTheClauses() {
    assertThat(problems("1 2 0\np cnf 2 1\n"))
        .containsExactly("t.dimacs:1:1: expected the " + FORM + " header before the first clause");
  }

  @Test
  void duplicateHeader() {
    assertThat(problems("p cnf 2 1\n1 0\n  p cnf 2 1\n"))
        .containsExactly("t.dimacs:3:3: duplicate " + FORM + " header; the first is on line 1");
  }

  static Stream<Arguments> malformedHeaders() {
    return Stream.of(
        Arguments.of("p\n", "1:2: the header lacks the format: expected " + FORM),
        Arguments.of("p cnf\n", "1:6: the header lacks the variable count: expected " + FORM),
        Arguments.of("p cnf 3\n", "1:8: the header lacks the clause count: expected " + FORM),
        Arguments.of("p sat 3 1\n1 0\n", "1:3: unsupported format 'sat': expected " + FORM),
        Arguments.of("pcnf 3 1\n1 0\n", "1:1: malformed header 'pcnf': expected " + FORM),
        Arguments.of(
            "p cnf x 1\n1 0\n",
            "1:7: the variable count must be a non-negative integer, found 'x'"),
        Arguments.of(
            "p  cnf  3  -1\n", "1:12: the clause count must be a non-negative integer, found '-1'"),
        Arguments.of(
            "p cnf 3 1.5\n1 0\n",
            "1:9: the clause count must be a non-negative integer, found '1.5'"),
        Arguments.of(
            "p cnf 99999999999 1\n1 0\n",
            "1:7: the variable count 99999999999 is too large (at most 100000)"),
        Arguments.of(
            "p cnf 3 1 7\n1 0\n", "1:11: unexpected '7' after the header: expected " + FORM));
  }

  @ParameterizedTest
  @MethodSource("malformedHeaders")
  void malformedHeader(String text, String expected) {
    assertThat(problems(text)).containsExactly("t.dimacs:" + expected);
  }

  @Test
  void nonIntegerTokens() {
    assertThat(problems("p cnf 3 1\n1 a -2\n +3 1- 0\n"))
        .containsExactly(
            "t.dimacs:2:3: expected an integer literal or the 0 ending a clause, found 'a'",
            "t.dimacs:3:2: expected an integer literal or the 0 ending a clause, found '+3'",
            "t.dimacs:3:5: expected an integer literal or the 0 ending a clause, found '1-'");
  }

  @Test
  void literalBeyondTheDeclaredVariables() {
    assertThat(problems("p cnf 2 2\n1 -3 0\n2 123456789012345678901234567890 0\n"))
        .containsExactly(
            "t.dimacs:2:3: literal -3 refers to variable 3, but the header declares only 2"
                + " variables",
            "t.dimacs:3:3: literal 123456789012345678901234567890 refers to variable"
                + " 123456789012345678901234567890, but the header declares only 2 variables");
  }

  @Test
  void moreClausesThanDeclared() {
    assertThat(problems("p cnf 2 1\n1 0\n2 0 -1\n0\n"))
        .containsExactly(
            "t.dimacs:3:1: clause 2 exceeds the 1 clauses declared in the header (line 1);"
                + " the file has 3");
  }

  @Test
  void fewerClausesThanDeclared() {
    assertThat(problems("c two only\np cnf 2 3\n1 0\n2 0\n"))
        .containsExactly("t.dimacs:2:9: the header declares 3 clauses, but the file has only 2");
  }

  @Test
  void aFinalClauseWithoutZeroCountsTowardsTheHeader() {
    assertThat(model("p cnf 2 2\n1 0\n2").constraints()).hasSize(2);
    assertThat(problems("p cnf 2 1\n1 0\n2"))
        .containsExactly(
            "t.dimacs:3:1: clause 2 exceeds the 1 clauses declared in the header (line 1);"
                + " the file has 2");
  }

  @Test
  void reportsEveryProblemInFileOrder() {
    assertThat(problems("p cnf 2 4\n1 b 0\nc 1 A\n-5 0\n"))
        .containsExactly(
            "t.dimacs:1:9: the header declares 4 clauses, but the file has only 2",
            "t.dimacs:2:3: expected an integer literal or the 0 ending a clause, found 'b'",
            "t.dimacs:4:1: literal -5 refers to variable 5, but the header declares only 2"
                + " variables");
  }

  @Test
  void summarisesProblemsBeyondTheFirstHundred() {
    String text = "p cnf 1 150\n" + "z 0\n".repeat(150);

    List<String> problems = problems(text);

    assertThat(problems).hasSize(DimacsParser.MAX_DIAGNOSTICS + 1);
    assertThat(problems.get(99)).startsWith("t.dimacs:101:1: expected an integer literal");
    assertThat(problems.get(100))
        .isEqualTo(
            "t.dimacs:102:1: too many problems: 50 more from here on are not shown (first:"
                + " expected an integer literal or the 0 ending a clause, found 'z')");
  }
}
