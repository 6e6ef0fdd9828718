package dev.atelier.formats.dimacs;

import dev.atelier.formats.Diagnostic;
import dev.atelier.formats.IoProblems;
import dev.atelier.formats.ReadResult;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads DIMACS CNF ({@code p cnf <variables> <clauses>}, clauses of literals ending in 0) into a
 * {@link dev.atelier.engine.model.ProductModel}.
 *
 * <p>Each variable {@code n} becomes a required {@link dev.atelier.engine.model.BooleanAttribute}
 * whose id is the name given by a comment line {@code c <n> <name>} (the rest of the line,
 * trimmed), or {@code x<n>} when the variable has no name or shares its name with another variable.
 * Each clause {@code k} becomes a {@link dev.atelier.engine.model.Constraint.Rule} with id {@code
 * clause<k>} whose formula is an {@link dev.atelier.engine.model.Expr.Or} of {@code attr = "true"}
 * (positive literal) and {@code attr = "false"} (negative literal) atoms. The model id is the file
 * name without directories, a {@code .gz} suffix and one further extension; its version is "1".
 *
 * <p>Input is streamed line by line; clauses may span lines, and a final clause without its
 * terminating 0 is accepted. Gzip-compressed input is recognised by its magic bytes, whatever the
 * file name. Bad input never throws: every problem, including I/O errors, is returned as a {@link
 * Diagnostic} with line and column in {@link ReadResult.Rejected} (after 100 problems, the rest are
 * summarised in one more diagnostic).
 *
 * <p>Stateless and thread-safe.
 */
public final class DimacsReader {

  private static final int BUFFER = 1 << 16;

  /** Lines looked at by {@link #looksLikeDimacs(Path)} before giving up. */
  private static final int SNIFF_LINES = 10_000;

  private DimacsReader() {}

  /** Reads the (possibly gzip-compressed) DIMACS file at {@code path}. */
  public static ReadResult read(Path path) {
    String file = path.toString();
    if (Files.isDirectory(path)) {
      return ReadResult.rejected(new Diagnostic(file, 1, 1, "is a directory, not a model file"));
    }
    Path name = path.getFileName();
    String modelId = modelId(name == null ? file : name.toString());
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = decompressed(raw)) {
      return parse(reader(in), file, modelId);
    } catch (IOException e) {
      return ReadResult.rejected(
          new Diagnostic(file, 1, 1, "cannot read: " + IoProblems.describe(e)));
    }
  }

  /**
   * Reads DIMACS from {@code in} (gzip-compressed or not), reporting problems against {@code
   * fileName}, from which the model id is derived. Reads to the end; does not close {@code in}.
   */
  public static ReadResult read(InputStream in, String fileName) {
    try {
      return parse(reader(decompressed(in)), fileName, modelId(fileName));
    } catch (IOException e) {
      return ReadResult.rejected(
          new Diagnostic(fileName, 1, 1, "cannot read: " + IoProblems.describe(e)));
    }
  }

  /**
   * Reads DIMACS text from {@code reader}, reporting problems against {@code fileName}, from which
   * the model id is derived. Reads to the end; does not close {@code reader}.
   */
  public static ReadResult read(Reader reader, String fileName) {
    BufferedReader buffered =
        reader instanceof BufferedReader b ? b : new BufferedReader(reader, BUFFER);
    return parse(buffered, fileName, modelId(fileName));
  }

  /**
   * Whether the file at {@code path} (possibly gzip-compressed) looks like DIMACS CNF: its first
   * line that is neither blank nor a comment starts with {@code p cnf}. False when it cannot be
   * read.
   */
  public static boolean looksLikeDimacs(Path path) {
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = decompressed(raw)) {
      BufferedReader reader = reader(in);
      for (int i = 0; i < SNIFF_LINES; i++) {
        String line = reader.readLine();
        if (line == null) {
          return false;
        }
        String text = line.strip();
        if (!text.isEmpty() && text.charAt(0) != 'c') {
          String[] tokens = text.split("\\s+", 3);
          return tokens.length >= 2 && tokens[0].equals("p") && tokens[1].equals("cnf");
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The model id for {@code fileName}: without directories, without a {@code .gz} suffix and
   * without one further extension ({@code dir/busybox-1.18.0.dimacs.gz} gives {@code
   * busybox-1.18.0}).
   */
  public static String modelId(String fileName) {
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    return name.isEmpty() ? "model" : name;
  }

  private static ReadResult parse(BufferedReader reader, String file, String modelId) {
    DimacsParser parser = new DimacsParser(file, modelId);
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        parser.accept(line);
      }
    } catch (IOException e) {
      return parser.failed("cannot read further: " + IoProblems.describe(e));
    }
    return parser.finish();
  }

  /** {@code in}, decompressed when it starts with the gzip magic bytes. */
  private static InputStream decompressed(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    if (first == 0x1f && second == 0x8b) {
      return new GZIPInputStream(buffered, BUFFER);
    }
    return buffered;
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
  }
}
