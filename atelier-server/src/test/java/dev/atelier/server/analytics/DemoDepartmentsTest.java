package dev.atelier.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import org.junit.jupiter.api.Test;

/**
 * Every attribute and rule of every demo has an owning department, so wishes and refusals route.
 */
class DemoDepartmentsTest {

  @Test
  void everyDemoAttributeAndRuleHasAnOwner() {
    for (String name : Demos.NAMES) {
      ProductDefinition d = ((DefinitionResult.Loaded) Demos.load(name)).definition();
      assertThat(d.departments().departments()).as(name).hasSizeGreaterThanOrEqualTo(2);
      for (Attribute a : d.model().attributes()) {
        assertThat(d.departments().ownerOfAttribute(a.id())).as(name + " " + a.id()).isPresent();
      }
      for (Constraint c : d.model().constraints()) {
        assertThat(d.departments().ownerOfRule(c.id())).as(name + " " + c.id()).isPresent();
      }
    }
  }
}
