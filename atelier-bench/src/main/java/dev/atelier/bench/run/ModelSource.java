package dev.atelier.bench.run;

import dev.atelier.bench.gen.GeneratedModels;
import dev.atelier.bench.gen.GeneratorSpec;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.engine.result.Failure;
import dev.atelier.engine.result.Result;
import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.IoProblems;
import dev.atelier.formats.ModelFormat;
import dev.atelier.formats.ReadResult;
import dev.atelier.formats.dimacs.DimacsReader;
import dev.atelier.formats.files.ModelFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and compiles the model a run names, timing both steps: a model file of any format {@link
 * ModelFiles} reads (detected, or as given), a model bundled with the benchmarks ({@code
 * bundled:busybox}), or a generated one ({@code gen:tables:vars=200,width=12}, {@link
 * GeneratedModels}). Stateless and thread-safe.
 */
public final class ModelSource {

  /** Prefix of bundled models. */
  public static final String BUNDLED_PREFIX = "bundled:";

  /** The bundled models ({@code models/<file>} on the class path, see its README). */
  public static final List<String> BUNDLED = List.of("busybox");

  private static final String BUSYBOX = "busybox-1.18.0.knueppel2017.dimacs";

  private ModelSource() {}

  /** Reads and compiles {@code argument}; INVALID_MODEL with diagnostics when it cannot be read. */
  public static Result<LoadedModel> load(
      String argument, Optional<ModelFormat> format, Deadline deadline) {
    long start = System.nanoTime();
    ReadResult read = read(argument, format);
    long loadNanos = System.nanoTime() - start;
    if (read instanceof ReadResult.Rejected rejected) {
      List<String> lines = rejected.diagnostics().stream().map(Diagnostic::toString).toList();
      return Result.failed(
          new Failure(Failure.Kind.INVALID_MODEL, "cannot read " + argument, lines));
    }
    ProductModel model = ((ReadResult.Loaded) read).model();
    start = System.nanoTime();
    Result<CompiledModel> compiled = CompiledModel.compile(model, deadline);
    long compileNanos = System.nanoTime() - start;
    return compiled.map(c -> new LoadedModel(argument, c, loadNanos, compileNanos));
  }

  /** Reads {@code argument} without compiling it, detecting the format of a file. */
  public static ReadResult read(String argument) {
    return read(argument, Optional.empty());
  }

  /** Reads {@code argument} without compiling it; {@code format} skips detection. */
  public static ReadResult read(String argument, Optional<ModelFormat> format) {
    if (argument.startsWith(BUNDLED_PREFIX)) {
      return bundled(argument.substring(BUNDLED_PREFIX.length()));
    }
    if (argument.startsWith(GeneratorSpec.PREFIX)) {
      return GeneratedModels.read(argument);
    }
    try {
      return ModelFiles.read(Path.of(argument), format);
    } catch (InvalidPathException e) {
      return ReadResult.rejected(new Diagnostic(argument, 1, 1, "not a valid path: " + e));
    }
  }

  private static ReadResult bundled(String name) {
    InputStream in =
        BUNDLED.contains(name) ? ModelSource.class.getResourceAsStream("/models/" + BUSYBOX) : null;
    if (in == null) {
      return ReadResult.rejected(
          new Diagnostic(
              BUNDLED_PREFIX + name, 1, 1, "no bundled model '" + name + "'; available: busybox"));
    }
    try (InputStream stream = in) {
      return DimacsReader.read(stream, BUSYBOX);
    } catch (IOException e) {
      return ReadResult.rejected(
          new Diagnostic(BUSYBOX, 1, 1, "cannot read: " + IoProblems.describe(e)));
    }
  }
}
