package dev.atelier.server.events;

import java.util.regex.Pattern;

/**
 * Whether a URL host that is (or ends in) a number is a canonical dotted-quad IPv4 address. glibc's
 * inet_aton, curl and browsers read {@code 0177.0.0.1} as octal (127.0.0.1), {@code 0x7f.1} as hex
 * and {@code 127.1} as shortened, while Java reads leading zeros as decimal: a webhook URL checked
 * by Java could then be delivered elsewhere by any other tool. Hosts whose last label is numeric
 * (the WHATWG URL rule for "this is an IPv4 address") must therefore be four decimal numbers 0-255
 * without leading zeros; an IPv4 tail inside an IPv6 literal likewise. Stateless and thread-safe.
 */
final class NumericHosts {

  private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";

  private static final Pattern DOTTED_QUAD =
      Pattern.compile(OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET);

  /** A label an IPv4 parser would take for a number: decimal, octal or 0x-hex digits. */
  private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");

  private NumericHosts() {}

  /**
   * Whether {@code host} (as {@link java.net.URI#getHost()} gives it) reads the same everywhere.
   */
  static boolean canonical(String host) {
    if (host.startsWith("[")) {
      int dot = host.indexOf('.');
      if (dot < 0) {
        return true;
      }
      String tail = host.substring(host.lastIndexOf(':', dot) + 1, host.length() - 1);
      return DOTTED_QUAD.matcher(tail).matches();
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String last = name.substring(name.lastIndexOf('.') + 1);
    if (!NUMERIC_LABEL.matcher(last).matches()) {
      return true;
    }
    return name.equals(host) && DOTTED_QUAD.matcher(host).matches();
  }
}
