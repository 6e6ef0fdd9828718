package dev.atelier.formats.xcsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.Counting;
import dev.atelier.formats.Diagnostic;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class XcspDiagnosticsTest {

  private static List<Diagnostic> problems(String xml) {
    return Counting.rejected(XcspReader.read(new StringReader(xml), "m.xml"));
  }

  @Test
  void intensionalConstraintIsUnsupportedAtItsReference() {
    String xml =
        String.join(
            "\n",
            "<instance>",
            "<domains><domain name='D' nbValues='2'>0 1</domain></domains>",
            "<variables><variable name='x' domain='D'/><variable name='y' domain='D'/></variables>",
            "<predicates><predicate name='P0'><parameters>int a int b</parameters>",
            "<expression><functional>ne(a,b)</functional></expression></predicate></predicates>",
            "<constraints>",
            "  <constraint name='c0' arity='2' scope='x y' reference='P0'>",
            "    <parameters>x y</parameters></constraint>",
            "  <constraint name='c1' arity='2' scope='x y' reference='global:allDifferent'/>",
            "</constraints></instance>");

    assertThat(problems(xml))
        .extracting(Diagnostic::toString)
        .containsExactly(
            "m.xml:7:58: unsupported: constraint 'c0' is intensional (predicate 'P0');"
                + " only extensional relations are supported",
            "m.xml:9:58: unsupported: constraint 'c1' is the global constraint 'allDifferent';"
                + " only extensional relations are supported");
  }

  @Test
  void collectsEveryProblemWithItsPosition() {
    String xml =
        String.join(
            "\n",
            "<instance>",
            "<domains>",
            "  <domain name='D' nbValues='3'>0 1 x 5..2</domain>",
            "  <domain name='E' nbValues='2'>0..1 1</domain>",
            "</domains>",
            "<variables>",
            "  <variable name='a' domain='D'/>",
            "  <variable name='b' domain='Nope'/>",
            "  <variable name='a' domain='E'/>",
            "</variables>",
            "<relations>",
            "  <relation name='r' arity='2' nbTuples='2' semantics='supports'>0 1|0 1 1|z 0</relation>",
            "  <relation name='s' arity='2' semantics='soft'>0 1</relation>",
            "</relations>",
            "<constraints>",
            "  <constraint name='c' arity='3' scope='a q' reference='r'/>",
            "  <constraint name='d' arity='2' scope='a a' reference='missing'/>",
            "</constraints>",
            "</instance>");

    assertThat(problems(xml))
        .extracting(Diagnostic::toString)
        .containsExactly(
            "m.xml:3:30: nbValues=\"3\" but the domain lists 2 values",
            "m.xml:3:37: 'x' is not an integer or a range such as 1..5",
            "m.xml:3:39: the range 5..2 is empty",
            "m.xml:4:38: the value 1 is listed twice",
            "m.xml:8:3: variable 'b' has unknown domain 'Nope'",
            "m.xml:9:3: duplicate variable name 'a'",
            "m.xml:12:42: nbTuples=\"2\" but the relation lists 1 tuples",
            "m.xml:12:70: this tuple has 3 values, the arity is 2",
            "m.xml:12:76: 'z' is not an integer",
            "m.xml:13:43: unsupported relation semantics \"soft\" (supported: supports, conflicts)",
            "m.xml:16:31: arity=\"3\" but the scope has 2 variables",
            "m.xml:16:41: constraint 'c' uses unknown variable 'q'",
            "m.xml:17:57: constraint 'd' refers to unknown relation 'missing'");
  }

  /**
   * A 3.8 KB file declaring a hundred variables over one 100,000-value domain filled a 2 GB heap
   * while being read (10 million values): the values of a model are bounded together, before they
   * are made.
   */
  @Test
  void valuesOfAllVariablesAreBoundedTogetherBeforeTheyAreMade() {
    StringBuilder wide = new StringBuilder("<instance><domains>");
    wide.append("<domain name='D' nbValues='100000'>0..99999</domain></domains><variables>");
    for (int i = 0; i < 100; i++) {
      wide.append("\n<variable name='v").append(i).append("' domain='D'/>");
    }
    wide.append("</variables></instance>");
    assertThat(problems(wide.toString()))
        .extracting(Diagnostic::toString)
        .containsExactly(
            "m.xml:4:1: the variables up to 'v2' have more than 200000 values together");

    StringBuilder domains = new StringBuilder("<instance><domains>");
    for (int i = 0; i < 3; i++) {
      domains.append("\n<domain name='D").append(i).append("' nbValues='100000'>0..99999</domain>");
    }
    domains.append("</domains></instance>");
    assertThat(problems(domains.toString()))
        .extracting(Diagnostic::toString)
        .containsExactly("m.xml:4:37: the domains have more than 200000 values together");
  }

  @Test
  void malformedXmlNamesThePlace() {
    List<Diagnostic> d = problems("<instance>\n<domains>\n</instance>");
    assertThat(d)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.line()).isEqualTo(3);
              assertThat(x.message()).startsWith("malformed XML: ");
            });
  }

  @Test
  void wrongRootElementIsRejected() {
    assertThat(problems("<featureModel/>"))
        .extracting(Diagnostic::toString)
        .containsExactly(
            "m.xml:1:1: the root element is <featureModel>, expected <instance> (an XCSP 2.1"
                + " instance)");
  }

  @Test
  void entitiesAndDoctypesAreNotExpanded() {
    String bomb =
        "<!DOCTYPE instance [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]>"
            + "<instance><presentation name='&b;'/></instance>";
    assertThat(problems(bomb)).isNotEmpty().allSatisfy(x -> assertThat(x.line()).isEqualTo(1));
  }

  @Test
  void hugeDomainsAndNumbersAreDiagnosed() {
    String xml =
        "<instance><domains><domain name='D'>0..9000000000000000000 99999999999999999999"
            + "</domain></domains></instance>";
    assertThat(problems(xml))
        .extracting(Diagnostic::message)
        .containsExactly(
            "the domain has more than 100000 values",
            "'99999999999999999999' is not an integer or a range such as 1..5");
  }
}
