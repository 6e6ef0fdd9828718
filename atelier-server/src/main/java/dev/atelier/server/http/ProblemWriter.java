package dev.atelier.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes a {@link Problem} on a Jetty response, below Javalin. Stateless. */
final class ProblemWriter {

  private ProblemWriter() {}

  /** Answers {@code problem}, closing the connection afterwards when {@code close}. */
  static void write(Response response, Callback callback, Problem problem, boolean close) {
    byte[] body;
    try {
      body = JsonBodies.mapper().writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      body =
          ("{\"title\":\"HTTP " + problem.status() + "\",\"status\":" + problem.status() + "}")
              .getBytes(StandardCharsets.UTF_8);
    }
    response.setStatus(problem.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (close) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    if (problem.status() == 503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
