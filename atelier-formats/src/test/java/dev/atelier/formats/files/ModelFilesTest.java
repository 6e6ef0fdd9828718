package dev.atelier.formats.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.formats.Counting;
import dev.atelier.formats.FormatDetector;
import dev.atelier.formats.ModelFormat;
import dev.atelier.formats.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

  @TempDir Path dir;

  static String joker() {
    try (InputStream in = ModelFilesTest.class.getResourceAsStream("/xcsp/joker.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void xmlRootElementSelectsXcspAlsoGzippedOrWithoutExtension() throws IOException {
    Path gz = dir.resolve("car.xml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(joker().getBytes(StandardCharsets.UTF_8));
    }
    for (Path p : new Path[] {write("car.xml", joker()), gz, write("car.model", joker())}) {
      ReadResult r = ModelFiles.read(p, Optional.empty());
      assertThat(Counting.count(Counting.loaded(r)))
          .as(p.toString())
          .isEqualTo(BigInteger.valueOf(7));
    }
  }

  @Test
  void dimacsByExtensionAndByContent() throws IOException {
    String cnf = "c tiny\np cnf 2 1\n1 2 0\n";
    for (Path p : new Path[] {write("t.cnf", cnf), write("t.txt", cnf)}) {
      assertThat(Counting.count(Counting.loaded(ModelFiles.read(p, Optional.empty()))))
          .isEqualTo(BigInteger.valueOf(3));
    }
  }

  @Test
  void overrideSkipsDetection() throws IOException {
    Path p = write("odd.cnf", joker());
    assertThat(Counting.loaded(ModelFiles.read(p, Optional.of(ModelFormat.XCSP))).id())
        .isEqualTo("joker");
  }

  @Test
  void unknownFormatNamesTheFileAndWhatWasTried() throws IOException {
    Path p = write("notes.txt", "hello world\n");
    assertThat(Counting.rejected(ModelFiles.read(p, Optional.empty())))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.file()).isEqualTo(p.toString());
              assertThat(d.message()).startsWith("unknown model format: looked at extension .txt");
            });
    Path xml = write("other.xml", "<?xml version='1.0'?><!-- c --><svg/>");
    assertThat(Counting.rejected(ModelFiles.read(xml, Optional.empty())).get(0).message())
        .contains("XML root element <svg>");
  }

  @Test
  void formatWithoutReaderIsADiagnostic() throws IOException {
    Path p = write("m.xml", joker());
    assertThat(Counting.rejected(ModelFiles.read(p, Optional.empty(), ModelReaders.none())))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("no XCSP 2.1 reader is installed"));
  }

  @Test
  void detectorRecognizesEveryFormat() {
    assertThat(detect("a.xml", "<featureModel>")).contains(ModelFormat.FEATUREIDE_XML);
    assertThat(detect("a.xml", "\uFEFF<?xml?>\n<feature_model name='x'>"))
        .contains(ModelFormat.SXFM);
    assertThat(detect("a", "<fm:instance>")).contains(ModelFormat.XCSP);
    assertThat(detect("a.YML.gz", "")).contains(ModelFormat.NATIVE_YAML);
    assertThat(detect("a.json", "")).contains(ModelFormat.NATIVE_JSON);
    assertThat(detect("a.uvl", "")).contains(ModelFormat.UVL);
    assertThat(detect("a.dimacs", "")).contains(ModelFormat.DIMACS);
    assertThat(detect("a", "  {\"id\": 1}")).contains(ModelFormat.NATIVE_JSON);
    assertThat(detect("a", "// c\nfeatures\n  Car")).contains(ModelFormat.UVL);
    assertThat(detect("a", "# model\nid: bike\n")).contains(ModelFormat.NATIVE_YAML);
    assertThat(detect("a", "p cnf 1 0\n")).contains(ModelFormat.DIMACS);
    assertThat(detect("a", "just words")).isEmpty();
  }

  private static Optional<ModelFormat> detect(String name, String text) {
    return FormatDetector.detect(name, text).format();
  }
}
