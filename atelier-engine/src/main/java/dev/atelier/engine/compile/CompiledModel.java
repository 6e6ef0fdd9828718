package dev.atelier.engine.compile;

import dev.atelier.engine.model.Configuration;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Result;
import dev.atelier.engine.session.PriceBreakdown;
import dev.atelier.engine.session.Validation;
import java.math.BigInteger;

/** A model compiled to CNF once, shared by all sessions. Immutable and thread-safe. */
public final class CompiledModel {
  private CompiledModel() {}

  /** Compiles {@code model}; INVALID_MODEL lists every problem. */
  public static Result<CompiledModel> compile(ProductModel model, Deadline deadline) {
    throw new UnsupportedOperationException("in progress");
  }

  /** The source model. */
  public ProductModel model() {
    throw new UnsupportedOperationException("in progress");
  }

  /** Exact number of complete valid configurations. */
  public Result<BigInteger> count(Deadline deadline) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Whether {@code configuration} is complete and valid. */
  public Validation validate(Configuration configuration) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Price breakdown of {@code configuration}. */
  public PriceBreakdown price(Configuration configuration) {
    throw new UnsupportedOperationException("in progress");
  }
}
