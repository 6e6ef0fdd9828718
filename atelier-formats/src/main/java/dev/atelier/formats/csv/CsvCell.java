package dev.atelier.formats.csv;

/**
 * One cell of a CSV file: its text (unquoted, unescaped; unquoted cells trimmed) and where it
 * starts. Immutable and thread-safe.
 *
 * @param text the cell's content
 * @param quoted whether the cell was written in double quotes
 * @param line 1-based line where the cell starts
 * @param column 1-based column where the cell starts
 */
public record CsvCell(String text, boolean quoted, int line, int column) {}
