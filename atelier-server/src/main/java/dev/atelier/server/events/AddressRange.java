package dev.atelier.server.events;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An IP address range in CIDR notation ({@code 127.0.0.0/8}, {@code ::1/128}), or one address.
 * Immutable and thread-safe.
 *
 * @param network the network address's bytes (4 or 16)
 * @param prefix how many leading bits must match
 */
public record AddressRange(byte[] network, int prefix) {

  public AddressRange {
    network = network.clone();
    if (network.length != 4 && network.length != 16) {
      throw new IllegalArgumentException("an address has 4 or 16 bytes, not " + network.length);
    }
    if (prefix < 0 || prefix > network.length * 8) {
      throw new IllegalArgumentException("prefix " + prefix + " out of range");
    }
  }

  /**
   * Parses {@code text}: an IP literal with an optional {@code /prefix} (no host names: the
   * allowlist names addresses, never what a name resolves to).
   */
  public static AddressRange parse(String text) {
    String t = text.strip();
    int slash = t.indexOf('/');
    String address = slash < 0 ? t : t.substring(0, slash);
    if (address.startsWith("[") && address.endsWith("]")) {
      address = address.substring(1, address.length() - 1);
    }
    if (!address.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
      throw new IllegalArgumentException("not an IP address range: '" + text + "'");
    }
    byte[] bytes;
    try {
      bytes = InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address range: '" + text + "'", e);
    }
    int prefix = bytes.length * 8;
    if (slash >= 0) {
      String bits = t.substring(slash + 1);
      if (!bits.matches("\\d{1,3}")) {
        throw new IllegalArgumentException("not a prefix length: '" + text + "'");
      }
      prefix = Integer.parseInt(bits);
    }
    return new AddressRange(bytes, prefix);
  }

  @Override
  public byte[] network() {
    return network.clone();
  }

  /** Whether {@code address} lies in this range (an IPv4 address never lies in an IPv6 range). */
  public boolean contains(InetAddress address) {
    return matches(network, prefix, address.getAddress());
  }

  static boolean matches(byte[] network, int prefix, byte[] candidate) {
    if (candidate.length != network.length) {
      return false;
    }
    int whole = prefix / 8;
    for (int i = 0; i < whole; i++) {
      if (candidate[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (candidate[whole] & mask) == (network[whole] & mask);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AddressRange r && r.prefix == prefix && Arrays.equals(r.network, network);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(network) + prefix;
  }

  @Override
  public String toString() {
    try {
      return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
