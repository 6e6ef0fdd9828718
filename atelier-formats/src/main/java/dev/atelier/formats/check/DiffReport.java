package dev.atelier.formats.check;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a model. Configurations are compared as assignments over the
 * union of both versions' attributes; an attribute that one version lacks counts as unset in that
 * version (see {@link ModelDiff}). Immutable and thread-safe.
 *
 * @param attributesAdded ids of attributes only in the new version
 * @param attributesRemoved ids of attributes only in the old version
 * @param valuesAdded values new to attributes present in both versions
 * @param valuesRemoved values dropped from attributes present in both versions
 * @param rulesAdded ids of rules only in the new version
 * @param rulesRemoved ids of rules only in the old version
 * @param rulesChanged ids of rules in both with a different formula or label
 * @param gained configurations valid in the new version but not the old
 * @param lost configurations valid in the old version but not the new
 */
public record DiffReport(
    List<String> attributesAdded,
    List<String> attributesRemoved,
    List<ValueRef> valuesAdded,
    List<ValueRef> valuesRemoved,
    List<String> rulesAdded,
    List<String> rulesRemoved,
    List<String> rulesChanged,
    AnalysisResult<BigInteger> gained,
    AnalysisResult<BigInteger> lost) {

  public DiffReport {
    attributesAdded = List.copyOf(attributesAdded);
    attributesRemoved = List.copyOf(attributesRemoved);
    valuesAdded = List.copyOf(valuesAdded);
    valuesRemoved = List.copyOf(valuesRemoved);
    rulesAdded = List.copyOf(rulesAdded);
    rulesRemoved = List.copyOf(rulesRemoved);
    rulesChanged = List.copyOf(rulesChanged);
  }

  /** A plain-text report for people, one kind of change per line. */
  public String render() {
    return "attributes added: "
        + list(attributesAdded)
        + "\nattributes removed: "
        + list(attributesRemoved)
        + "\nvalues added: "
        + list(valuesAdded)
        + "\nvalues removed: "
        + list(valuesRemoved)
        + "\nrules added: "
        + list(rulesAdded)
        + "\nrules removed: "
        + list(rulesRemoved)
        + "\nrules changed: "
        + list(rulesChanged)
        + "\nconfigurations gained: "
        + gained.render(BigInteger::toString)
        + "\nconfigurations lost: "
        + lost.render(BigInteger::toString)
        + "\n";
  }

  private static String list(List<?> items) {
    return items.isEmpty()
        ? "none"
        : items.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
