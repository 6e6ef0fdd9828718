package dev.atelier.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what a route answered, and every failure, as the response: files and CSV as attachments,
 * values as JSON, problems as {@code application/problem+json} (with {@code Retry-After} on 429 and
 * 503), Javalin's own errors and unexpected exceptions as problems. Stateless.
 */
final class Responses {

  // Logged under the server's name, as before these answers had a class of their own.
  private static final Logger LOG = LoggerFactory.getLogger(AtelierServer.class);

  private Responses() {}

  /** Writes {@code outcome}, a route's answer, as the response. */
  static void answer(Context ctx, Outcome<?> outcome) {
    if (outcome instanceof Outcome.Ok<?> ok && ok.value() instanceof FileBody file) {
      ctx.status(ok.status())
          .contentType(file.mediaType())
          .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
          .header("X-Content-Type-Options", "nosniff")
          .header("Content-Security-Policy", FileBody.POLICY)
          .result(file.bytes());
    } else if (outcome instanceof Outcome.Ok<?> ok && ok.value() instanceof CsvBody csv) {
      ctx.status(ok.status())
          .contentType(CsvBody.MEDIA_TYPE)
          .header("Content-Disposition", "attachment; filename=\"" + csv.filename() + "\"")
          .result(csv.text().getBytes(StandardCharsets.UTF_8));
    } else if (outcome instanceof Outcome.Ok<?> ok) {
      byte[] body;
      try {
        body =
            ok.value() instanceof PreparedJson prepared
                ? prepared.jsonBytes()
                : JsonBodies.mapper().writeValueAsBytes(ok.value());
      } catch (JsonProcessingException e) {
        LOG.error("cannot write the answer of {} {}", ctx.method(), ctx.path(), e);
        send(ctx, internal());
        return;
      }
      write(ctx, ok.status(), "application/json", body);
    } else {
      send(ctx, ((Outcome.Rejected<?>) outcome).problem());
    }
  }

  /** Writes {@code problem} as the response. */
  static void send(Context ctx, Problem problem) {
    byte[] body;
    try {
      body = JsonBodies.mapper().writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      body =
          ("{\"type\":\"/problems/internal\",\"title\":\"Internal error\",\"status\":500,"
                  + "\"detail\":\"cannot write the problem\"}")
              .getBytes(StandardCharsets.UTF_8);
    }
    if (problem.status() == 503) {
      ctx.header("Retry-After", "1");
    } else if (problem.status() == 429) {
      ctx.header("Retry-After", "60");
    }
    write(ctx, problem.status(), Problem.MEDIA_TYPE, body);
  }

  /**
   * Answers {@code body} as Javalin's result. (Writing it straight to the servlet response, which
   * spared Javalin's copy, left about 1 in 3,000 fuzzed requests without an answer.)
   */
  private static void write(Context ctx, int status, String contentType, byte[] body) {
    if (ctx.res().isCommitted()) {
      return; // a failure after the answer went out (an exception handler): nothing to add
    }
    ctx.status(status).contentType(contentType).result(body);
  }

  /** 413: the body exceeds {@code bodyLimit} bytes. */
  static Problem tooLarge(long bodyLimit) {
    return Problem.of(
        413,
        "body-too-large",
        "The body is too large",
        "the body must not exceed " + bodyLimit + " bytes",
        "body");
  }

  private static Problem internal() {
    return Problem.of(500, "internal", "Internal error", "the server failed; see its log", null);
  }

  /** Answers Javalin's own errors (404, 405, 413, ...) as problems. */
  static void httpException(HttpResponseException e, Context ctx, long bodyLimit) {
    int status = e.getStatus();
    Problem problem =
        switch (status) {
          case 404 ->
              Problem.notFound("path", "no route " + ctx.method() + " " + Echo.of(ctx.path()));
          case 405 ->
              Problem.of(
                  405,
                  "method-not-allowed",
                  "Method not allowed",
                  ctx.method() + " is not allowed on " + Echo.of(ctx.path()),
                  "method");
          case 413 -> tooLarge(bodyLimit);
          default ->
              Problem.of(
                  status, ProblemType.HTTP, "HTTP " + status, String.valueOf(e.getMessage()), null);
        };
    send(ctx, problem);
  }

  /**
   * Answers an exception no route handled: 503 for a busy database or {@link ServerBusy}, else 500
   * (logged).
   */
  static void unexpected(Exception e, Context ctx) {
    if (Transport.isClientAbort(e)) {
      LOG.info("client went away during {} {}: {}", ctx.method(), ctx.path(), Transport.cause(e));
      return;
    }
    if (DatabaseBusy.causedBy(e)) {
      LOG.warn("no database connection in time for {} {}", ctx.method(), ctx.path());
      send(ctx, DatabaseBusy.problem());
      return;
    }
    if (ServerBusy.causedBy(e)) {
      LOG.warn("busy answering {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      send(ctx, ServerBusy.problem(e));
      return;
    }
    LOG.error("unexpected failure answering {} {}", ctx.method(), ctx.path(), e);
    send(ctx, internal());
  }
}
