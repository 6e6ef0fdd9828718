package dev.atelier.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A model file with its size and exact number of configurations, as listed in a TSV resource.
 *
 * @param file file name relative to the TSV
 * @param variables declared variable count
 * @param clauses declared clause count
 * @param count exact number of solutions
 */
record ExpectedCount(String file, int variables, int clauses, BigInteger count) {

  @Override
  public String toString() {
    return file;
  }

  /** The rows of the TSV resource {@code name}: file, variables, clauses, count; # comments. */
  static List<ExpectedCount> load(String name) {
    InputStream in =
        Objects.requireNonNull(ExpectedCount.class.getResourceAsStream(name), "resource " + name);
    List<ExpectedCount> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        rows.add(
            new ExpectedCount(
                cells[0],
                Integer.parseInt(cells[1]),
                Integer.parseInt(cells[2]),
                new BigInteger(cells[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
