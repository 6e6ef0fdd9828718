package dev.atelier.formats.featuremodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ModelValidator;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ReadResult;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Helpers shared by the feature-model reader tests. */
public final class FeatureModelTesting {

  private FeatureModelTesting() {}

  /** The model of a result that must be loaded. */
  public static ProductModel loaded(ReadResult result) {
    assertThat(result).as("%s", result).isInstanceOf(ReadResult.Loaded.class);
    ProductModel model = ((ReadResult.Loaded) result).model();
    assertThat(ModelValidator.validate(model)).as("engine validation").isEmpty();
    return model;
  }

  /** The diagnostics of a result that must be rejected. */
  public static List<Diagnostic> rejected(ReadResult result) {
    assertThat(result).as("%s", result).isInstanceOf(ReadResult.Rejected.class);
    return ((ReadResult.Rejected) result).diagnostics();
  }

  /** The exact number of configurations of {@code model}. */
  public static BigInteger count(ProductModel model) {
    Deadline deadline = Deadline.inMillis(120_000);
    return CompiledModel.compile(model, deadline).orThrow().count(deadline).orThrow();
  }

  /** The path of a test resource. */
  public static Path resource(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(FeatureModelTesting.class.getResource(name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
