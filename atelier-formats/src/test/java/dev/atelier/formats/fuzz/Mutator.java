package dev.atelier.formats.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Seeded mutations of a text: byte flips, truncation, line edits, tokens, bombs, huge numbers. */
final class Mutator {

  private static final String[] TOKENS = {
    "<",
    ">",
    "\"",
    "'",
    "|",
    "..",
    "-1",
    "0",
    ",",
    ";",
    "*",
    "~",
    "\n",
    "\r",
    "\t",
    "=",
    "&amp;",
    "&bogus;",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    "<![CDATA[1 2]]>",
    "<!-- x -->",
    "</domain>",
    "<relation name='r' arity='2'>",
    "<constraint name='c' scope='v0 v1' reference='r'/>",
    "\"\"",
    "\u00e9",
    "\uFEFF",
    "p cnf 3 2",
    " 0 ",
    "features",
    "{",
    "}",
    "[",
    "]",
    ":"
  };

  /** Mutations that would grow an input beyond this are skipped (keeps inputs in a small heap). */
  static final int MAX_BYTES = 1 << 20;

  private Mutator() {}

  /** A mutation of {@code seed}, determined by {@code random}. */
  static String mutate(String seed, Random random) {
    byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      byte[] next = once(bytes, random);
      bytes = next.length > MAX_BYTES ? bytes : next;
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] once(byte[] b, Random r) {
    int pos = b.length == 0 ? 0 : r.nextInt(b.length + 1);
    switch (r.nextInt(8)) {
      case 0 -> {
        if (b.length > 0) {
          byte[] c = b.clone();
          int i = r.nextInt(b.length);
          c[i] = (byte) (c[i] ^ (1 << r.nextInt(8)));
          return c;
        }
        return b;
      }
      case 1 -> {
        return Arrays.copyOf(b, pos);
      }
      case 2 -> {
        return lines(b, r, true);
      }
      case 3 -> {
        return lines(b, r, false);
      }
      case 4 -> {
        return insert(b, pos, TOKENS[r.nextInt(TOKENS.length)]);
      }
      case 5 -> {
        int depth = 1_000 + r.nextInt(20_000);
        String open = r.nextBoolean() ? "<a>" : "\"";
        return insert(
            b, pos, open.repeat(depth) + (open.equals("<a>") ? "</a>".repeat(depth) : ""));
      }
      case 6 -> {
        String huge = r.nextBoolean() ? "9".repeat(1 + r.nextInt(60)) : "-" + Long.MAX_VALUE + "0";
        return insert(b, pos, huge);
      }
      default -> {
        return insert(b, pos, "0.." + (r.nextBoolean() ? Long.MAX_VALUE : 2_000_000_000L));
      }
    }
  }

  private static byte[] insert(byte[] b, int pos, String text) {
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    byte[] c = new byte[b.length + t.length];
    System.arraycopy(b, 0, c, 0, pos);
    System.arraycopy(t, 0, c, pos, t.length);
    System.arraycopy(b, pos, c, pos + t.length, b.length - pos);
    return c;
  }

  private static byte[] lines(byte[] b, Random r, boolean duplicate) {
    List<String> lines =
        new ArrayList<>(List.of(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
    int i = r.nextInt(lines.size());
    if (duplicate) {
      int room = (MAX_BYTES - b.length) / (lines.get(i).length() + 1);
      int times = Math.min(room, 1 + r.nextInt(r.nextInt(10) == 0 ? 5_000 : 3));
      for (int k = 0; k < times; k++) {
        lines.add(i, lines.get(i));
      }
    } else {
      lines.remove(i);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }
}
