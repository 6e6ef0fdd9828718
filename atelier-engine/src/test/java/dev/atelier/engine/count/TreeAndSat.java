package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.session.ConfigurationSession;

/**
 * The shared set-up of the tests that hold the clique tree against SAT: a table model compiled
 * twice, once with its clique tree ready (the decision-DNNF cancelled, so the tree answers) and
 * once with neither (SAT answers), and a tree built directly from a model's tables.
 */
record TreeAndSat(CompiledModel tree, CompiledModel sat) {

  /** Compiles {@code model} both ways, waiting for the tree. */
  static TreeAndSat of(ProductModel model) {
    CompiledModel tree = CompiledModel.compile(model, Deadline.inMillis(10_000)).orThrow();
    tree.knowledge().cancel();
    assertThat(tree.tables().await(Deadline.inMillis(60_000))).isPresent();
    CompiledModel sat = CompiledModel.compile(model, Deadline.inMillis(10_000)).orThrow();
    sat.knowledge().cancel();
    sat.tables().cancel();
    return new TreeAndSat(tree, sat);
  }

  /** A session on the tree. */
  ConfigurationSession onTree() {
    return ConfigurationSession.start(tree);
  }

  /** A session on SAT. */
  ConfigurationSession onSat() {
    return ConfigurationSession.start(sat);
  }

  /** The clique tree of {@code model}'s tables, built without budget. */
  static CliqueTree treeOf(TableCsp csp) {
    return CliqueTree.build(csp, Deadline.none(), Long.MAX_VALUE, () -> false).orThrow();
  }
}
