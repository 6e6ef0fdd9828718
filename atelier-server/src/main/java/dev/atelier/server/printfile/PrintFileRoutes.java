package dev.atelier.server.printfile;

import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.FileBody;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.http.Route;
import dev.atelier.server.shared.PrintFileLink;
import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The staff download of print files: {@code GET /api/print-files/{id}} answers the PNG or PDF as an
 * attachment. Anyone signed in who is not staff gets the same 404 as for an unknown file (the route
 * does not tell that files exist). Thread-safe.
 */
public record PrintFileRoutes(PrintFileStore store) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** The route table. */
  public List<Route> routes() {
    return List.of(
        Route.get(
            PrintFileLink.ROUTE,
            "getPrintFile",
            "A print file (PNG or PDF) of a production order, as an attachment (staff; others 404)",
            FileBody.class,
            this::read));
  }

  private Outcome<FileBody> read(Context ctx) {
    String id = ctx.pathParam("id");
    boolean staff =
        Route.principal(ctx).map(Principal::role).filter(Access.STAFF::allows).isPresent();
    return java.util.Optional.of(id)
        .filter(i -> staff && SHA256.matcher(i).matches())
        .flatMap(store::find)
        .<Outcome<FileBody>>map(
            f ->
                Outcome.ok(
                    new FileBody(
                        f.format().equals("pdf") ? "application/pdf" : "image/png",
                        "print-" + id.substring(0, 16) + "." + f.format(),
                        f.bytes())))
        .orElseGet(
            () ->
                Outcome.rejected(
                    Problem.of(
                        404,
                        ProblemType.NOT_FOUND,
                        "Not found",
                        "no print file '" + Echo.of(id) + "'",
                        "id")));
  }
}
