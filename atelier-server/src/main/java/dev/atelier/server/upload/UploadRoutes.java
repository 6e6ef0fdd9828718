package dev.atelier.server.upload;

import dev.atelier.server.http.AddressRate;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.FileBody;
import dev.atelier.server.http.JsonBodies;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.http.Route;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Customers' artwork ({@code /api/uploads}): the raw body with its content type (PNG, JPEG or SVG),
 * checked by the {@link UploadChecker} and stored by the hash of its cleaned bytes; read back only
 * by whoever uploaded it (a signed-in account, or the anonymous visitor's cookie), as the cleaned
 * bytes with a safe content type. Thread-safe.
 */
public final class UploadRoutes {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final UploadChecker checker;
  private final UploadStore store;
  private final Clock clock;
  private final AddressRate rate;

  private final int perMinute;

  /**
   * Routes checking with {@code checker} and storing in {@code store}, at most {@code perMinute}
   * uploads a minute per client address.
   */
  public UploadRoutes(UploadChecker checker, UploadStore store, Clock clock, int perMinute) {
    this.checker = checker;
    this.store = store;
    this.clock = clock;
    this.perMinute = perMinute;
    this.rate = new AddressRate("uploads", perMinute);
  }

  /**
   * What the customer gets back after an upload: its id (the hash) and what the design surface
   * needs to place it (pixel size, colours, photo).
   */
  public record UploadView(
      String id,
      String mediaType,
      int bytes,
      int widthPx,
      int heightPx,
      int colours,
      boolean photo,
      String url) {
    static UploadView of(StoredUpload u) {
      return new UploadView(
          u.sha256(),
          u.kind().mediaType(),
          u.bytes().length,
          u.widthPx(),
          u.heightPx(),
          u.colours(),
          u.photo(),
          "/api/uploads/" + u.sha256());
    }
  }

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        new Route(
                HandlerType.POST,
                AtelierServer.UPLOAD_PATH,
                "uploadArtwork",
                "Upload artwork (raw PNG, JPEG or SVG body with its Content-Type, at most "
                    + UploadLimits.DEFAULT.maxBytes()
                    + " bytes): checked, cleaned and stored by content hash",
                null,
                UploadView.class,
                List.of(413, 415, 422, 429, 503),
                dev.atelier.server.http.Access.PUBLIC,
                this::upload)
            .withSuccess(201),
        Route.get(
            "/api/uploads/{id}",
            "getUpload",
            "The caller's own upload as its cleaned bytes (another's answers 404)",
            FileBody.class,
            this::read));
  }

  private Outcome<UploadView> upload(Context ctx) {
    if (!rate.take(ctx.ip())) {
      ctx.header("Retry-After", "60");
      return Outcome.rejected(
          Problem.of(
              429,
              ProblemType.TOO_MANY_REQUESTS,
              "Too many uploads",
              "at most " + perMinute + " uploads a minute from one address",
              "file"));
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > AtelierServer.UPLOAD_BODY_LIMIT) {
      return Outcome.rejected(
          Problem.of(
              413,
              ProblemType.BODY_TOO_LARGE,
              "Body too large",
              "the file must not exceed " + AtelierServer.UPLOAD_BODY_LIMIT + " bytes",
              "file"));
    }
    String contentType = Optional.ofNullable(ctx.contentType()).orElse("");
    UploadVerdict verdict = checker.check(JsonBodies.bytes(ctx), contentType);
    if (verdict instanceof UploadVerdict.Refused r) {
      ProblemType type =
          switch (r.status()) {
            case 413 -> ProblemType.BODY_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.BUSY;
            default -> ProblemType.UPLOAD_REFUSED;
          };
      return Outcome.rejected(
          Problem.of(r.status(), type, "Upload refused", r.reason(), r.field()));
    }
    StoredUpload upload = StoredUpload.of((UploadVerdict.Accepted) verdict);
    Optional<String> known =
        Route.principal(ctx)
            .map(Principal::accountId)
            .map(UploadOwner::account)
            .or(() -> UploadOwner.visitor(ctx));
    String owner = known.orElseGet(() -> UploadOwner.newVisitor(ctx));
    if (!store.save(upload, owner, clock.instant())) {
      UploadQuota q = store.quota();
      return Outcome.rejected(
          Problem.of(
              422,
              ProblemType.UPLOAD_REFUSED,
              "Upload refused",
              "you keep at most "
                  + q.maxUploads()
                  + " uploads of "
                  + q.maxBytes()
                  + " bytes together; this one would exceed that",
              "file"));
    }
    return Outcome.created(UploadView.of(upload));
  }

  private Outcome<FileBody> read(Context ctx) {
    String id = ctx.pathParam("id");
    // The account's uploads and the visitor cookie's: art uploaded before signing in is still
    // shown after it (as an order still takes it, UploadOwner.callers).
    Long account = Route.principal(ctx).map(Principal::accountId).orElse(null);
    Optional<StoredUpload> found =
        SHA256.matcher(id).matches()
            ? UploadOwner.callers(ctx, account).stream()
                .map(o -> store.find(id, o))
                .flatMap(Optional::stream)
                .findFirst()
            : Optional.empty();
    return file(found, "no upload '" + Echo.of(id) + "' of yours", "id");
  }

  /**
   * {@code upload} answered as its cleaned bytes (with the download headers of {@link FileBody}),
   * or 404 {@code unknown-upload} with {@code detail} naming {@code field} when there is none.
   */
  public static Outcome<FileBody> file(Optional<StoredUpload> upload, String detail, String field) {
    return upload
        .<Outcome<FileBody>>map(
            u -> Outcome.ok(new FileBody(u.kind().mediaType(), u.filename(), u.bytes())))
        .orElseGet(
            () ->
                Outcome.rejected(
                    Problem.of(404, ProblemType.UNKNOWN_UPLOAD, "Unknown upload", detail, field)));
  }
}
