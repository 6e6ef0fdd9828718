package dev.atelier.formats.xcsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.EnumAttribute;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.BruteForce;
import dev.atelier.formats.Counting;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XcspReaderTest {

  static String resource(String name) {
    try (InputStream in = XcspReaderTest.class.getResourceAsStream("/xcsp/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ProductModel read(String name) {
    return Counting.loaded(XcspReader.read(new StringReader(resource(name)), name));
  }

  @Test
  void supportsAndConflictsBecomeAllowedAndForbiddenTables() {
    ProductModel model = read("supports-conflicts.xml");

    assertThat(model.id()).isEqualTo("supports-conflicts");
    assertThat(model.attributes()).extracting(Attribute::id).containsExactly("x", "y", "z");
    assertThat(model.attribute("z").orElseThrow().valueIds()).containsExactly("1", "2", "5");
    assertThat(model.attribute("z").orElseThrow().optional()).isFalse();
    Constraint.Table lt = (Constraint.Table) model.constraints().get(0);
    assertThat(lt.allowed()).isTrue();
    assertThat(lt.attributes()).containsExactly("x", "y");
    assertThat(lt.rows()).containsExactly(List.of("0", "1"), List.of("0", "2"), List.of("1", "2"));
    Constraint.Table clash = (Constraint.Table) model.constraints().get(1);
    assertThat(clash.allowed()).isFalse();
    assertThat(clash.rows()).hasSize(3);
    assertThat(Counting.count(model)).isEqualTo(BigInteger.valueOf(4));
    assertThat(BruteForce.count(model)).isEqualTo(4);
  }

  @Test
  void jokerMakesOptionalAttributesAndUnsetCells() {
    ProductModel model = read("joker.xml");

    EnumAttribute a = (EnumAttribute) model.attribute("a").orElseThrow();
    assertThat(a.optional()).isTrue();
    assertThat(a.valueIds()).containsExactly("0", "1");
    assertThat(model.attribute("b").orElseThrow().optional()).isFalse();
    assertThat(model.attribute("c").orElseThrow().valueIds()).containsExactly("0");
    Constraint.Table k1 = (Constraint.Table) model.constraints().get(0);
    assertThat(k1.rows().get(0)).containsExactly(Constraint.Table.UNSET, "0");
    Constraint.Table k2 = (Constraint.Table) model.constraints().get(1);
    assertThat(k2.rows()).containsExactly(List.of(Constraint.Table.UNSET, Constraint.Table.UNSET));
    assertThat(Counting.count(model)).isEqualTo(BigInteger.valueOf(7));
    assertThat(BruteForce.count(model)).isEqualTo(7);
  }

  @Test
  void rangesAndListsMixIncludingNegativeNumbers() {
    ProductModel model = read("ranges.xml");

    assertThat(model.attribute("p").orElseThrow().valueIds())
        .containsExactly("-5", "-4", "-3", "10", "11", "12", "20");
    assertThat(Counting.count(model)).isEqualTo(BigInteger.valueOf(19));
    assertThat(BruteForce.count(model)).isEqualTo(19);
  }

  @Test
  void readsGzipCompressedFilesFromDisk(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("joker.xml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(resource("joker.xml").getBytes(StandardCharsets.UTF_8));
    }
    Path plain = dir.resolve("plain.xml");
    Files.writeString(plain, resource("ranges.xml").replace("\n", "\r\n"));

    assertThat(Counting.count(Counting.loaded(XcspReader.read(gz))))
        .isEqualTo(BigInteger.valueOf(7));
    assertThat(Counting.count(Counting.loaded(XcspReader.read(plain))))
        .isEqualTo(BigInteger.valueOf(19));
  }

  @Test
  void missingFileIsADiagnosticNotAnException(@TempDir Path dir) {
    assertThat(Counting.rejected(XcspReader.read(dir.resolve("nope.xml"))))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("cannot read the file"));
  }

  @Test
  void modelIdFallsBackToTheFileName() {
    String xml =
        "<instance><domains><domain name='D' nbValues='1'>0</domain></domains>"
            + "<variables><variable name='v' domain='D'/></variables></instance>";
    ProductModel model = Counting.loaded(XcspReader.read(new StringReader(xml), "dir/tiny.xml.gz"));
    assertThat(model.id()).isEqualTo("tiny");
    assertThat(Counting.count(model)).isEqualTo(BigInteger.ONE);
  }
}
