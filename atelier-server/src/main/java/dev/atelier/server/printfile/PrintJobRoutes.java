package dev.atelier.server.printfile;

import dev.atelier.server.http.Access;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Principal;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.http.Route;
import dev.atelier.server.shared.DesignSummary;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Dead print jobs for staff (and admins): {@code GET /api/print-jobs/dead} lists them with their
 * reasons; {@code POST /api/print-jobs/{productionOrder}/{area}/retry} gives one a new series of
 * attempts, due at once, audited with the caller's account (404 unknown job, 409 neither dead nor
 * retried; retrying a retried job again answers it unchanged). Each job carries its print area's
 * labels (from the pinned version, {@code summary}) and its reason as a code the pages translate.
 * Thread-safe.
 */
public record PrintJobRoutes(DeadPrintJobs jobs, Clock clock, DesignSummary summary) {

  /** The dead jobs. */
  public record DeadList(List<PrintJobView> jobs) {}

  /** The route table. */
  public List<Route> routes() {
    return List.of(
            Route.get(
                "/api/print-jobs/dead",
                "printJobsDead",
                "The print jobs whose attempts are spent, with the reason (staff)",
                DeadList.class,
                c -> Outcome.ok(new DeadList(jobs.list().stream().map(this::labelled).toList()))),
            Route.post(
                "/api/print-jobs/{productionOrder}/{area}/retry",
                "printJobRetry",
                "Retry a dead print job (staff): a new series of attempts, the first at once",
                null,
                PrintJobView.class,
                List.of(404, 409),
                this::retry))
        .stream()
        .map(r -> r.withAccess(Access.STAFF))
        .toList();
  }

  private PrintJobView labelled(PrintJobView job) {
    return job.labelled(
        summary.printAreaLabels(job.product(), job.version()).getOrDefault(job.area(), Map.of()));
  }

  private Outcome<?> retry(Context ctx) {
    String po = ctx.pathParam("productionOrder");
    String area = ctx.pathParam("area");
    long account = Route.principal(ctx).map(Principal::accountId).orElseThrow();
    DeadPrintJobs.Retry retry = jobs.retry(po, area, account, clock.instant());
    if (retry instanceof DeadPrintJobs.Retry.Due due) {
      return Outcome.ok(labelled(due.job()));
    }
    if (retry instanceof DeadPrintJobs.Retry.NotDead n) {
      return Outcome.rejected(
          Problem.of(
              409,
              ProblemType.NOT_DEAD,
              "Not a dead print job",
              "the print job is " + n.job().status() + "; only dead ones are retried",
              "area"));
    }
    return Outcome.rejected(
        Problem.of(
            404,
            ProblemType.NOT_FOUND,
            "Not found",
            "no print job for area '"
                + Echo.of(area)
                + "' of production order '"
                + Echo.of(po)
                + "'",
            "productionOrder"));
  }
}
