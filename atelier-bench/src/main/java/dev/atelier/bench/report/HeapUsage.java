package dev.atelier.bench.report;

/**
 * Heap use during one phase of a run. Immutable and thread-safe.
 *
 * @param peakMb peak heap in MiB (sum of the heap pools' peaks, including uncollected garbage)
 * @param gcCount number of collections during the phase
 * @param gcMillis time the collectors report for the phase, in milliseconds
 */
public record HeapUsage(double peakMb, long gcCount, long gcMillis) {}
