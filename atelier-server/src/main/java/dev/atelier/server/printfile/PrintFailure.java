package dev.atelier.server.printfile;

import dev.atelier.server.http.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a print job's attempt failed, as a code the staff pages translate ({@code
 * staff.printFailure.<code>} with the named values) and as the English text kept on the job ({@code
 * print_job.last_error}, the log, the retry audit). Both come from one template per kind, so a
 * stored text reads back as its code and values ({@link #read}); texts written before the codes
 * read as {@link #OTHER}. Immutable and thread-safe.
 */
public enum PrintFailure {
  /** The pinned version has no such print area. */
  NO_AREA("no-area", "no print area {area} in {product} {version}"),
  /** The upload the job names is not stored. */
  UPLOAD_MISSING("upload-missing", "upload {upload} is not stored"),
  /** The renderer could not place the artwork on the area. */
  NOT_DRAWABLE("not-drawable", "the artwork cannot be drawn on {area}"),
  /** The render threw. */
  RENDER_FAILED("render-failed", "render failed: {error}"),
  /** The render used more CPU time than its budget (the watchdog adds "; stopped"). */
  CPU_BUDGET("cpu-budget", "used {used} ms CPU, more than the budget of {budget} ms"),
  /** The render took longer than its budget (the watchdog adds "; stopped"). */
  TIME_BUDGET("time-budget", "took longer than {budget} ms"),
  /** Any other text (written before the codes, or unforeseen): the text itself. */
  OTHER("other", "{text}");

  /** What the watchdog adds to a budget's text when it stopped the render. */
  public static final String STOPPED = "; stopped";

  private final String code;
  private final String template;
  private final Pattern pattern;
  private final List<String> names;

  PrintFailure(String code, String template) {
    this.code = code;
    this.template = template;
    this.names = new ArrayList<>();
    StringBuilder regex = new StringBuilder();
    Matcher m = Names.PLACEHOLDER.matcher(template);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(at, m.start()))).append("(.+?)");
      names.add(m.group(1));
      at = m.end();
    }
    regex
        .append(Pattern.quote(template.substring(at)))
        .append("(?:" + Pattern.quote(STOPPED) + ")?");
    this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** The placeholders of a template (a holder: an enum's constructor cannot read its statics). */
  private static final class Names {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
  }

  /** The code the pages translate. */
  public String code() {
    return code;
  }

  /** The English text with {@code values} (in the template's order) filled in. */
  public String text(Object... values) {
    if (values.length != names.size()) {
      throw new IllegalArgumentException(code + " takes " + names + ", got " + values.length);
    }
    String out = template;
    for (int i = 0; i < values.length; i++) {
      out = out.replace("{" + names.get(i) + "}", String.valueOf(values[i]));
    }
    return out;
  }

  /**
   * A reason as the pages read it: its code and named values.
   *
   * @param code {@code no-area}, {@code upload-missing}, {@code not-drawable}, {@code
   *     render-failed}, {@code cpu-budget}, {@code time-budget} or {@code other}
   * @param values the template's values by name ({@code other}: {@code text})
   */
  public record Reason(String code, Map<String, String> values) {
    public Reason {
      values = Map.copyOf(values);
    }
  }

  /** The code and values of a stored reason text, or empty for none. */
  public static Optional<Reason> read(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    for (PrintFailure f : values()) {
      Matcher m = f.pattern.matcher(text);
      if (m.matches()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < f.names.size(); i++) {
          values.put(f.names.get(i), m.group(i + 1));
        }
        return Optional.of(new Reason(f.code, values));
      }
    }
    throw new IllegalStateException("OTHER matches any text");
  }
}
