package dev.atelier.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.engine.cnf.SmallCnfs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The component cache's key (variables and open long clauses) and its byte bound against brute
 * force: seeded random CNFs of 6-12 variables in chains of binary clauses crossed by clauses of 3-5
 * literals, so that components with the same variables but different open long clauses recur;
 * counts and per-literal counts (and the count-only search's count), with an ample cache and with
 * one so small that it evicts.
 */
class ComponentCacheTest {
  private static final long SEED = 20261212L;

  @Test
  void countsMatchEnumerationWithAnyCacheBound() {
    Random random = new Random(SEED);
    long evicted = 0;
    long cachedAndExact = 0;
    for (int round = 0; round < 250; round++) {
      int numVars = 6 + random.nextInt(7);
      int[][] clauses = randomClauses(random, numVars);
      String where = "round " + round + " (seed " + SEED + ")";
      for (long cacheBytes : new long[] {1L << 30, 600}) {
        DnnfCompiler.Bounded b =
            DnnfCompiler.compileTuned(
                numVars, clauses, new int[0], 1_000_000, false, DnnfCompiler.cacheOf(cacheBytes));
        DecisionDnnf dnnf = b.dnnf().orElseThrow();
        evicted += b.evictions();
        for (int q = 0; q < 3; q++) {
          int[] units = q == 0 ? new int[0] : new int[] {randomLit(random, numVars)};
          assertThat(dnnf.count(units))
              .as(where + ", cache " + cacheBytes + " B, units " + List.of(units.length))
              .isEqualTo(SmallCnfs.count(clauses, units, numVars));
        }
        DnnfCompiler.Searched<java.math.BigInteger> counted =
            ComponentCounter.countTuned(
                numVars, clauses, new int[0], false, DnnfCompiler.cacheOf(cacheBytes));
        assertThat(counted.result().orElseThrow())
            .as(where + ", count only, cache " + cacheBytes + " B")
            .isEqualTo(SmallCnfs.count(clauses, new int[0], numVars));
        evicted += counted.evictions();
        cachedAndExact++;
      }
    }
    assertThat(cachedAndExact).isEqualTo(500);
    assertThat(evicted).as("the 600-byte cache evicts").isPositive();
  }

  @Test
  void keysIgnoreBinaryClausesOnly() {
    int[][] clauses = {{1, 2}, {-2, 3}, {1, 2, 3}, {-1, -3, 4}};
    ComponentCache<Integer> cache = new ComponentCache<>(clauses, 1 << 20, node -> 16);
    ComponentCache.Key key = cache.intKey(new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 4});
    assertThat(key.clauses()).containsExactly(2, 3);
    assertThat(key).isEqualTo(cache.intKey(new int[] {1, 2, 3}, new int[] {1, 2, 3, 4}));
    assertThat(key).isNotEqualTo(cache.intKey(new int[] {0, 1, 2}, new int[] {1, 2, 3, 4}));
    Object packed = cache.key(new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 4});
    assertThat(packed).isEqualTo(cache.key(new int[] {1, 2, 3}, new int[] {1, 2, 3, 4}));
    assertThat(packed).isNotEqualTo(cache.key(new int[] {0, 1, 2}, new int[] {1, 2, 3, 4}));
  }

  @Test
  void packedKeysAreEqualExactlyWhenTheComponentsAre() {
    Random random = new Random(SEED + 1);
    int[][] clauses = new int[400][];
    for (int k = 0; k < clauses.length; k++) {
      clauses[k] = k % 2 == 0 ? new int[] {1, 2, 3} : new int[] {1, 2};
    }
    ComponentCache<Integer> cache = new ComponentCache<>(clauses, 1 << 20, node -> 16);
    for (int round = 0; round < 2000; round++) {
      // Wide gaps (several 7-bit groups) and lists whose concatenations could collide.
      int[] vars = sortedDistinct(random, 1 + random.nextInt(6), 1 << (1 + random.nextInt(20)));
      int[] comp = sortedDistinct(random, random.nextInt(6), clauses.length - 1);
      int[] otherVars =
          sortedDistinct(random, 1 + random.nextInt(6), 1 << (1 + random.nextInt(20)));
      int[] otherComp = sortedDistinct(random, random.nextInt(6), clauses.length - 1);
      assertThat(cache.key(comp, vars).equals(cache.key(otherComp, otherVars)))
          .as("round %d", round)
          .isEqualTo(cache.intKey(comp, vars).equals(cache.intKey(otherComp, otherVars)));
      assertThat(cache.key(comp, vars)).isEqualTo(cache.key(comp.clone(), vars.clone()));
    }
  }

  @Test
  void packedKeysOfSmallComponentsHaveDistinctHashes() {
    // Every component of three variables among 1..40 with none or one of two long clauses: small
    // deltas, on which Arrays.hashCode's 32-bit values collide (HashMap buckets became trees).
    int[][] clauses = new int[2][];
    Arrays.fill(clauses, new int[] {1, 2, 3});
    ComponentCache<Integer> cache = new ComponentCache<>(clauses, 1 << 20, node -> 16);
    Set<Object> keys = new HashSet<>();
    Set<Integer> hashes = new HashSet<>();
    Set<Integer> weakHashes = new HashSet<>();
    for (int a = 1; a <= 40; a++) {
      for (int b = a + 1; b <= 40; b++) {
        for (int c = b + 1; c <= 40; c++) {
          for (int k = -1; k < clauses.length; k++) {
            int[] comp = k < 0 ? new int[0] : new int[] {k};
            KeyPacker.Packed key = (KeyPacker.Packed) cache.key(comp, new int[] {a, b, c});
            keys.add(key);
            hashes.add(key.hashCode());
            weakHashes.add(Arrays.hashCode(key.bytes()));
          }
        }
      }
    }
    assertThat(keys).hasSize(9_880 * 3);
    // 29,640 random 32-bit hashes collide 0.1 times on average; Arrays.hashCode's collide 504
    // times.
    assertThat(hashes.size()).isGreaterThan(keys.size() - 10);
    assertThat(weakHashes.size()).isLessThan(keys.size() - 400);
  }

  private static int[] sortedDistinct(Random random, int count, int bound) {
    return random.ints(1, bound + 1).distinct().limit(Math.min(count, bound)).sorted().toArray();
  }

  /** Binary chains (equivalences, implications) over the variables, crossed by long clauses. */
  private static int[][] randomClauses(Random random, int numVars) {
    List<int[]> out = new ArrayList<>();
    for (int v = 1; v < numVars; v++) {
      if (random.nextInt(3) > 0) {
        out.add(new int[] {randomSign(random) * v, randomSign(random) * (v + 1)});
      }
    }
    for (int k = numVars / 2 + random.nextInt(numVars); k > 0; k--) {
      int len = 3 + random.nextInt(3);
      int[] clause = new int[len];
      for (int i = 0; i < len; i++) {
        clause[i] = randomLit(random, numVars);
      }
      out.add(clause);
    }
    return out.toArray(new int[0][]);
  }

  private static int randomSign(Random random) {
    return random.nextBoolean() ? 1 : -1;
  }

  private static int randomLit(Random random, int numVars) {
    return randomSign(random) * (1 + random.nextInt(numVars));
  }
}
