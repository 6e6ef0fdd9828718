package dev.atelier.server.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty finds before a request reaches the routes (431 headers too large, 400
 * bad URI or header, 413, 414, 503 from the body-request queue) as {@code application/problem+json}
 * instead of Jetty's HTML page. Stateless and thread-safe.
 */
final class JettyErrors extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
    if (status < 400) {
      status = 500;
    }
    Object message = request.getAttribute(ERROR_MESSAGE);
    String detail = message == null ? "HTTP " + status : String.valueOf(message);
    String field = BadPath.named(detail) ? "path" : HeaderNamingParser.named(detail).orElse(null);
    SecurityHeaders.add(response, true);
    ProblemWriter.write(
        response,
        callback,
        Problem.of(status, slug(status), title(status), detail, field),
        status != 503 && status != 404 && status != 405);
    return true;
  }

  private static String slug(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 408 -> "request-timeout";
      case 413 -> "body-too-large";
      case 414 -> "uri-too-long";
      case 431 -> "headers-too-large";
      case 503 -> "busy";
      default -> "http";
    };
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 408 -> "Request timeout";
      case 413 -> "The body is too large";
      case 414 -> "The URI is too long";
      case 431 -> "The request headers are too large";
      case 503 -> "The server is busy";
      default -> "HTTP " + status;
    };
  }
}
