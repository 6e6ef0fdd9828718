package dev.atelier.formats.dimacs;

import static dev.atelier.formats.dimacs.DimacsTesting.model;
import static dev.atelier.formats.dimacs.DimacsTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.ProductModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DimacsFilesTest {

  private static final String TEXT = "c 1 Frame\nc 2 Basket\np cnf 2 2\n1 0\n-1 -2 0\n";

  @TempDir Path dir;

  @Test
  void readsAPlainFile() throws IOException {
    Path file = Files.writeString(dir.resolve("bike.dimacs"), TEXT);

    ProductModel model = model(DimacsReader.read(file));

    assertThat(model.id()).isEqualTo("bike");
    assertThat(model.constraints()).hasSize(2);
  }

  @Test
  void readsAGzipFile() throws IOException {
    Path file = Files.write(dir.resolve("bike.dimacs.gz"), gzip(TEXT));

    ProductModel model = model(DimacsReader.read(file));

    assertThat(model.id()).isEqualTo("bike");
    assertThat(model.constraints().get(1).label().text())
        .isEqualTo("clause 2 (line 5): not Frame or not Basket");
  }

  @Test
  void recognisesGzipByItsMagicBytesWhateverTheName() throws IOException {
    Path gzipped = Files.write(dir.resolve("bike.cnf"), gzip(TEXT));
    Path plain = Files.writeString(dir.resolve("plain.cnf.gz"), TEXT);

    assertThat(model(DimacsReader.read(gzipped)).constraints()).hasSize(2);
    assertThat(model(DimacsReader.read(plain)).id()).isEqualTo("plain");
  }

  @Test
  void readsGzipFromAStream() {
    ProductModel model =
        model(DimacsReader.read(new ByteArrayInputStream(gzip(TEXT)), "demo/bike.dimacs"));

    assertThat(model.id()).isEqualTo("bike");
    assertThat(model.attributes()).hasSize(2);
  }

  @Test
  void reportsLinesOfGzipContent() throws IOException {
    Path file = Files.write(dir.resolve("bad.dimacs.gz"), gzip("p cnf 2 1\n\n  1 3 0\n"));

    assertThat(problems(DimacsReader.read(file)))
        .containsExactly(
            file
                + ":3:5: literal 3 refers to variable 3, but the header declares only 2"
                + " variables");
  }

  @Test
  void reportsAMissingFile() {
    Path file = dir.resolve("missing.dimacs");

    assertThat(problems(DimacsReader.read(file)))
        .containsExactly(file + ":1:1: cannot read: no such file");
  }

  @Test
  void reportsADirectory() {
    assertThat(problems(DimacsReader.read(dir)))
        .containsExactly(dir + ":1:1: is a directory, not a model file");
  }

  @Test
  void reportsCorruptGzipData() throws IOException {
    byte[] bytes = gzip(TEXT);
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
    Path file = Files.write(dir.resolve("cut.dimacs.gz"), truncated);

    assertThat(problems(DimacsReader.read(file)))
        .singleElement()
        .asString()
        .startsWith(file + ":")
        .contains("cannot read");
  }

  @Test
  void sniffsDimacsContent() throws IOException {
    Path dimacs = Files.writeString(dir.resolve("a.model"), "c hello\n\n  p  cnf 1 0\n");
    Path gzipped = Files.write(dir.resolve("b.model"), gzip(TEXT));
    Path other = Files.writeString(dir.resolve("c.model"), "features:\n  bike\n");
    Path empty = Files.writeString(dir.resolve("d.model"), "c only comments\n");

    assertThat(DimacsReader.looksLikeDimacs(dimacs)).isTrue();
    assertThat(DimacsReader.looksLikeDimacs(gzipped)).isTrue();
    assertThat(DimacsReader.looksLikeDimacs(other)).isFalse();
    assertThat(DimacsReader.looksLikeDimacs(empty)).isFalse();
    assertThat(DimacsReader.looksLikeDimacs(dir.resolve("missing"))).isFalse();
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
