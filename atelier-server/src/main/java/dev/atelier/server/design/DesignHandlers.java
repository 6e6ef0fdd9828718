package dev.atelier.server.design;

import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Route;
import dev.atelier.server.shared.Design;
import java.util.function.Function;

/**
 * The shape of a design handler, once: read the body, resolve the design it carries, then call the
 * engine through the given function. A problem at any step is the answer. Immutable and
 * thread-safe.
 */
final class DesignHandlers {

  private final DesignResolver resolver;

  DesignHandlers(DesignResolver resolver) {
    this.resolver = resolver;
  }

  /** A handler whose body is the design itself (problems name fields of the body). */
  <T> Route.Handler design(Function<ResolvedDesign, Outcome<T>> call) {
    return ctx ->
        JsonBodies.read(ctx.bodyAsBytes(), Design.class)
            .then(d -> resolver.resolve(d, ""))
            .then(call);
  }

  /** The engine work of a request on its resolved design, sent by {@code who}. */
  @FunctionalInterface
  interface Call<R, T> {
    Outcome<T> answer(R request, ResolvedDesign design, DesignOrigin who);
  }

  /**
   * A handler whose body is a {@code type} request carrying the design in its {@code design} field;
   * {@code call} gets the request, the resolved design and who sent it.
   */
  <R, T> Route.Handler request(Class<R> type, Function<R, Design> design, Call<R, T> call) {
    return ctx ->
        JsonBodies.read(ctx.bodyAsBytes(), type)
            .then(
                r ->
                    resolver
                        .resolve(design.apply(r), "design")
                        .then(d -> call.answer(r, d, DesignOrigin.of(ctx))));
  }
}
