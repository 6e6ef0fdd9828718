package dev.atelier.bench.run;

import dev.atelier.engine.cnf.VariableMap;
import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.session.AttributeDomain;
import dev.atelier.engine.session.Decision;
import dev.atelier.engine.session.ValidDomains;
import java.util.BitSet;
import java.util.List;

/**
 * Numbers every (attribute, value) pair and every attribute's "unset" so that a valid-domain answer
 * becomes a compact {@link BitSet} (bit set = offered / unset possible), which is what the run
 * keeps per decision and compares with the baseline. Immutable and thread-safe.
 */
public final class DomainLayout {
  private final VariableMap vars;
  private final int[] offsets;
  private final int size;

  /** The layout of {@code vars}' attributes. */
  public DomainLayout(VariableMap vars) {
    this.vars = vars;
    List<Attribute> attributes = vars.attributes();
    offsets = new int[attributes.size()];
    int next = 0;
    for (int i = 0; i < attributes.size(); i++) {
      offsets[i] = next;
      next += attributes.get(i).valueIds().size() + 1;
    }
    size = next;
  }

  /** Number of bits. */
  public int size() {
    return size;
  }

  /** The bit of value {@code j} of attribute {@code i}. */
  public int valueBit(int i, int j) {
    return offsets[i] + j;
  }

  /** The bit of "attribute {@code i} unset". */
  public int unsetBit(int i) {
    return offsets[i] + vars.attributes().get(i).valueIds().size();
  }

  /** The bits of {@code domains}. */
  public BitSet fingerprint(ValidDomains domains) {
    BitSet bits = new BitSet(size);
    List<Attribute> attributes = vars.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      AttributeDomain d = domains.of(attributes.get(i).id());
      for (String v : d.offered()) {
        bits.set(valueBit(i, vars.valueIndexOf(i, v)));
      }
      if (d.unsetPossible()) {
        bits.set(unsetBit(i));
      }
    }
    return bits;
  }

  /** Describes where {@code expected} and {@code actual} first differ, for a mismatch report. */
  public String firstDifference(BitSet expected, BitSet actual) {
    BitSet diff = (BitSet) expected.clone();
    diff.xor(actual);
    int bit = diff.nextSetBit(0);
    if (bit < 0) {
      return "no difference";
    }
    int i = 0;
    while (i + 1 < offsets.length && offsets[i + 1] <= bit) {
      i++;
    }
    Attribute a = vars.attributes().get(i);
    int j = bit - offsets[i];
    String value = j < a.valueIds().size() ? a.valueIds().get(j) : Decision.UNSET;
    return a.id()
        + " = "
        + value
        + ": ours "
        + (actual.get(bit) ? "offered" : "refused")
        + ", baseline "
        + (expected.get(bit) ? "offered" : "refused")
        + " ("
        + diff.cardinality()
        + " differences)";
  }
}
