package dev.atelier.server.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.engine.model.PlainText;
import java.io.IOException;
import java.util.Optional;

/**
 * The scan of a JSON body's text before it is bound ({@link JsonBodies#read}): malformed Unicode in
 * a string or field name, a number too long or nesting too deep, each named by the field where it
 * is. Stateless.
 */
final class JsonTextScan {

  private JsonTextScan() {}

  /**
   * A 422 problem naming the first string (value or field name) of {@code body} that is not
   * well-formed Unicode ({@link PlainText#malformed}): refused before any handler sees it, so that
   * nothing is stored, hashed or echoed in a form that cannot be written back.
   */
  static Optional<Problem> problem(ObjectMapper mapper, byte[] body, Class<?> type)
      throws IOException {
    try (JsonParser parser = mapper.getFactory().createParser(body)) {
      return malformedText(parser, type);
    }
  }

  private static Optional<Problem> malformedText(JsonParser parser, Class<?> type)
      throws IOException {
    try {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
          Optional<String> why = PlainText.malformed(parser.getText());
          if (why.isPresent()) {
            String field = printable(pathOf(parser.getParsingContext()));
            return malformed(
                field,
                (t == JsonToken.FIELD_NAME ? "the name of '" : "'")
                    + field
                    + "' holds "
                    + why.get());
          }
        }
      }
    } catch (StreamConstraintsException e) {
      // A number of more digits than allowed or nesting too deep: name where it is (an artwork
      // rotation of 1,000 digits is "artwork.tongue.rotation", not "body"). Array indexes at the
      // end are dropped: 33 nested arrays are the field holding them, or the body at the top.
      String field = printable(pathOf(parser.getParsingContext())).replaceAll("(\\[\\d+])+$", "");
      field = field.isEmpty() ? "body" : field;
      boolean number = e.getMessage() != null && e.getMessage().startsWith("Number");
      String tooLong = "a number of more than " + JsonBodies.MAX_NUMBER_LENGTH + " characters";
      if (number) {
        Optional<Problem> numeric = NumberFields.problem(type, field, " (got " + tooLong + ")");
        if (numeric.isPresent()) {
          return numeric;
        }
      }
      String what =
          number ? "is " + tooLong : "is nested more than " + JsonBodies.MAX_NESTING + " deep";
      return Optional.of(
          Problem.badRequest(
              field, (field.equals("body") ? "the body" : "'" + field + "'") + " " + what));
    } catch (JsonParseException e) {
      // Jackson itself refuses a lone surrogate in a field name: name the object holding it.
      if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("surrogate")) {
        String field = printable(pathOf(parser.getParsingContext()));
        return malformed(
            field, "a field name in '" + field + "' holds malformed Unicode (a lone surrogate)");
      }
      throw e;
    }
    return Optional.empty();
  }

  private static Optional<Problem> malformed(String field, String detail) {
    return Optional.of(Problem.of(422, "malformed-text", "Malformed text", detail, field));
  }

  /** "texts.note", "tags[1]": the place of the current token; "body" for the root. */
  private static String pathOf(JsonStreamContext context) {
    StringBuilder out = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        out.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        out.insert(
            0, (c.getParent() == null || c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
      }
    }
    return out.length() == 0 ? "body" : out.toString();
  }

  /** {@code text} with every lone surrogate and NUL replaced by U+FFFD, safe to write back. */
  private static String printable(String text) {
    return PlainText.replaceMalformed(text, false);
  }
}
