package org.reckon.cli;

import java.time.Duration;
import org.reckon.ingest.AddressPolicy;
import org.reckon.ingest.DocumentReader;
import org.reckon.ingest.HttpFetcher;
import org.reckon.ingest.PageFetcher;
import picocli.CommandLine.Option;

/** Whether and how web addresses and the pages of feed entries are fetched. */
final class FetchOption {
  @Option(names = "--offline",
      description = "Never fetch over the network: web addresses and feed entries without their own text are reported, not read")
  boolean offline;

  @Option(names = "--allow-private-addresses",
      description = "Also fetch from loopback, link-local and private addresses (127.0.0.1, 10.x, 192.168.x, ...),"
          + " refused by default so that a feed cannot reach local services")
  boolean allowPrivateAddresses;

  @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Longest one fetch may take, redirects and body included (default: ${DEFAULT-VALUE})")
  long fetchTimeoutSeconds = 30;

  DocumentReader reader(long maxBytes) {
    if (fetchTimeoutSeconds <= 0) {
      throw new Failures.UserError("--fetch-timeout " + fetchTimeoutSeconds + ": must be at least 1 second; pass e.g. --fetch-timeout 30");
    }
    PageFetcher fetcher = offline ? PageFetcher.offline() : new HttpFetcher(maxBytes,
        allowPrivateAddresses ? AddressPolicy.any() : AddressPolicy.publicOnly(), Duration.ofSeconds(fetchTimeoutSeconds));
    return new DocumentReader(maxBytes, fetcher);
  }
}
