package org.reckon.ingest;

import java.net.URI;

/** Fetches a web page or feed by URL: over HTTP in use, refused when ingest runs offline. */
@FunctionalInterface
public interface PageFetcher {
  /** What a URL gave: the final address after redirects, the media type, and the bytes. */
  record Page(URI uri, String mediaType, byte[] body) {}

  /**
   * Fetches {@code uri}.
   *
   * @throws BadInputException when it cannot be fetched, with a one-line message naming it
   */
  Page fetch(URI uri) throws BadInputException;

  /** A fetcher for offline runs: every URL is refused with a message that says so. */
  static PageFetcher offline() {
    return uri -> {
      throw new BadInputException(uri.toString(), "not fetched: ingest runs offline",
          "run without --offline to fetch it, or save the page and ingest the file");
    };
  }
}
