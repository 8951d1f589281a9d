package org.reckon.cli;

import org.reckon.ingest.DocumentReader;
import org.reckon.ingest.HttpFetcher;
import org.reckon.ingest.PageFetcher;
import picocli.CommandLine.Option;

/** {@code --offline}: whether web addresses and the pages of feed entries may be fetched. */
final class FetchOption {
  @Option(names = "--offline",
      description = "Never fetch over the network: web addresses and feed entries without their own text are reported, not read")
  boolean offline;

  DocumentReader reader(long maxBytes) {
    PageFetcher fetcher = offline ? PageFetcher.offline() : new HttpFetcher(maxBytes);
    return new DocumentReader(maxBytes, fetcher);
  }
}
