package dev.atelier.formats.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import java.util.List;

/**
 * Reads native model text in tests: the loaded definition, or the problems as text; and opens
 * sessions with decisions made.
 */
public final class NativeTesting {

  private NativeTesting() {}

  /** The definition {@code r} loaded, failing the test (with the diagnostics) otherwise. */
  public static ProductDefinition loaded(DefinitionResult r) {
    assertThat(r).as("%s", r).isInstanceOf(DefinitionResult.Loaded.class);
    return ((DefinitionResult.Loaded) r).definition();
  }

  /** The diagnostics of reading {@code text} as {@code m.yaml}, which must be rejected. */
  public static List<String> problems(String text) {
    return problems(NativeFormat.readDefinition(text, "m.yaml"));
  }

  /** The diagnostics of {@code r}, which must be rejected. */
  public static List<String> problems(DefinitionResult r) {
    assertThat(r).isInstanceOf(DefinitionResult.Rejected.class);
    return ((DefinitionResult.Rejected) r).diagnostics().stream().map(Object::toString).toList();
  }

  /** The model of the demo product {@code name}. */
  public static ProductModel demoModel(String name) {
    return loaded(Demos.load(name)).model();
  }

  /** {@code s} after deciding {@code decisions} (attribute, value, ...), each accepted. */
  public static ConfigurationSession decided(
      ConfigurationSession s, Deadline deadline, String... decisions) {
    for (int i = 0; i < decisions.length; i += 2) {
      assertThat(s.decide(decisions[i], decisions[i + 1], deadline).isOk())
          .as(decisions[i] + "=" + decisions[i + 1])
          .isTrue();
    }
    return s;
  }
}
