package dev.atelier.server.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;

/**
 * One API route: method, path, what it reads and answers (for the OpenAPI document) and the code
 * that answers it. The route table is the single source of both the registered routes and the
 * document. Immutable and thread-safe when its handler is.
 *
 * @param method the HTTP method
 * @param path the Javalin path ({@code /api/products/{id}})
 * @param operationId the OpenAPI operation id
 * @param summary one line for the document
 * @param request the DTO record read from the body, or null for no body
 * @param response the DTO record answered on success
 * @param problems the problem statuses this route answers with besides the generic ones
 * @param access who may call it (checked before the handler runs: 401 when nobody is signed in, 403
 *     when the role does not allow it)
 * @param handler answers a request
 * @param success the 2xx statuses it answers {@code response} with (200 unless declared; the
 *     OpenAPI document lists exactly these)
 */
public record Route(
    HandlerType method,
    String path,
    String operationId,
    String summary,
    @Nullable Class<?> request,
    Class<?> response,
    List<Integer> problems,
    Access access,
    Handler handler,
    List<Integer> success) {

  /** The request attribute holding the caller's {@link Authenticator.Identity}. */
  static final String IDENTITY = "atelier.identity";

  public Route {
    Require.nonNull(
        "method path operationId summary response access handler",
        method,
        path,
        operationId,
        summary,
        response,
        access,
        handler);
    problems = List.copyOf(problems);
    success = List.copyOf(success);
    if (success.isEmpty() || success.stream().anyMatch(s -> s < 200 || s > 299)) {
      throw new IllegalArgumentException("success statuses must be 2xx: " + success);
    }
  }

  /** A route answering 200 on success. */
  public Route(
      HandlerType method,
      String path,
      String operationId,
      String summary,
      @Nullable Class<?> request,
      Class<?> response,
      List<Integer> problems,
      Access access,
      Handler handler) {
    this(
        method,
        path,
        operationId,
        summary,
        request,
        response,
        problems,
        access,
        handler,
        List.of(200));
  }

  /**
   * Whether the body is YAML text ({@code application/yaml}; {@code request} is {@code
   * String.class}) rather than JSON.
   */
  public boolean readsYaml() {
    return request == String.class;
  }

  /** This route, callable only with {@code access}. */
  public Route withAccess(Access access) {
    return with(access, success);
  }

  /** This route, answering {@code response} with {@code statuses} (201 created, 202 accepted). */
  public Route withSuccess(Integer... statuses) {
    return with(access, List.of(statuses));
  }

  private Route with(Access newAccess, List<Integer> newSuccess) {
    return new Route(
        method,
        path,
        operationId,
        summary,
        request,
        response,
        problems,
        newAccess,
        handler,
        newSuccess);
  }

  /**
   * The signed-in caller of the request in {@code ctx}, if any (set by the server before the
   * handler runs; always present on routes that are not {@link Access#PUBLIC}).
   */
  public static Optional<Principal> principal(Context ctx) {
    Authenticator.Identity identity = ctx.attribute(IDENTITY);
    return identity == null ? Optional.empty() : Optional.ofNullable(identity.principal());
  }

  /** A GET route without a body. */
  public static Route get(
      String path, String operationId, String summary, Class<?> response, Handler handler) {
    return new Route(
        HandlerType.GET,
        path,
        operationId,
        summary,
        null,
        response,
        List.of(404),
        Access.PUBLIC,
        handler);
  }

  /** A POST route reading a JSON body. */
  public static Route post(
      String path,
      String operationId,
      String summary,
      @Nullable Class<?> request,
      Class<?> response,
      List<Integer> problems,
      Handler handler) {
    return new Route(
        HandlerType.POST,
        path,
        operationId,
        summary,
        request,
        response,
        problems,
        Access.PUBLIC,
        handler);
  }

  /** Answers one request: the 200 body, or the problem to answer with. */
  @FunctionalInterface
  public interface Handler {
    /** The answer to the request in {@code ctx} (the body is read by the handler). */
    Outcome<?> answer(Context ctx);
  }
}
