package dev.atelier.formats.check;

import java.util.List;

/**
 * Which rules never restrict anything: removing one leaves the same valid configurations. Immutable
 * and thread-safe.
 *
 * @param redundant ids of redundant rules, in model order
 * @param notChecked ids of rules not checked before the deadline, in model order
 */
public record Redundancy(List<String> redundant, List<String> notChecked) {

  public Redundancy {
    redundant = List.copyOf(redundant);
    notChecked = List.copyOf(notChecked);
  }
}
