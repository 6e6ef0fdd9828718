package dev.atelier.bench.baseline;

import dev.atelier.bench.report.HeapUsage;
import dev.atelier.bench.report.LatencyStats;

/**
 * The baseline's answers to the same decisions as the engine. Immutable and thread-safe.
 *
 * @param latency time per decision of the from-scratch backbone
 * @param compared number of decisions compared
 * @param mismatches number of decisions where the baseline and the engine answered differently
 * @param firstMismatch the first difference found, or empty
 * @param setupMillis time to build the clause formulas once
 * @param heap heap use during the baseline phase
 */
public record BaselineRun(
    LatencyStats latency,
    int compared,
    int mismatches,
    String firstMismatch,
    double setupMillis,
    HeapUsage heap) {}
