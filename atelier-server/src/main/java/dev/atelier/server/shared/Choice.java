package dev.atelier.server.shared;

/**
 * One decision of a {@link Design}: {@code attribute = value}. Value ids are strings (integers in
 * decimal, {@code "~"} leaves an optional attribute unset). Immutable and thread-safe.
 */
public record Choice(String attribute, String value) {}
