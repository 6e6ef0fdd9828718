package dev.atelier.server.http;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every response carries: a content security policy allowing only this origin (no
 * inline scripts but the page's import map, no inline styles, no framing), no MIME sniffing, no
 * referrer beyond the origin, and {@code Cache-Control: no-store} on every {@code /api} answer
 * (orders, profile, session, saved designs and owned products are personal; nothing in the API
 * relies on HTTP caching). Stateless.
 */
final class SecurityHeaders extends Handler.Wrapper {

  /**
   * The hash of the one inline script allowed: the import map of web/index.html that names the
   * vendored three.js for the 3D view (ImportMapPolicyTest keeps the two in step).
   */
  static final String IMPORT_MAP_HASH = "'sha256-m18VxVTwSgAECO0OjDahnj5tZfFsFttytckuXmkgr9w='";

  /** The content security policy of every response. */
  static final String POLICY =
      "default-src 'self'; script-src 'self' "
          + IMPORT_MAP_HASH
          + "; img-src 'self' data:; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  // Built once, encoded once: every response carries them (a header put by name costs a lookup).
  private static final HttpField CSP = new PreEncodedHttpField("Content-Security-Policy", POLICY);
  private static final HttpField NO_SNIFF =
      new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
  private static final HttpField NO_FRAMES = new PreEncodedHttpField("X-Frame-Options", "DENY");
  private static final HttpField REFERRER =
      new PreEncodedHttpField("Referrer-Policy", "strict-origin-when-cross-origin");
  private static final HttpField NO_STORE =
      new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");

  SecurityHeaders(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    add(response, request.getHttpURI().getPath().startsWith("/api"));
    return super.handle(request, response, callback);
  }

  static void add(Response response, boolean api) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(CSP);
    headers.put(NO_SNIFF);
    headers.put(NO_FRAMES);
    headers.put(REFERRER);
    if (api) {
      headers.put(NO_STORE);
    }
  }
}
