package dev.atelier.server.artefact;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.count.ArtefactRead;
import dev.atelier.engine.count.Artefacts;
import dev.atelier.engine.count.CliqueTree;
import dev.atelier.engine.count.Compilation;
import dev.atelier.engine.count.DecisionDnnf;
import java.util.function.BiFunction;

/**
 * One background compilation of a {@link CompiledModel} (its decision-DNNF or its clique tree) with
 * the way its result is read from and written to an artefact.
 *
 * @param compilation the engine's compilation (supply, start, wait, decline, cancel)
 * @param reader reads the form from an artefact's bytes, checked against the expected model hash
 * @param writer writes the form with the model hash
 * @param <T> the compiled form
 */
record CompiledForm<T>(
    Compilation<T> compilation,
    BiFunction<byte[], String, ArtefactRead<T>> reader,
    BiFunction<T, String, byte[]> writer) {

  /** The decision-DNNF of the model's clauses. */
  static CompiledForm<DecisionDnnf> dnnf(CompiledModel model) {
    return new CompiledForm<>(model.knowledge(), Artefacts::readDnnf, Artefacts::write);
  }

  /** The clique tree of a table model. */
  static CompiledForm<CliqueTree> tree(CompiledModel model) {
    return new CompiledForm<>(model.tables(), Artefacts::readTree, Artefacts::write);
  }

  ArtefactRead<T> read(byte[] bytes, String hash) {
    return reader.apply(bytes, hash);
  }

  byte[] write(T value, String hash) {
    return writer.apply(value, hash);
  }
}
