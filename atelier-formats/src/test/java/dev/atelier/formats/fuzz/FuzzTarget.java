package dev.atelier.formats.fuzz;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.ModelReader;
import dev.atelier.formats.ReadResult;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;

/**
 * A reader under fuzzing: its name, the seed inputs to mutate, and a function from text to the
 * diagnostics it reports (empty when the input was accepted).
 */
record FuzzTarget(String name, List<String> seedInputs, Function<String, List<Diagnostic>> reader) {

  FuzzTarget {
    seedInputs = List.copyOf(seedInputs);
  }

  /** A target for a model reader; the file name is {@code name}. */
  static FuzzTarget of(String name, List<String> seeds, ModelReader reader) {
    return new FuzzTarget(
        name,
        seeds,
        text -> {
          ReadResult r = reader.read(new StringReader(text), name);
          return r instanceof ReadResult.Rejected rej ? rej.diagnostics() : List.of();
        });
  }
}
