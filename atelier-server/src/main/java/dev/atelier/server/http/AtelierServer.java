package dev.atelier.server.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.ParsedEndpoint;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A running HTTP server answering a route table: explicit routing, JSON bodies read strictly, every
 * failure answered as {@code application/problem+json} (unknown paths, wrong methods, wrong content
 * types, oversized bodies and unexpected errors included). Thread-safe.
 */
public final class AtelierServer implements AutoCloseable {

  private final Javalin app;
  private final List<Runnable> onClose = new java.util.concurrent.CopyOnWriteArrayList<>();

  private AtelierServer(Javalin app) {
    this.app = app;
  }

  /** Runs {@code action} after the server stopped, on {@link #close()} (in the order added). */
  public void onClose(Runnable action) {
    onClose.add(action);
  }

  /**
   * Starts answering {@code routes} on {@code host:port} (port 0: a free port), asking {@code
   * authenticator} who calls.
   */
  public static AtelierServer start(
      String host, int port, List<Route> routes, long bodyLimit, Authenticator authenticator) {
    return start(host, port, routes, bodyLimit, Limits.defaults(), authenticator);
  }

  /**
   * Starts answering {@code routes} on {@code host:port} (port 0: a free port) within {@code
   * limits}, asking {@code authenticator} who calls.
   */
  public static AtelierServer start(
      String host,
      int port,
      List<Route> routes,
      long bodyLimit,
      Limits limits,
      Authenticator authenticator) {
    Javalin app =
        Javalin.create(
            config -> {
              configure(config, routes, bodyLimit, authenticator);
              Transport.configure(config, host, port, bodyLimit, limits);
            });
    app.start(host, port);
    return new AtelierServer(app);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The registered routes as "METHOD path", as Javalin reports them. */
  public List<String> registeredRoutes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map((ParsedEndpoint p) -> p.endpoint.method.name() + " " + p.endpoint.path)
        .toList();
  }

  /** Stops the server. */
  @Override
  public void close() {
    app.stop();
    onClose.forEach(Runnable::run);
  }

  private static void configure(
      JavalinConfig config, List<Route> routes, long bodyLimit, Authenticator authenticator) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    // Uploads (raw bodies read by their route, which checks their own limit) may be larger than the
    // JSON routes' limit: those still refuse a declared length over it before reading.
    config.http.maxRequestSize = Math.max(bodyLimit, UPLOAD_BODY_LIMIT);
    config.http.prefer405over404 = true;
    config.jsonMapper(new JavalinJackson(JsonBodies.mapper(), false));
    WebPages.configure(config);
    WebJars.configure(config);
    for (Route route : routes) {
      config.routes.addHttpHandler(
          route.method(), route.path(), ctx -> answer(ctx, route, bodyLimit, authenticator));
    }
    config.routes.exception(
        HttpResponseException.class, (e, ctx) -> Responses.httpException(e, ctx, bodyLimit));
    config.routes.exception(Exception.class, Responses::unexpected);
  }

  /**
   * The largest body a route reading raw bytes (an artwork upload) may get, when it declares its
   * length; JSON and YAML routes keep the server's body limit.
   */
  public static final long UPLOAD_BODY_LIMIT = 10L * 1024 * 1024;

  /** The path artwork is uploaded to (POST): its body may be as large as UPLOAD_BODY_LIMIT. */
  public static final String UPLOAD_PATH = "/api/uploads";

  private static void answer(
      Context ctx, Route route, long bodyLimit, Authenticator authenticator) {
    Optional<Problem> repeated = RepeatedInputs.problem(ctx);
    if (repeated.isPresent()) {
      Responses.send(ctx, repeated.get());
      return;
    }
    Outcome<Authenticator.Identity> identity = authenticator.identify(ctx, route.access());
    if (identity instanceof Outcome.Rejected<Authenticator.Identity> rejected) {
      Responses.send(ctx, rejected.problem());
      return;
    }
    Authenticator.Identity who = ((Outcome.Ok<Authenticator.Identity>) identity).value();
    Problem denied = Guard.check(route.access(), who);
    if (denied != null) {
      Responses.send(ctx, denied);
      return;
    }
    ctx.attribute(Route.IDENTITY, who);
    // A route that reads no body (an action such as disable) takes any or none.
    if ((route.method() == HandlerType.POST
            || route.method() == HandlerType.PUT
            || route.method() == HandlerType.PATCH)
        && route.request() != null) {
      String contentType = ctx.contentType();
      boolean accepted =
          contentType != null && (route.readsYaml() ? isYaml(contentType) : isJson(contentType));
      if (!accepted) {
        Responses.send(
            ctx,
            Problem.of(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "send the body as " + (route.readsYaml() ? "application/yaml" : "application/json"),
                "Content-Type"));
        return;
      }
      Optional<Problem> charset = Utf8Body.declared(contentType);
      if (charset.isPresent()) {
        Responses.send(ctx, charset.get());
        return;
      }
      if (ctx.req().getContentLengthLong() > bodyLimit) {
        Responses.send(ctx, Responses.tooLarge(bodyLimit));
        return;
      }
    }
    Responses.answer(ctx, route.handler().answer(ctx));
  }

  private static boolean isJson(String contentType) {
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.equals("application/json") || type.endsWith("+json");
  }

  private static boolean isYaml(String contentType) {
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.equals("application/yaml")
        || type.equals("application/x-yaml")
        || type.equals("text/yaml");
  }
}
