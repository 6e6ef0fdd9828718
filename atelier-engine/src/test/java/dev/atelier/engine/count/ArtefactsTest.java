package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.Cnf;
import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.oracle.RandomModels;
import dev.atelier.engine.result.Deadline;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Stored artefacts read back give the same counts and valid values as the fresh compiled forms on
 * seeded random models (the oracle's product models for the DNNF, random table models for the
 * clique tree); corrupt, truncated, foreign and mismatched bytes are rejected as values, never
 * thrown.
 */
class ArtefactsTest {

  @Test
  void dnnfRoundTripsOnRandomModels() {
    Random random = new Random(150);
    int compared = 0;
    for (int m = 0; m < 120; m++) {
      ProductModel model = RandomModels.generate(random);
      Cnf cnf = CompiledModel.compile(model, Deadline.none()).orThrow().cnf();
      var compiled =
          DnnfCompiler.compile(cnf.numVars(), cnf.clauses(), new int[0], Deadline.none(), 200_000);
      if (compiled.isEmpty()) {
        continue;
      }
      DecisionDnnf fresh = compiled.get();
      String hash = Artefacts.hashOf(cnf);
      byte[] bytes = Artefacts.write(fresh, hash);
      DecisionDnnf read = loaded(Artefacts.readDnnf(bytes, hash));
      assertThat(read.size()).isEqualTo(fresh.size());
      for (int q = 0; q < 5; q++) {
        int[] units = units(random, cnf.numVars(), q);
        assertThat(read.count(units)).as("model %d", m).isEqualTo(fresh.count(units));
        assertThat(read.possibleLiterals(units)).isEqualTo(fresh.possibleLiterals(units));
      }
      compared++;
      assertRejectsDamage(random, bytes, b -> Artefacts.readDnnf(b, hash), m);
      assertThat(Artefacts.readDnnf(bytes, hash + "x")).isInstanceOf(ArtefactRead.Rejected.class);
      assertThat(Artefacts.readTree(bytes, hash)).isInstanceOf(ArtefactRead.Rejected.class);
    }
    assertThat(compared).isGreaterThan(60);
  }

  @Test
  void treeRoundTripsOnRandomTableModels() {
    Random random = new Random(151);
    for (int m = 0; m < 150; m++) {
      ProductModel model =
          RandomTableModels.generate(random, 3 + random.nextInt(8), 1 + random.nextInt(10));
      TableCsp csp = TableCsp.of(model).orElseThrow();
      CliqueTree fresh =
          CliqueTree.build(csp, Deadline.none(), Long.MAX_VALUE, () -> false).orThrow();
      String hash = "h" + m;
      byte[] bytes = Artefacts.write(fresh, hash);
      CliqueTree read = loaded(Artefacts.readTree(bytes, hash));
      assertThat(read.satisfiable()).isEqualTo(fresh.satisfiable());
      assertThat(read.width()).isEqualTo(fresh.width());
      boolean[][] allowed = csp.restrict(new int[0]).orElseThrow();
      for (int step = 0; step < 4; step++) {
        var expected = CliqueCounts.count(fresh, allowed, Deadline.none()).orThrow();
        var actual = CliqueCounts.count(read, allowed, Deadline.none()).orThrow();
        assertThat(actual.total()).as("model %d", m).isEqualTo(expected.total());
        assertThat(actual.perValue()).isDeepEqualTo(expected.perValue());
        if (fresh.satisfiable()) {
          assertThat(read.newSupport().restrict(allowed, Deadline.none()).orThrow())
              .isDeepEqualTo(fresh.newSupport().restrict(allowed, Deadline.none()).orThrow());
        }
        allowed = narrowed(random, allowed);
      }
      assertRejectsDamage(random, bytes, b -> Artefacts.readTree(b, hash), m);
    }
  }

  @Test
  void anotherFormatVersionOrNoArtefactIsRejected() {
    CliqueTree tree =
        CliqueTree.build(
                TableCsp.of(RandomTableModels.generate(new Random(3), 5, 4)).orElseThrow(),
                Deadline.none(),
                Long.MAX_VALUE,
                () -> false)
            .orThrow();
    byte[] bytes = Artefacts.write(tree, "h");
    byte[] other = Artefacts.write(tree, "h");
    other[4] = (byte) (Artefacts.FORMAT + 1);
    assertThat(Artefacts.readTree(other, "h"))
        .isEqualTo(
            new ArtefactRead.Rejected<CliqueTree>("checksum mismatch (truncated or corrupt)"));
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(other, 0, other.length - 4);
    for (int i = 0; i < 4; i++) {
      other[other.length - 4 + i] = (byte) (crc.getValue() >>> (24 - 8 * i));
    }
    assertThat(Artefacts.readTree(other, "h"))
        .isEqualTo(new ArtefactRead.Rejected<CliqueTree>("format 2, expected 1"));
    assertThat(loaded(Artefacts.readTree(bytes, "h")).variables()).isEqualTo(5);
    assertThat(Artefacts.readTree(new byte[0], "h")).isInstanceOf(ArtefactRead.Rejected.class);
    assertThat(Artefacts.readTree(null, "h")).isInstanceOf(ArtefactRead.Rejected.class);
  }

  /** Every truncation and every flipped byte is rejected (the CRC-32 covers the whole frame). */
  private static <T> void assertRejectsDamage(
      Random random,
      byte[] bytes,
      java.util.function.Function<byte[], ArtefactRead<T>> read,
      int m) {
    for (int cut = 0; cut < bytes.length; cut += 1 + bytes.length / 16) {
      assertThat(read.apply(Arrays.copyOf(bytes, cut)))
          .as("model %d cut at %d", m, cut)
          .isInstanceOf(ArtefactRead.Rejected.class);
    }
    for (int f = 0; f < 12; f++) {
      byte[] damaged = bytes.clone();
      int at = random.nextInt(damaged.length);
      damaged[at] ^= (byte) (1 + random.nextInt(255));
      assertThat(read.apply(damaged))
          .as("model %d flipped byte %d", m, at)
          .isInstanceOf(ArtefactRead.Rejected.class);
    }
  }

  private static <T> T loaded(ArtefactRead<T> read) {
    assertThat(read).isInstanceOf(ArtefactRead.Loaded.class);
    return ((ArtefactRead.Loaded<T>) read).value();
  }

  private static int[] units(Random random, int numVars, int count) {
    int[] units = new int[count];
    for (int k = 0; k < count; k++) {
      int v = 1 + random.nextInt(numVars);
      units[k] = random.nextBoolean() ? v : -v;
    }
    return units;
  }

  private static boolean[][] narrowed(Random random, boolean[][] allowed) {
    boolean[][] next = new boolean[allowed.length][];
    for (int x = 0; x < allowed.length; x++) {
      next[x] = allowed[x].clone();
    }
    int x = random.nextInt(next.length);
    next[x][random.nextInt(next[x].length)] = false;
    return next;
  }
}
