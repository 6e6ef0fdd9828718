package dev.atelier.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): what went wrong with a request,
 * naming the offending request field, attribute or value where there is one. Immutable and
 * thread-safe.
 *
 * @param type the kind of problem, answered as a URI reference ({@code /problems/<slug>})
 * @param title a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail an explanation of this occurrence
 * @param field the request field at fault ({@code design.decisions[2].value}, {@code body}, a path
 *     or query parameter, a header name), or null
 * @param attribute the attribute concerned, or null
 * @param value the value concerned, or null
 * @param explanation what the problem carries beyond its detail (why a value is refused and how to
 *     get it, the diagnostics of a rejected model), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    ProblemType type,
    String title,
    int status,
    String detail,
    @Nullable String field,
    @Nullable String attribute,
    @Nullable String value,
    @Nullable Explanation explanation) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * What a problem carries beyond its detail, implemented by the feature's record (a refusal's
   * explanation, an upload's diagnostics); answered as that record's JSON.
   */
  public interface Explanation {}

  public Problem {
    Require.nonNull("type title detail", type, title, detail);
  }

  /** A problem of kind {@code type} without attribute or value. */
  public static Problem of(
      int status, ProblemType type, String title, String detail, @Nullable String field) {
    return new Problem(type, title, status, detail, field, null, null, null);
  }

  /**
   * A 429 of {@code type}: the caller may try again after {@code wait} (at least a second), which
   * the {@code Retry-After} header set on {@code ctx} and the detail say.
   */
  public static Problem tooMany(Context ctx, Duration wait, ProblemType type, String title) {
    long seconds = Math.max(1, wait.toSeconds());
    ctx.header("Retry-After", String.valueOf(seconds));
    return of(429, type, title, "try again in " + seconds + " s", null);
  }

  /**
   * A problem of the kind whose slug is {@code slug} without attribute or value; the slug must name
   * a {@link ProblemType} ({@code ProblemTypeTest} checks every literal in the sources).
   */
  public static Problem of(
      int status, String slug, String title, String detail, @Nullable String field) {
    return of(status, ProblemType.ofSlug(slug), title, detail, field);
  }

  /** A 400 problem about a request field. */
  public static Problem badRequest(String field, String detail) {
    return of(400, ProblemType.INVALID_REQUEST, "The request is not valid", detail, field);
  }

  /** A 404 problem: what {@code field} names does not exist ({@code detail} says what). */
  public static Problem notFound(@Nullable String field, String detail) {
    return of(404, ProblemType.NOT_FOUND, "Not found", detail, field);
  }

  /** This problem naming an attribute and value ({@code value} may be null). */
  public Problem about(@Nullable String anAttribute, @Nullable String aValue) {
    return new Problem(type, title, status, detail, field, anAttribute, aValue, explanation);
  }

  /** This problem naming another request field. */
  public Problem at(String aField) {
    return new Problem(type, title, status, detail, aField, attribute, value, explanation);
  }

  /** This problem carrying an explanation. */
  public Problem explainedBy(Explanation anExplanation) {
    return new Problem(type, title, status, detail, field, attribute, value, anExplanation);
  }
}
