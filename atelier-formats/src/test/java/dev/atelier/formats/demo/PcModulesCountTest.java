package dev.atelier.formats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.BruteForce;
import dev.atelier.formats.yaml.NativeTesting;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The PC demo imports the {@code drive} module of library {@code parts} version 1 (the home
 * server's) and holds 1 to 4 interchangeable memory sticks. Its exact count is checked against an
 * independent enumeration written from the rules in pc.yaml and parts.v1.yaml.
 */
class PcModulesCountTest {

  private static Deadline soon() {
    return Deadline.inMillis(60_000);
  }

  private static ProductModel pc() {
    return NativeTesting.demoModel("pc");
  }

  @Test
  void theDriveComesFromTheLibraryAndMemoryHoldsFourSticks() {
    ProductModel model = pc();
    assertThat(model.attributes().stream().map(a -> a.id()))
        .contains("drives[4].capacity", "memory[4].size")
        .doesNotContain("memory[5].size");
    // parts v1: SSDs come with up to 2 TB (the PC's own copy allowed 4 TB SSDs)
    assertThat(model.constraints().stream().map(c -> c.id()))
        .contains("drives[1].ssd-capacity", "drives[4].hdd-capacity");
  }

  @Test
  void theCountMatchesAnIndependentEnumeration() {
    BigInteger count = CompiledModel.compile(pc(), soon()).orThrow().count(soon()).orThrow();
    assertThat(count).isEqualTo(BigInteger.valueOf(bruteForce()));
  }

  /** Enumerates the PC from the rules of pc.yaml; drives and sticks as multisets. */
  private static long bruteForce() {
    Map<String, String> socketOf =
        Map.of(
            "r5-7600", "am5",
            "r7-7800x3d", "am5",
            "r9-7950x", "am5",
            "i5-14600k", "lga1700",
            "i9-14900k", "lga1700");
    Map<String, Integer> cpuDraw =
        Map.of(
            "r5-7600", 65, "r7-7800x3d", 120, "r9-7950x", 170, "i5-14600k", 180, "i9-14900k", 255);
    Map<String, String> boardSocket =
        Map.of("b650", "am5", "x670e", "am5", "b760", "lga1700", "z790", "lga1700");
    Map<String, Integer> gpuDraw =
        Map.of("none", 0, "rtx4060", 115, "rtx4070", 200, "rx7800xt", 265, "rtx4090", 450);
    // drives: one of 6 kinds (ssd 512/1000/2000, hdd 1000/2000/4000; kinds 0-2 are SSDs)
    long[] drivesAny = new long[5];
    long[] drivesWithSsd = new long[5];
    for (int n = 1; n <= 4; n++) {
      for (int[] set : BruteForce.multisets(6, n)) {
        drivesAny[n]++;
        drivesWithSsd[n] += set[0] <= 2 ? 1 : 0; // sorted: the smallest kind is an SSD if any is
      }
    }
    long sticks = 0;
    for (int n = 1; n <= 4; n++) {
      sticks += BruteForce.multisets(3, n).size();
    }
    long total = 0;
    for (String cpu : socketOf.keySet()) {
      for (String board : boardSocket.keySet()) {
        boolean flagship = cpu.equals("r9-7950x") || cpu.equals("i9-14900k");
        if (!boardSocket.get(board).equals(socketOf.get(cpu))
            || (flagship && !(board.equals("x670e") || board.equals("z790")))) {
          continue;
        }
        for (String ram : List.of("ddr4", "ddr5")) {
          if (ram.equals("ddr4") && !board.equals("b760")) {
            continue;
          }
          for (String gpu : gpuDraw.keySet()) {
            for (int psu = 450; psu <= 1200; psu += 50) {
              if (psu < cpuDraw.get(cpu) + gpuDraw.get(gpu) + 150) {
                continue;
              }
              for (String box : List.of("compact", "midi", "big")) {
                if (box.equals("compact") && (gpu.equals("rtx4090") || gpu.equals("rx7800xt"))) {
                  continue;
                }
                int maxDrives = box.equals("compact") ? 2 : 4;
                long drives = 0;
                for (int n = 1; n <= maxDrives; n++) {
                  drives += drivesWithSsd[n];
                }
                int fans = cpu.equals("i9-14900k") ? 2 : 3;
                total += drives * sticks * fans * 2; // os: yes or no
              }
            }
          }
        }
      }
    }
    assertThat(drivesAny[4]).isEqualTo(126); // C(9, 4): the multisets are enumerated
    return total;
  }
}
