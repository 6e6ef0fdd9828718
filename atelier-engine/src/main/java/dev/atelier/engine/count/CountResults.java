package dev.atelier.engine.count;

import java.math.BigInteger;
import java.util.List;

/**
 * The search's results as model counts only: a branch counts the product of its parts' counts times
 * two to the number of its free variables, a component the sum of its two branches. No DNNF is
 * built, so the search's memory is its component cache alone ({@link CountCache}, bounded in
 * bytes). Every component with a model counts at least 1, so zero is "no model".
 */
final class CountResults implements SearchResults<BigInteger> {
  // -Datelier.count.cache=map: session 16's cache (an LRU map of BigIntegers), for measuring.
  static final boolean MAP_CACHE = "map".equals(System.getProperty("atelier.count.cache"));
  // A BigInteger, its magnitude array's header and its slot in the cache entry.
  private static final long COUNT_BYTES = 40 + 16;

  @Override
  public BigInteger none() {
    return BigInteger.ZERO;
  }

  @Override
  public boolean isNone(BigInteger r) {
    return r.signum() == 0;
  }

  @Override
  public BigInteger and(int[] fixed, int[] freeVars, List<BigInteger> parts) {
    BigInteger product = BigInteger.ONE;
    for (BigInteger part : parts) {
      product = product.multiply(part);
    }
    return product.shiftLeft(freeVars.length);
  }

  @Override
  public BigInteger decision(BigInteger hi, BigInteger lo) {
    return hi.add(lo);
  }

  @Override
  public BigInteger oneClause(int vars, boolean tautology) {
    BigInteger all = BigInteger.ONE.shiftLeft(vars);
    return tautology ? all : all.subtract(BigInteger.ONE);
  }

  @Override
  public ResultCache<BigInteger> cache(int[][] clauses, long maxBytes) {
    return MAP_CACHE
        ? new ComponentCache<>(clauses, maxBytes, this::bytes)
        : new CountCache(clauses, maxBytes);
  }

  @Override
  public long bytes(BigInteger r) {
    return COUNT_BYTES + 4L * ((r.bitLength() + 31) / 32);
  }

  @Override
  public boolean spent() {
    return false;
  }
}
