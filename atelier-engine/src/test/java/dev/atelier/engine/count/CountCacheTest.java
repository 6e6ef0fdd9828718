package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The count-only search's byte-record cache ({@link CountCache}): counts past a long read back
 * exactly, a bounded cache evicts yet never answers a wrong count, an entry read while old survives
 * the evictions, and the count-only search over it counts as the DNNF does on CNFs whose component
 * counts pass 2^63, with an ample cache and with one that evicts.
 */
class CountCacheTest {
  private static final long SEED = 20261217L;
  // A CNF whose clauses the keys refer to: ids 0-9 are long clauses, so they go into keys.
  private static final int[][] LONG_CLAUSES = new int[10][];

  static {
    for (int k = 0; k < LONG_CLAUSES.length; k++) {
      LONG_CLAUSES[k] = new int[] {1, 2, 3};
    }
  }

  @Test
  void countsPastALongReadBackExactly() {
    CountCache cache = new CountCache(LONG_CLAUSES, 1 << 20);
    BigInteger[] counts = {
      BigInteger.ONE,
      BigInteger.valueOf(Long.MAX_VALUE),
      BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
      BigInteger.TWO.pow(200).add(BigInteger.valueOf(12345)),
      BigInteger.TWO.pow(5000).subtract(BigInteger.ONE),
    };
    for (int i = 0; i < counts.length; i++) {
      cache.put(cache.key(new int[] {i}, new int[] {1, 2, 3 + i}), counts[i]);
    }
    for (int i = 0; i < counts.length; i++) {
      assertThat(cache.get(cache.key(new int[] {i}, new int[] {1, 2, 3 + i}))).isEqualTo(counts[i]);
    }
    assertThat(cache.get(cache.key(new int[] {9}, new int[] {1, 2, 3}))).isNull();
  }

  @Test
  void aBoundedCacheEvictsButNeverAnswersWrong() {
    Random random = new Random(SEED);
    CountCache cache = new CountCache(LONG_CLAUSES, 4096);
    Map<Integer, BigInteger> stored = new HashMap<>();
    int[] hot = {7, 500, 9000};
    cache.put(cache.key(new int[] {1}, hot), BigInteger.TWO.pow(100));
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      int id = random.nextInt(5_000);
      BigInteger count = BigInteger.valueOf(random.nextLong()).abs().shiftLeft(id % 90);
      Object key = cache.key(new int[] {id % 10}, vars(id));
      BigInteger cached = cache.get(key);
      if (cached != null) {
        assertThat(cached).as("round " + round).isEqualTo(stored.get(id));
        found++;
      } else {
        cache.put(key, count);
        stored.put(id, count);
      }
      assertThat(cache.get(cache.key(new int[] {1}, hot)))
          .as("read on every round, round " + round)
          .isEqualTo(BigInteger.TWO.pow(100));
    }
    assertThat(found).as("hits").isPositive();
    assertThat(cache.evictions()).as("evictions").isPositive();
    assertThat(cache.entries()).as("entries within 4,096 bytes").isLessThan(300);
  }

  private static int[] vars(int id) {
    int[] vars = new int[1 + id % 17];
    for (int i = 0; i < vars.length; i++) {
      vars[i] = id * 3 + i * (1 + id % 5);
    }
    return vars;
  }

  @Test
  void countsPastALongMatchTheDnnfWithAnyBound() {
    Random random = new Random(SEED);
    long evictions = 0;
    for (int round = 0; round < 10; round++) {
      int numVars = 130 + random.nextInt(40);
      int[][] cnf = chains(random, numVars);
      BigInteger expected =
          DnnfCompiler.compileTuned(
                  numVars, cnf, new int[0], 10_000_000, false, DnnfCompiler.cacheOf(1L << 30))
              .dnnf()
              .orElseThrow()
              .count(new int[0]);
      assertThat(expected.bitLength()).as("round " + round + ": past a long").isGreaterThan(64);
      for (long bytes : new long[] {1L << 30, 4096}) {
        DnnfCompiler.Searched<BigInteger> counted =
            ComponentCounter.countTuned(
                numVars, cnf, new int[0], false, DnnfCompiler.cacheOf(bytes));
        assertThat(counted.result().orElseThrow())
            .as("round " + round + ", cache " + bytes + " B")
            .isEqualTo(expected);
        evictions += counted.evictions();
      }
    }
    assertThat(evictions).as("the 4 KiB cache evicts").isPositive();
  }

  /**
   * A path of binary clauses between neighbours (random signs, half of the pairs) crossed by
   * clauses of 3-4 literals over windows of neighbours: narrow, connected, and with about half of
   * its variables' worth of count bits, so large components count past a long.
   */
  static int[][] chains(Random random, int numVars) {
    java.util.List<int[]> cnf = new java.util.ArrayList<>();
    for (int v = 1; v < numVars; v++) {
      if (random.nextBoolean()) {
        cnf.add(new int[] {sign(random) * v, sign(random) * (v + 1)});
      }
    }
    for (int base = 1; base + 4 <= numVars; base += 1 + random.nextInt(3)) {
      int[] clause = new int[3 + random.nextInt(2)];
      for (int j = 0; j < clause.length; j++) {
        clause[j] = sign(random) * (base + j);
      }
      cnf.add(clause);
    }
    return cnf.toArray(new int[0][]);
  }

  private static int sign(Random random) {
    return random.nextBoolean() ? 1 : -1;
  }
}
