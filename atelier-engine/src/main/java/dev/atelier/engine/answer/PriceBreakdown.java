package dev.atelier.engine.answer;

import java.util.List;

/**
 * The price of a configuration: base, selected values and included components. Immutable and
 * thread-safe.
 *
 * @param currency ISO currency code
 * @param lines the base line first (always, even when zero), then every non-zero value and
 *     component line
 * @param total the sum of all lines, in minor units
 */
public record PriceBreakdown(String currency, List<PriceLine> lines, long total) {

  public PriceBreakdown {
    lines = List.copyOf(lines);
  }
}
