package dev.atelier.server.design;

import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Route;
import dev.atelier.server.shared.Design;
import dev.atelier.server.upload.UploadOwner;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Function;

/**
 * The shape of a design handler, once: read the body, resolve the design it carries, then call the
 * engine through the given function. A problem at any step is the answer. Immutable and
 * thread-safe.
 */
final class DesignHandlers {

  private final DesignResolver resolver;
  private final ArtworkFacts artwork;

  /** Handlers of requests that carry no artwork. */
  DesignHandlers(DesignResolver resolver) {
    this(resolver, ArtworkFacts.NONE);
  }

  DesignHandlers(DesignResolver resolver, ArtworkFacts artwork) {
    this.resolver = resolver;
    this.artwork = artwork;
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
    return artworkRequest(type, design, r -> Map.of(), call);
  }

  /**
   * Like {@link #request(Class, Function, Call)} for a request that may carry artwork references
   * ({@code artwork} of the request): they are checked and the design's artwork facts set from the
   * caller's uploads before {@code call} gets it.
   */
  <R, T> Route.Handler artworkRequest(
      Class<R> type,
      Function<R, Design> design,
      Function<R, Map<String, ArtworkRef>> refs,
      Call<R, T> call) {
    return ctx ->
        JsonBodies.read(ctx.bodyAsBytes(), type)
            .then(
                r ->
                    resolver
                        .resolve(design.apply(r), "design")
                        .then(d -> place(ctx, d, refs.apply(r)))
                        .then(p -> call.answer(r, p.design(), DesignOrigin.of(ctx))));
  }

  /** {@code refs} of the caller of {@code ctx} placed on {@code design}. */
  Outcome<ArtworkFacts.Placed> place(
      Context ctx,
      ResolvedDesign design,
      @dev.atelier.server.http.Nullable Map<String, ArtworkRef> refs) {
    return artwork.place(design, refs, owners(ctx));
  }

  /** The upload owners the caller of {@code ctx} speaks for. */
  static java.util.List<String> owners(Context ctx) {
    return UploadOwner.callers(ctx, Route.principal(ctx).map(Principal::accountId).orElse(null));
  }
}
