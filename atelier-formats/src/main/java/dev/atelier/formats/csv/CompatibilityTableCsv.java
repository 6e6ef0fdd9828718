package dev.atelier.formats.csv;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.Constraint;
import dev.atelier.engine.model.LocalizedText;
import dev.atelier.engine.model.ProductModel;
import dev.atelier.formats.Diagnostic;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a compatibility table from CSV: the header names attributes of a given model, each
 * further row is one allowed (or, on request, forbidden) combination. A cell is a value id, {@code
 * *} (any value, or unset) or {@code ~} (unset; only for optional attributes). Every unknown
 * attribute or value, ragged row and quoting problem is reported with its place. Stateless and
 * thread-safe.
 */
public final class CompatibilityTableCsv {

  private CompatibilityTableCsv() {}

  /** Imports the table in the (possibly gzip-compressed) CSV file at {@code path}. */
  public static CsvImport<Constraint.Table> read(
      Path path, ProductModel model, String tableId, boolean allowed) {
    List<Diagnostic> problems = new ArrayList<>();
    CsvDocument doc = CsvText.parse(path, problems);
    return doc == null
        ? new CsvImport.Rejected<>(problems)
        : table(doc, path.toString(), model, tableId, allowed, problems);
  }

  /**
   * Imports the table read from {@code reader}, reporting problems against {@code fileName}.
   *
   * @param model the model whose attributes and values the table must use
   * @param tableId the id (and label) of the table constraint
   * @param allowed whether rows are the allowed combinations (else the forbidden ones)
   */
  public static CsvImport<Constraint.Table> read(
      Reader reader, String fileName, ProductModel model, String tableId, boolean allowed) {
    List<Diagnostic> problems = new ArrayList<>();
    CsvDocument doc = CsvText.parse(reader, fileName, problems);
    return doc == null
        ? new CsvImport.Rejected<>(problems)
        : table(doc, fileName, model, tableId, allowed, problems);
  }

  private static CsvImport<Constraint.Table> table(
      CsvDocument doc,
      String file,
      ProductModel model,
      String tableId,
      boolean allowed,
      List<Diagnostic> problems) {
    if (doc.rows().isEmpty()) {
      problems.add(new Diagnostic(file, 1, 1, "empty file: expected a header of attribute ids"));
      return new CsvImport.Rejected<>(problems);
    }
    Map<String, Attribute> byId = model.attributesById();
    CsvRow header = doc.rows().get(0);
    List<Attribute> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvCell cell : header.cells()) {
      Attribute a = byId.get(cell.text());
      if (cell.text().isEmpty()) {
        problems.add(CsvText.at(file, cell, "empty header cell: expected an attribute id"));
      } else if (a == null) {
        problems.add(
            CsvText.at(
                file, cell, "unknown attribute '" + cell.text() + "' (model " + model.id() + ")"));
      } else if (!seen.add(a.id())) {
        problems.add(CsvText.at(file, cell, "attribute '" + a.id() + "' appears twice"));
      }
      columns.add(a);
    }
    List<List<String>> rows = new ArrayList<>();
    for (CsvRow row : doc.rows().subList(1, doc.rows().size())) {
      if (row.cells().size() != columns.size()) {
        problems.add(
            CsvText.at(
                file,
                row,
                "this row has " + row.cells().size() + " cells, the header has " + columns.size()));
        continue;
      }
      for (int i = 0; i < columns.size(); i++) {
        checkCell(file, columns.get(i), row.cells().get(i), problems);
      }
      rows.add(row.texts());
    }
    if (!problems.isEmpty()) {
      return new CsvImport.Rejected<>(CsvText.capped(problems));
    }
    List<String> attributes = columns.stream().map(Attribute::id).toList();
    return new CsvImport.Imported<>(
        new Constraint.Table(tableId, LocalizedText.of(tableId), attributes, rows, allowed));
  }

  private static void checkCell(
      String file, Attribute attribute, CsvCell cell, List<Diagnostic> problems) {
    String v = cell.text();
    if (attribute == null || v.equals(Constraint.Table.ANY)) {
      return;
    }
    if (v.equals(Constraint.Table.UNSET)) {
      if (!attribute.optional()) {
        problems.add(
            CsvText.at(
                file,
                cell,
                "attribute '" + attribute.id() + "' is required, so '~' (unset) never matches"));
      }
      return;
    }
    if (v.isEmpty()) {
      problems.add(
          CsvText.at(file, cell, "empty cell: write a value, '*' for any or '~' for unset"));
    } else if (!AttributeValues.has(attribute, v)) {
      problems.add(
          CsvText.at(
              file,
              cell,
              "attribute '"
                  + attribute.id()
                  + "' has no value '"
                  + v
                  + "' (values: "
                  + AttributeValues.sample(attribute)
                  + ")"));
    }
  }
}
