package dev.atelier.server.order;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import dev.atelier.server.http.PreparedJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A response body stored as JSON text and written out verbatim, so that an answer replayed for an
 * idempotency key is byte-identical to the first. Immutable and thread-safe.
 *
 * @param json the JSON text
 */
record RawJson(String json) implements JsonSerializable, PreparedJson {

  RawJson {
    Objects.requireNonNull(json, "json");
  }

  @Override
  public byte[] jsonBytes() {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
    gen.writeRawValue(json);
  }

  @Override
  public void serializeWithType(
      JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
      throws IOException {
    serialize(gen, serializers);
  }
}
