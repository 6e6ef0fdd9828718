package dev.atelier.server.events;

import dev.atelier.server.http.Nullable;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where webhooks may send: http(s) URLs without credentials whose host resolves only to public
 * addresses, or to addresses in the server's allowlist ({@code atelier serve --webhook-allow}).
 * Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10), link-local (169.254/16 with
 * the cloud metadata address, fe80::/10), unspecified, multicast and reserved addresses are refused
 * unless an allowlisted range contains them. Checked at registration and again at every delivery,
 * which connects to the very address checked (DNS may change in between). Immutable and
 * thread-safe.
 *
 * @param allowed address ranges allowed although not public
 */
public record WebhookTargets(List<AddressRange> allowed) {

  /** Public addresses only: the default. */
  public static final WebhookTargets PUBLIC_ONLY = new WebhookTargets(List.of());

  /** Longest webhook URL. */
  public static final int MAX_URL = 2_000;

  public WebhookTargets {
    allowed = List.copyOf(allowed);
  }

  /** Public addresses and those in {@code ranges} (CIDR or single addresses). */
  public static WebhookTargets allowing(String... ranges) {
    return new WebhookTargets(List.of(ranges).stream().map(AddressRange::parse).toList());
  }

  /**
   * A checked target: connect to {@code address}, speak to {@code host}.
   *
   * @param uri the URL as registered
   * @param address the resolved address that was checked
   * @param port the port
   * @param https whether to speak TLS (verifying {@code uri}'s host)
   */
  public record Target(URI uri, InetAddress address, int port, boolean https) {}

  /**
   * The URL's problem as a sentence for the admin, or null when it is a well-formed http(s) URL.
   */
  public static @Nullable String shapeProblem(String url) {
    if (url.length() > MAX_URL) {
      return "'url' must be at most " + MAX_URL + " characters";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "'url' must be an http(s) URL";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      return "'url' must be an http(s) URL";
    }
    if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
      return "'url' must not carry credentials (user:password@)";
    }
    if (uri.getRawFragment() != null) {
      return "'url' must not have a fragment";
    }
    if (!NumericHosts.canonical(uri.getHost())) {
      return "'url' must write an IPv4 address as four decimal numbers 0-255 without leading"
          + " zeros (octal, hexadecimal and shortened forms are read differently by other tools)";
    }
    return null;
  }

  /**
   * Resolves {@code url} and checks every address it resolves to: the first address, or the reason
   * it may not be used (for the admin; it never tells whether anything listens there).
   */
  public Checked check(String url) {
    String shape = shapeProblem(url);
    if (shape != null) {
      return new Checked(null, shape);
    }
    URI uri = URI.create(url);
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException | SecurityException e) {
      return new Checked(null, "the host of 'url' does not resolve");
    }
    for (InetAddress a : addresses) {
      if (!permitted(a)) {
        return new Checked(
            null,
            "the host of 'url' resolves to a loopback, private, link-local or otherwise"
                + " non-public address the server does not allow");
      }
    }
    boolean https = uri.getScheme().equalsIgnoreCase("https");
    int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
    return new Checked(new Target(uri, addresses[0], port, https), null);
  }

  /**
   * The outcome of {@link #check}: a target, or why not.
   *
   * @param target where to connect, or null
   * @param problem why not, or null
   */
  public record Checked(@Nullable Target target, @Nullable String problem) {}

  /** Whether a delivery may connect to {@code address}. */
  public boolean permitted(InetAddress address) {
    Objects.requireNonNull(address, "address");
    return PublicAddresses.isPublic(address) || allowed.stream().anyMatch(r -> r.contains(address));
  }
}
