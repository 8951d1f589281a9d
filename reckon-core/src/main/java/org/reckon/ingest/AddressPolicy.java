package org.reckon.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;

/**
 * Which addresses the fetcher may connect to. By default only public ones: a feed is untrusted
 * input, and an entry linking to {@code http://127.0.0.1/...} or a cloud metadata address must
 * not make Reckon read local services and store what they say. Checked on the resolved address of
 * every request, each redirect hop included. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface AddressPolicy {
  /**
   * Why {@code uri}, resolved to {@code address}, must not be fetched: a phrase such as
   * {@code "127.0.0.1 is a loopback address"}; empty when it may be.
   */
  Optional<String> refusal(URI uri, InetAddress address);

  /** Public addresses only: refuses every address {@link #nonPublic} names. */
  static AddressPolicy publicOnly() {
    return (uri, address) -> nonPublic(address).map(kind -> address.getHostAddress() + " is " + kind
        + " address, and local and private networks are not fetched by default");
  }

  /** Every address, for local use and tests ({@code --allow-private-addresses}). */
  static AddressPolicy any() {
    return (uri, address) -> Optional.empty();
  }

  /**
   * What kind of non-public address {@code address} is, with its article ("a loopback"), or empty
   * for a public one. IPv4 addresses carried in IPv6 (mapped, compatible, NAT64) are judged as
   * the IPv4 address they carry.
   */
  static Optional<String> nonPublic(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] b = v6.getAddress();
      Optional<Inet4Address> embedded = embeddedIpv4(b);
      if (embedded.isPresent()) {
        return nonPublic(embedded.get());
      }
      if ((b[0] & 0xFE) == 0xFC) {
        return Optional.of("a unique local (fc00::/7)");
      }
    }
    if (address.isAnyLocalAddress()) {
      return Optional.of("an unspecified");
    }
    if (address.isLoopbackAddress()) {
      return Optional.of("a loopback");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("a link-local");
    }
    if (address.isSiteLocalAddress()) {
      return Optional.of("a private");
    }
    if (address.isMulticastAddress()) {
      return Optional.of("a multicast");
    }
    if (address instanceof Inet4Address) {
      byte[] b = address.getAddress();
      int first = b[0] & 0xFF;
      int second = b[1] & 0xFF;
      if (first == 0) {
        return Optional.of("an unspecified (0.0.0.0/8)");
      }
      if (first == 100 && second >= 64 && second < 128) {
        return Optional.of("a shared (carrier-grade NAT, 100.64.0.0/10)");
      }
      if (first >= 240) {
        return Optional.of("a reserved or broadcast");
      }
    }
    return Optional.empty();
  }

  /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d or 64:ff9b::a.b.c.d, if it is one of those. */
  private static Optional<Inet4Address> embeddedIpv4(byte[] b) {
    boolean zeros80 = true;
    for (int i = 0; i < 10; i++) {
      zeros80 &= b[i] == 0;
    }
    boolean mapped = zeros80 && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    boolean compatible = zeros80 && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xFE) == 0);
    boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
    for (int i = 4; nat64 && i < 12; i++) {
      nat64 = b[i] == 0;
    }
    if (!mapped && !compatible && !nat64) {
      return Optional.empty();
    }
    try {
      return Optional.of((Inet4Address) InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
