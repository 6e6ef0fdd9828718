package dev.atelier.bench.gen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A sales history of a generated catalogue table model ({@code gen:tables:...,products=M}) in the
 * Renault BR4CP format that {@code atelier bench --replay} reads: a header of the variables ({@code
 * v0 v1 ...}, the model's attribute ids, in variable order), then one sold car per line, drawn from
 * the catalogue's products with popularity 1/(p+1) for product p (a few cars sell often, as in real
 * sales). Every line satisfies every table of the model. {@code java -cp atelier-bench.jar
 * dev.atelier.bench.gen.CatalogueSales SPEC LINES OUT} writes OUT (gzip-compressed when it ends in
 * {@code .gz}). Deterministic for the spec's seed.
 */
public final class CatalogueSales {

  private CatalogueSales() {}

  /** Writes the sales file; see the class comment. */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: CatalogueSales gen:tables:...,products=M LINES OUT[.gz]");
      System.exit(2);
      return;
    }
    GeneratorSpec spec =
        GeneratorSpec.parse(args[0])
            .orElseThrow(() -> new IllegalArgumentException("not a generator spec: " + args[0]));
    Path out = Path.of(args[2]);
    try (OutputStream raw = Files.newOutputStream(out);
        OutputStream file = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
        Writer w = new java.io.OutputStreamWriter(file, StandardCharsets.UTF_8)) {
      w.write(text(spec, Integer.parseInt(args[1])));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sales file's text: {@code lines} cars of the catalogue {@code spec} describes. */
  public static String text(GeneratorSpec spec, int lines) {
    int[][] products = TableModels.products(spec);
    int n = products[0].length;
    StringBuilder out = new StringBuilder(lines * n * 3 + n * 5);
    for (int v = 0; v < n; v++) {
      out.append(v > 0 ? " v" : "v").append(v);
    }
    out.append('\n');
    double[] cumulative = new double[products.length];
    double total = 0;
    for (int p = 0; p < products.length; p++) {
      total += 1.0 / (p + 1);
      cumulative[p] = total;
    }
    Random random = new Random(spec.integer("seed", 1) * 31L + 7);
    for (int line = 0; line < lines; line++) {
      int found = Arrays.binarySearch(cumulative, random.nextDouble() * total);
      int[] car = products[Math.min(products.length - 1, found < 0 ? -found - 1 : found)];
      for (int v = 0; v < n; v++) {
        if (v > 0) {
          out.append(' ');
        }
        out.append(car[v]);
      }
      out.append('\n');
    }
    return out.toString();
  }
}
