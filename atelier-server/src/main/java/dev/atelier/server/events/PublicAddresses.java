package dev.atelier.server.events;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Which IP addresses are public: not loopback, private, shared (carrier NAT), link-local (with the
 * cloud metadata address 169.254.169.254), unspecified, multicast, broadcast, documentation or
 * reserved. IPv6 addresses that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged
 * by the embedded one. Stateless and thread-safe.
 */
final class PublicAddresses {

  private static final List<AddressRange> NOT_PUBLIC =
      List.of(
              "0.0.0.0/8",
              "10.0.0.0/8",
              "100.64.0.0/10",
              "127.0.0.0/8",
              "169.254.0.0/16",
              "172.16.0.0/12",
              "192.0.0.0/24",
              "192.0.2.0/24",
              "192.88.99.0/24",
              "192.168.0.0/16",
              "198.18.0.0/15",
              "198.51.100.0/24",
              "203.0.113.0/24",
              "224.0.0.0/4",
              "240.0.0.0/4",
              "::/128",
              "::1/128",
              "100::/64",
              "2001:db8::/32",
              "fc00::/7",
              "fe80::/10",
              "fec0::/10",
              "ff00::/8")
          .stream()
          .map(AddressRange::parse)
          .toList();

  private static final AddressRange NAT64 = AddressRange.parse("64:ff9b::/96");
  private static final AddressRange SIX_TO_FOUR = AddressRange.parse("2002::/16");
  private static final AddressRange COMPATIBLE = AddressRange.parse("::/96");

  private PublicAddresses() {}

  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()
        || NOT_PUBLIC.stream().anyMatch(r -> r.contains(address))) {
      return false;
    }
    if (address instanceof Inet6Address) {
      byte[] b = address.getAddress();
      if (NAT64.contains(address) || COMPATIBLE.contains(address)) {
        return isPublic(v4(Arrays.copyOfRange(b, 12, 16)));
      }
      if (SIX_TO_FOUR.contains(address)) {
        return isPublic(v4(Arrays.copyOfRange(b, 2, 6)));
      }
    }
    return true;
  }

  private static InetAddress v4(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
