package dev.atelier.server.shared;

import java.util.List;

/**
 * A design: the customer's decisions on one product version, in the order made; a later decision on
 * the same attribute replaces an earlier one. A design is stateless: the client keeps it (and its
 * history, for undo) and sends it with every request, so any server node can answer. Immutable and
 * thread-safe.
 */
public record Design(String product, String version, List<Choice> decisions) {}
