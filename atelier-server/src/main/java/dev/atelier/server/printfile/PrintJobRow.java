package dev.atelier.server.printfile;

import dev.atelier.formats.print.PrintText;
import dev.atelier.server.design.TextAt;
import dev.atelier.server.http.Nullable;
import java.awt.Color;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * How a {@link PrintJob} is kept in a {@code print_job} row: its columns, written when the order is
 * placed and read back when a worker claims it.
 */
final class PrintJobRow {

  static final String COLUMNS =
      "production_order, area, order_id, product, version, upload, x_mm, y_mm, width_mm,"
          + " height_mm, rotation, attempts, next_attempt_ms, text_lines, text_height_mm,"
          + " text_colour, text_position, text_x_mm, text_y_mm,"
          + " text_rotation";

  private PrintJobRow() {}

  /** Inserts {@code j} as due at {@code at}, through {@code h}. */
  static void insert(Handle h, PrintJob j, Instant at) {
    Placement p = j.placement();
    AreaText t = j.text();
    h.createUpdate(
            "INSERT INTO print_job ("
                + COLUMNS
                + ", status, created_at) VALUES (:po, :area, :order, :product, :version,"
                + " :upload, :x, :y, :w, :h, :rotation, 0, :at_ms, :lines, :text_mm, :colour,"
                + " :position, :text_x, :text_y, :text_rotation, 'due', :at)")
        .bind("po", j.productionOrder())
        .bind("area", j.area())
        .bind("order", j.orderId())
        .bind("product", j.product())
        .bind("version", j.version())
        .bind("upload", j.upload())
        .bind("x", p == null ? null : p.xMm())
        .bind("y", p == null ? null : p.yMm())
        .bind("w", p == null ? null : p.widthMm())
        .bind("h", p == null ? null : p.heightMm())
        .bind("rotation", p == null ? null : p.rotationDeg())
        .bind("at_ms", at.toEpochMilli())
        .bind("lines", t == null ? null : String.join("\n", t.lines()))
        .bind("text_mm", t == null ? null : t.heightMm())
        .bind("colour", t == null ? null : String.format("#%06x", t.colour().getRGB() & 0xffffff))
        .bind("position", t == null ? null : t.position().name())
        .bindByType("text_x", t == null || t.at() == null ? null : t.at().x(), Double.class)
        .bindByType("text_y", t == null || t.at() == null ? null : t.at().y(), Double.class)
        .bindByType(
            "text_rotation", t == null || t.at() == null ? null : t.at().rotation(), Integer.class)
        .bind("at", at.atOffset(ZoneOffset.UTC))
        .execute();
  }

  /** The job of the row {@code rs} is on (read with {@link #COLUMNS}). */
  static PrintJob job(ResultSet rs) throws SQLException {
    return new PrintJob(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        placement(rs),
        text(rs));
  }

  private static @Nullable Placement placement(ResultSet rs) throws SQLException {
    if (rs.getString(6) == null) {
      return null;
    }
    return new Placement(rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11));
  }

  private static @Nullable AreaText text(ResultSet rs) throws SQLException {
    String lines = rs.getString(14);
    if (lines == null) {
      return null;
    }
    return new AreaText(
        List.of(lines.split("\n", -1)),
        rs.getInt(15),
        Color.decode(rs.getString(16)),
        PrintText.Position.valueOf(rs.getString(17)),
        rs.getObject(18) == null
            ? null
            : new TextAt(
                rs.getDouble(18),
                rs.getDouble(19),
                rs.getObject(20) == null ? null : rs.getInt(20)));
  }
}
