package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address classifier over literal addresses only: nothing here resolves a name or sends a packet. */
class AddressPolicyTest {
  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, a loopback",
    "127.8.9.10, a loopback",
    "::1, a loopback",
    "10.1.2.3, a private",
    "172.16.0.1, a private",
    "172.20.0.1, a private",
    "172.31.255.254, a private",
    "192.168.1.1, a private",
    "169.254.169.254, a link-local",
    "fe80::1, a link-local",
    "fc00::1, a unique local (fc00::/7)",
    "fd12:3456::1, a unique local (fc00::/7)",
    "0.0.0.0, an unspecified",
    "::, an unspecified",
    "0.1.2.3, an unspecified (0.0.0.0/8)",
    "224.0.0.1, a multicast",
    "ff02::1, a multicast",
    "100.64.0.1, 'a shared (carrier-grade NAT, 100.64.0.0/10)'",
    "255.255.255.255, a reserved or broadcast",
    "::ffff:127.0.0.1, a loopback",
    "::ffff:10.0.0.1, a private",
    "::ffff:169.254.169.254, a link-local",
    "::127.0.0.1, a loopback",
    "64:ff9b::192.168.0.1, a private",
  })
  void nonPublic_localPrivateAndSpecialAddresses_areNamed(String literal, String kind) throws Exception {
    assertThat(AddressPolicy.nonPublic(InetAddress.getByName(literal))).hasValue(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "192.169.0.1", "100.128.0.1",
      "2001:4860:4860::8888", "::ffff:8.8.8.8"})
  void nonPublic_publicAddresses_areAllowed(String literal) throws Exception {
    assertThat(AddressPolicy.nonPublic(InetAddress.getByName(literal))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"169.254.169.254", "::ffff:127.0.0.1", "10.0.0.1"})
  void publicOnly_nonPublicAddress_isRefusedSayingWhy(String literal) throws Exception {
    InetAddress address = InetAddress.getByName(literal);
    assertThat(AddressPolicy.publicOnly().refusal(URI.create("http://example.org/"), address)).hasValueSatisfying(
        r -> assertThat(r).startsWith(address.getHostAddress() + " is a ").endsWith(" address, and local and private"
            + " networks are not fetched by default"));
    assertThat(AddressPolicy.any().refusal(URI.create("http://example.org/"), address)).isEmpty();
  }
}
