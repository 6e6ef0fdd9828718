package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every string of a JSON body, escaped or raw, value or field name, is well-formed Unicode or the
 * body is refused at the edge with a 422 naming the field (issue 13, item 2).
 */
class JsonBodiesTextTest {

  record Note(String title, Map<String, String> texts, List<String> tags) {}

  private static Problem refused(byte[] body) {
    return JsonBodyReads.refused(body, Note.class);
  }

  private static Problem refused(String json) {
    return JsonBodyReads.refused(json, Note.class);
  }

  @Test
  void loneSurrogatesAndNulAreRefusedNamingTheField() {
    Problem escaped = refused("{\"title\":\"a\\ud800b\"}");
    assertThat(escaped.status()).isEqualTo(422);
    assertThat(escaped.type()).isEqualTo(ProblemType.MALFORMED_TEXT);
    assertThat(escaped.field()).isEqualTo("title");
    assertThat(refused("{\"texts\":{\"note\":\"a\\udfffb\"}}").field()).isEqualTo("texts.note");
    assertThat(refused("{\"tags\":[\"ok\",\"\\u0000\"]}").field()).isEqualTo("tags[1]");
    // Jackson refuses a lone surrogate in a field name itself: the object holding it is named.
    Problem name = refused("{\"texts\":{\"n\\udc00\":\"x\"}}");
    assertThat(name.status()).isEqualTo(422);
    assertThat(name.field()).isEqualTo("texts");
    assertThat(refused("{\"texts\":{\"n\\ud800x\":\"x\"}}").field()).isEqualTo("texts");
    // A surrogate encoded directly in UTF-8 (ED A0 80), not as an escape, is no UTF-8 at all
    // (RFC 3629): the body is refused before it is parsed (session 18; a 422 naming the field
    // before).
    byte[] raw = {
      '{',
      '"',
      't',
      'i',
      't',
      'l',
      'e',
      '"',
      ':',
      '"',
      (byte) 0xED,
      (byte) 0xA0,
      (byte) 0x80,
      '"',
      '}'
    };
    Problem direct = refused(raw);
    assertThat(direct.status()).isEqualTo(400);
    assertThat(direct.field()).isEqualTo("body");
  }

  @Test
  void wellFormedTextPassesUnchanged() {
    Note note =
        JsonBodyReads.read(
            "{\"title\":\"F\\u00fcr dich \\ud83c\\udf81\",\"tags\":[\"\u202E\"]}", Note.class);
    assertThat(note.title()).isEqualTo("Für dich \uD83C\uDF81");
    // Bidi controls are a matter for the fields that store free text (TextFields), not the edge.
    assertThat(note.tags()).containsExactly("\u202E");
  }
}
