package dev.atelier.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.server.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a valid request: a JSON value replaced by another type, a long or odd string
 * (lone surrogates, NUL, bidi and zero-width characters, emoji), an odd number (leading zeros and
 * signs, 1000 digits, exponents), deep nesting, a field dropped or added, or the raw bytes broken;
 * path parameters likewise. Values are raw JSON fragments spliced in after serialization, so that
 * what no JSON library would write (a lone surrogate escape, {@code 0060}) reaches the server. Not
 * thread-safe (one {@link Random}).
 */
final class FuzzMutations {

  /** Raw JSON values to splice in. */
  static final List<String> ATOMS =
      List.of(
          "null",
          "true",
          "false",
          "0",
          "-1",
          "1",
          "2147483648",
          "-9223372036854775809",
          "9223372036854775807",
          "1" + "0".repeat(999),
          "-" + "9".repeat(1000),
          "1e400",
          "-0",
          "0.5",
          "1E2",
          "[]",
          "{}",
          "[[]]",
          "{\"a\":{}}",
          "\"\"",
          "\" \"",
          "\"0060\"",
          "\"+0078\"",
          "\"-0\"",
          "\"" + "0".repeat(300) + "84\"",
          "\"1" + "0".repeat(999) + "\"",
          "\"a\\ud800b\"",
          "\"\\udfff\"",
          "\"\\ud83d\"",
          "\"\\u0000\"",
          "\"a\\u202eb\"",
          "\"a\\u200bb\"",
          "\"\\ud83d\\ude00\"",
          "\"\\u00e9\"",
          "\"e\\u0301\"",
          "\"../../etc/passwd\"",
          "\"<script>x</script>\"",
          "\"%00\"",
          "\"\\\\\"",
          "\"*\"",
          "\"x\\ny\"",
          "\"2030-02-30\"",
          "\"9999-12-31\"",
          "\"http://[::1]:9/\"",
          "\"STAFF\"",
          "\"ADMIN\"");

  /** Raw (non-JSON or hostile) whole bodies. */
  static final List<String> BODIES =
      List.of("", "{", "}", "[]", "null", "\"x\"", "{\"a\":1,\"a\":2}", "{\"design\":}", "\u0000");

  private final Random random;

  FuzzMutations(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /** A mutated request: what changed, the body bytes (null: none) and the parameter values. */
  record Mutant(String what, byte[] body, java.util.Map<String, String> params) {}

  /** One to three mutations of {@code body} (JSON, or null) and {@code params}. */
  Mutant mutate(String body, java.util.Map<String, String> params) {
    java.util.Map<String, String> p = new java.util.LinkedHashMap<>(params);
    boolean mutateParam = !p.isEmpty() && (body == null || random.nextInt(4) == 0);
    if (mutateParam) {
      String name = new ArrayList<>(p.keySet()).get(random.nextInt(p.size()));
      String value = pathValue();
      p.put(name, value);
      return new Mutant("param " + name + "=" + abbreviate(value), bytes(body), p);
    }
    if (body == null) {
      return new Mutant("body on a bodiless route", bytes(pick(ATOMS)), p);
    }
    int kind = random.nextInt(20);
    if (kind == 0) {
      String raw = pick(BODIES);
      return new Mutant("raw body " + abbreviate(raw), bytes(raw), p);
    }
    if (kind == 1) {
      byte[] b = bytes(body);
      int at = random.nextInt(b.length);
      b[at] = (byte) (0x80 + random.nextInt(0x80)); // broken UTF-8 or a broken token
      return new Mutant("byte " + at, b, p);
    }
    if (!body.startsWith("{")) {
      // Not JSON (a YAML file): text spliced in somewhere.
      int at = random.nextInt(body.length() + 1);
      String raw = pick(ATOMS);
      return new Mutant(
          "text at " + at + ": " + abbreviate(raw),
          bytes(body.substring(0, at) + raw + body.substring(at)),
          p);
    }
    JsonNode tree = parse(body);
    List<String> spliced = new ArrayList<>();
    StringBuilder what = new StringBuilder();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      tree = mutateOnce(tree, spliced, what);
    }
    String text = tree.toString();
    for (int i = 0; i < spliced.size(); i++) {
      text = text.replace("\"@@" + i + "@@\"", spliced.get(i));
    }
    return new Mutant(what.toString(), bytes(text), p);
  }

  private JsonNode mutateOnce(JsonNode root, List<String> spliced, StringBuilder what) {
    List<String> paths = new ArrayList<>();
    List<JsonNode> nodes = new ArrayList<>();
    collect(root, "", paths, nodes);
    int i = random.nextInt(nodes.size());
    JsonNode node = nodes.get(i);
    String path = paths.get(i);
    int op = random.nextInt(6);
    if (node instanceof ObjectNode o && op <= 1) {
      if (op == 0 && o.size() > 0) {
        String name = new ArrayList<>(iterable(o)).get(random.nextInt(o.size()));
        o.remove(name);
        what.append("drop ").append(path).append('.').append(name).append("; ");
      } else {
        String extra = random.nextBoolean() ? "extra" : "\u00e9\u0000";
        o.set(extra, placeholder(pick(ATOMS), spliced));
        what.append("add ").append(path).append(".extra; ");
      }
      return root;
    }
    String replacement;
    if (op == 2) {
      int depth = random.nextInt(10) == 0 ? 2_000 + random.nextInt(3_000) : 1 + random.nextInt(20);
      String inner = node.toString();
      replacement = "[".repeat(depth) + inner + "]".repeat(depth);
      what.append("nest ").append(depth).append(' ').append(path).append("; ");
    } else if (op == 3) {
      int length = random.nextInt(8) == 0 ? 70_000 : 1 + random.nextInt(5_000);
      String unit = pick(List.of("x", "\u00e9", "\ud83d\ude00", "0", " "));
      replacement = TestServer.JSON.getNodeFactory().textNode(unit.repeat(length)).toString();
      what.append("long ").append(length).append(' ').append(path).append("; ");
    } else {
      replacement = pick(ATOMS);
      what.append("set ").append(path).append('=').append(abbreviate(replacement)).append("; ");
    }
    JsonNode marker = placeholder(replacement, spliced);
    if (path.isEmpty()) {
      return marker;
    }
    replace(root, path, marker);
    return root;
  }

  private String pathValue() {
    String atom = pick(ATOMS);
    String value =
        switch (random.nextInt(6)) {
          case 0 -> "0".repeat(1 + random.nextInt(5)) + random.nextInt(100);
          case 1 -> "+" + random.nextInt(100);
          case 2 -> "9".repeat(1 + random.nextInt(1_000));
          case 3 -> "\u00e9\ud83d\ude00\u202e";
          case 4 -> "x".repeat(1 + random.nextInt(3_000));
          default -> atom.replace("\"", "");
        };
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%2B");
  }

  private static JsonNode placeholder(String raw, List<String> spliced) {
    spliced.add(raw);
    return TestServer.JSON.getNodeFactory().textNode("@@" + (spliced.size() - 1) + "@@");
  }

  private static void collect(JsonNode node, String path, List<String> paths, List<JsonNode> out) {
    paths.add(path);
    out.add(node);
    if (node instanceof ObjectNode o) {
      for (String name : iterable(o)) {
        collect(o.get(name), path + "/" + name, paths, out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        collect(a.get(i), path + "/" + i, paths, out);
      }
    }
  }

  private static void replace(JsonNode root, String path, JsonNode value) {
    int cut = path.lastIndexOf('/');
    JsonNode parent = cut == 0 ? root : root.at(path.substring(0, cut));
    String last = path.substring(cut + 1);
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    }
  }

  private static List<String> iterable(ObjectNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static byte[] bytes(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...(" + s.length() + ")";
  }

  private static JsonNode parse(String json) {
    try {
      return TestServer.JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
