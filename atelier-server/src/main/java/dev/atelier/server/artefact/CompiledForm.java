package dev.atelier.server.artefact;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.ArtefactRead;
import dev.atelier.engine.count.Artefacts;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.DecisionDnnf;
import dev.atelier.engine.count.KnowledgeCompilation;
import dev.atelier.engine.count.TableCompilation;
import dev.atelier.engine.result.Deadline;
import java.util.Optional;

/**
 * One background compilation of a {@link CompiledModel} (its decision-DNNF or its clique tree) seen
 * the same way: supply it from an artefact, start it, wait for it, cancel it, write it.
 *
 * @param <T> the compiled form
 */
abstract sealed class CompiledForm<T> {

  abstract ArtefactRead<T> read(byte[] bytes, String hash);

  abstract byte[] write(T value, String hash);

  abstract boolean supply(T value);

  abstract void start();

  abstract void decline();

  abstract Optional<T> await(Deadline deadline);

  abstract void cancel();

  abstract long compileNanos();

  /** The decision-DNNF of the model's clauses. */
  static final class Dnnf extends CompiledForm<DecisionDnnf> {
    private final KnowledgeCompilation k;

    Dnnf(CompiledModel model) {
      this.k = model.knowledge();
    }

    @Override
    ArtefactRead<DecisionDnnf> read(byte[] bytes, String expected) {
      return Artefacts.readDnnf(bytes, expected);
    }

    @Override
    byte[] write(DecisionDnnf value, String h) {
      return Artefacts.write(value, h);
    }

    @Override
    boolean supply(DecisionDnnf value) {
      return k.supply(value);
    }

    @Override
    void start() {
      k.now();
    }

    @Override
    void decline() {
      k.decline();
    }

    @Override
    Optional<DecisionDnnf> await(Deadline deadline) {
      return k.await(deadline);
    }

    @Override
    void cancel() {
      k.cancel();
    }

    @Override
    long compileNanos() {
      return k.compileNanos();
    }
  }

  /** The clique tree of a table model. */
  static final class Tree extends CompiledForm<CliqueTree> {
    private final TableCompilation t;

    Tree(CompiledModel model) {
      this.t = model.tables();
    }

    @Override
    ArtefactRead<CliqueTree> read(byte[] bytes, String expected) {
      return Artefacts.readTree(bytes, expected);
    }

    @Override
    byte[] write(CliqueTree value, String h) {
      return Artefacts.write(value, h);
    }

    @Override
    boolean supply(CliqueTree value) {
      return t.supply(value);
    }

    @Override
    void start() {
      t.now();
    }

    @Override
    void decline() {
      t.cancel();
    }

    @Override
    Optional<CliqueTree> await(Deadline deadline) {
      return t.await(deadline);
    }

    @Override
    void cancel() {
      t.cancel();
    }

    @Override
    long compileNanos() {
      return t.compileNanos();
    }
  }
}
