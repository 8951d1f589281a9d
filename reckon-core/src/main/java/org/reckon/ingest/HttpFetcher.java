package org.reckon.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Fetches pages and feeds with the JDK's HTTP client. Every address a request goes to, each
 * redirect hop included (redirects are followed here, at most {@value #MAX_REDIRECTS}), is
 * resolved and checked against an {@link AddressPolicy} first; one deadline covers the whole
 * fetch, body included, so a server that drips its answer cannot stall a run; a body over the
 * size limit is cut off while it is read. Thread-safe.
 *
 * <p>The client resolves the host again when it connects, so a name whose DNS answer changes
 * between the check and the connection (DNS rebinding) is not caught; Java 17 has no hook to pin
 * the checked address.
 */
public final class HttpFetcher implements PageFetcher {
  /** The deadline of one fetch when none is configured. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
  static final int MAX_REDIRECTS = 5;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
  private static final String USER_AGENT = "Reckon/0.1 (news-report incident record; +https://github.com/reckon)";

  private final HttpClient client;
  private final long maxBytes;
  private final AddressPolicy policy;
  private final Duration deadline;

  /** A fetcher of public addresses only, with the default deadline. */
  public HttpFetcher(long maxBytes) {
    this(maxBytes, AddressPolicy.publicOnly(), DEFAULT_DEADLINE);
  }

  /**
   * @param maxBytes the largest body read; a longer one is refused
   * @param policy the addresses that may be fetched
   * @param deadline the longest one fetch may take, redirects and body included
   */
  public HttpFetcher(long maxBytes, AddressPolicy policy, Duration deadline) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the size limit must be positive, got " + maxBytes);
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("the fetch deadline must be positive, got " + deadline);
    }
    this.maxBytes = maxBytes;
    this.policy = policy;
    this.deadline = deadline;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(deadline.compareTo(CONNECT_TIMEOUT) < 0 ? deadline : CONNECT_TIMEOUT)
        .build();
  }

  @Override
  public Page fetch(URI uri) throws BadInputException {
    String name = uri.toString();
    long deadlineAt = System.nanoTime() + deadline.toNanos();
    URI current = uri;
    for (int hop = 0; ; hop++) {
      String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new BadInputException(name, hop == 0 ? "not an http or https address" : "redirects to " + current
            + ", not an http or https address", "give a web address or a file path");
      }
      checkAddress(name, current, hop);
      HttpResponse<byte[]> response = send(name, current, deadlineAt);
      int status = response.statusCode();
      if (REDIRECTS.contains(status)) {
        if (hop == MAX_REDIRECTS) {
          throw new BadInputException(name, "more than " + MAX_REDIRECTS + " redirects",
              "check the address, or save the page and ingest the file");
        }
        current = redirectTarget(name, current, response);
        continue;
      }
      if (status != 200) {
        throw new BadInputException(name, "the server answered HTTP " + status,
            "check the address, or save the page and ingest the file");
      }
      String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip()
          .toLowerCase(Locale.ROOT);
      return new Page(current, type, response.body());
    }
  }

  private void checkAddress(String name, URI current, int hop) throws BadInputException {
    String host = current.getHost();
    if (host == null || host.isEmpty()) {
      throw new BadInputException(name, "no host name in " + current, "check the address");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new BadInputException(name, "cannot be fetched (unknown host " + host + ")", "check the address and the network", e);
    }
    for (InetAddress address : addresses) {
      Optional<String> refusal = policy.refusal(current, address);
      if (refusal.isPresent()) {
        throw new BadInputException(name, "not fetched: " + (hop == 0 ? "" : "it redirects to " + current + ", but ")
            + refusal.get(), "pass --allow-private-addresses to fetch from them");
      }
    }
  }

  private static URI redirectTarget(String name, URI current, HttpResponse<?> response) throws BadInputException {
    String location = response.headers().firstValue("Location").orElseThrow(() -> new BadInputException(name,
        "the server answered HTTP " + response.statusCode() + " without saying where to", "check the address"));
    try {
      return current.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new BadInputException(name, "redirects to '" + location + "', not a valid web address", "check the address");
    }
  }

  private HttpResponse<byte[]> send(String name, URI uri, long deadlineAt) throws BadInputException {
    long left = deadlineAt - System.nanoTime();
    if (left <= 0) {
      throw overDeadline(name);
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left)).header("User-Agent", USER_AGENT)
        .header("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml, text/plain;q=0.8, */*;q=0.5")
        .GET().build();
    AtomicReference<BoundedBody> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
      if (info.statusCode() != 200) {
        return HttpResponse.BodySubscribers.replacing(new byte[0]);
      }
      body.set(new BoundedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1)));
      return body.get();
    });
    try {
      return future.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      BoundedBody started = body.get();
      if (started != null) {
        started.cancel(); // stop taking bytes from a server that is still dripping them
      }
      throw overDeadline(name);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BoundedBody.TooLarge) {
        throw new BadInputException(name, "the response is over the " + DocumentReader.size(maxBytes) + " limit",
            "raise the limit with --max-size");
      }
      if (cause instanceof HttpTimeoutException) {
        throw overDeadline(name);
      }
      throw new BadInputException(name, "cannot be fetched (" + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", "check the address and the network", cause);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new BadInputException(name, "fetch interrupted", "run the ingest again");
    }
  }

  private BadInputException overDeadline(String name) {
    long millis = deadline.toMillis();
    String limit = millis < 1000 ? millis + " ms" : deadline.toSeconds() + " s";
    return new BadInputException(name, "no complete answer within " + limit + " (the server is too slow or stopped sending)",
        "try again later, raise --fetch-timeout, or save the page and ingest the file");
  }

  /** Collects a body up to the limit and fails, cancelling the transfer, as soon as it is over. */
  private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body is over the limit. */
    static final class TooLarge extends IOException {
      private static final long serialVersionUID = 1L;

      TooLarge() {
        super("the body is over the size limit");
      }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long maxBytes;
    private final long declared;
    private volatile Flow.@Nullable Subscription subscription;

    BoundedBody(long maxBytes, long declared) {
      this.maxBytes = maxBytes;
      this.declared = declared;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declared > maxBytes) {
        tooLarge();
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        if (bytes.size() + (long) item.remaining() > maxBytes) {
          tooLarge();
          return;
        }
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        bytes.writeBytes(chunk);
      }
      Flow.Subscription s = subscription;
      if (s != null) {
        s.request(1);
      }
    }

    void cancel() {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }

    private void tooLarge() {
      cancel();
      result.completeExceptionally(new TooLarge());
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
