package dev.atelier.engine.session;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The open values of one valid-domain computation as the {@link ChunkedRounds} see them. */
interface OpenValues {
  /** The literals still open, distinct. */
  List<Integer> literals();

  /** The solver's last call was satisfiable: settle what its model witnesses. */
  void witness();

  /** A model of the CNF in which the decisions hold (completions start from it), or null. */
  boolean[] base();

  /** Settle what {@code model}, a model of the CNF in which the decisions hold, witnesses. */
  void witness(boolean[] model);

  /** The decisions contradict {@code literal}. */
  void refuse(int literal);

  /**
   * The open values of {@code state}: {@code onModel} settles what the solver's model holds, {@code
   * base} gives the model completions start from, {@code onFound} settles a completed model.
   */
  static OpenValues of(
      DomainState state, Runnable onModel, Supplier<boolean[]> base, Consumer<boolean[]> onFound) {
    return new OpenValues() {
      @Override
      public List<Integer> literals() {
        return state.openLiterals();
      }

      @Override
      public void witness() {
        onModel.run();
      }

      @Override
      public boolean[] base() {
        return base.get();
      }

      @Override
      public void witness(boolean[] model) {
        onFound.accept(model);
      }

      @Override
      public void refuse(int literal) {
        state.refuseLiteral(literal);
      }
    };
  }
}
