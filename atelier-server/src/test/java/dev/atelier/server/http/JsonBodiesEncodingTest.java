package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JSON bodies are UTF-8 (RFC 8259 §8.1): a body in UTF-16 or UTF-32 (with or without a byte order
 * mark), or with a byte sequence UTF-8 has not, is a 400 naming {@code body} rather than text
 * decoded some other way or with U+FFFD in place of what was sent; a declared charset other than
 * UTF-8 is a 415 naming {@code body}.
 */
class JsonBodiesEncodingTest {

  record Note(String text) {}

  private static final String JSON = "{\"text\":\"Grüße \uD83D\uDE00\"}";

  private static byte[] concat(byte[] head, byte[] tail) {
    byte[] out = new byte[head.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(tail, 0, out, head.length, tail.length);
    return out;
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void utf16AndUtf32BodiesWithOrWithoutAByteOrderMarkAreRefused() {
    for (String name : List.of("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE")) {
      byte[] body = JSON.getBytes(Charset.forName(name)); // "UTF-16" writes a byte order mark
      Problem p = JsonBodyReads.refused(body, Note.class);
      assertThat(p.status()).as(name).isEqualTo(400);
      assertThat(p.field()).as(name).isEqualTo("body");
      assertThat(p.detail()).as(name).contains("UTF-8");
    }
    byte[] markedLe =
        concat(bytes(0xFF, 0xFE), "{\"text\":\"a\"}".getBytes(StandardCharsets.UTF_16LE));
    assertThat(JsonBodyReads.refused(markedLe, Note.class).field()).isEqualTo("body");
  }

  @Test
  void aLoneSurrogateInUtf16IsRefusedNotReplaced() {
    byte[] lone = concat("{\"text\":\"a".getBytes(StandardCharsets.UTF_16BE), bytes(0xD8, 0x00));
    lone = concat(lone, "\"}".getBytes(StandardCharsets.UTF_16BE));
    Problem p = JsonBodyReads.refused(lone, Note.class);
    assertThat(p.status()).isEqualTo(400);
    assertThat(p.field()).isEqualTo("body");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNotReplaced() {
    Map<String, byte[]> bad =
        Map.of(
            "a lone continuation byte", bytes(0x80),
            "0xFF", bytes(0xFF),
            "an overlong slash", bytes(0xC0, 0xAF),
            "an encoded surrogate (CESU-8)", bytes(0xED, 0xA0, 0x80),
            "a truncated euro sign", bytes(0xE2, 0x82),
            "beyond U+10FFFF", bytes(0xF4, 0x90, 0x80, 0x80),
            "Latin-1 ü", bytes(0xFC));
    bad.forEach(
        (what, sequence) -> {
          byte[] body =
              concat(
                  concat("{\"text\":\"a".getBytes(StandardCharsets.UTF_8), sequence),
                  "b\"}".getBytes(StandardCharsets.UTF_8));
          Problem p = JsonBodyReads.refused(body, Note.class);
          assertThat(p.status()).as(what).isEqualTo(400);
          assertThat(p.field()).as(what).isEqualTo("body");
          assertThat(p.detail()).as(what).contains("not well-formed UTF-8");
        });
  }

  @Test
  void utf8WithAnyCharacterIsReadAsSent() {
    Note read = JsonBodyReads.read(JSON, Note.class);
    assertThat(read.text()).isEqualTo("Grüße \uD83D\uDE00");
  }

  @Test
  void aDeclaredCharsetOtherThanUtf8IsA415NamingTheBody() {
    for (String type :
        List.of(
            "application/json; charset=utf-16",
            "application/json;charset=\"UTF-16LE\"",
            "application/json; charset=iso-8859-1")) {
      Problem p = Utf8Body.declared(type).orElseThrow();
      assertThat(p.status()).as(type).isEqualTo(415);
      assertThat(p.field()).as(type).isEqualTo("body");
    }
    for (String type :
        List.of(
            "application/json",
            "application/json; charset=UTF-8",
            "application/json;charset=utf8")) {
      assertThat(Utf8Body.declared(type)).as(type).isEmpty();
    }
  }
}
