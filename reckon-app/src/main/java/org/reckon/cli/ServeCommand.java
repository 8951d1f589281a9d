package org.reckon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.reckon.server.ReckonServer;
import org.reckon.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reckon serve}: the web UI and JSON API over the database, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    header = "Serve the web UI and JSON API over the record",
    description = {
      "Serves the record in a browser (overview, map, incidents, claims, documents, search,",
      "downloads) and as JSON under /api/ (described at /api/openapi.json). Every asset is served",
      "by Reckon; no request leaves the machine. Without accounts it is read-only; with accounts",
      "('reckon user add') editors log in to record decisions, and reading needs a login unless",
      "--public. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port = 7070;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host = "127.0.0.1";

  @Option(names = "--public",
      description = "With accounts, let anyone read without logging in (editing still needs an editor's login)")
  boolean publicReading;

  @Override
  public Integer call() throws InterruptedException {
    try (Database db = database.open()) {
      serve(db, host, port, publicReading, spec.commandLine().getOut());
    }
    return ReckonCommand.OK;
  }

  /** Serves until the process is interrupted; shared with {@code demo}. */
  static void serve(Database db, String host, int port, boolean publicReading, PrintWriter out) throws InterruptedException {
    long accounts = db.accounts().count();
    try (ReckonServer server = ReckonServer.start(db, host, port,
        new ReckonServer.Options(publicReading, java.time.Clock.systemUTC()))) {
      out.println("Reckon is serving " + db.description() + " at http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":"
          + server.port() + "/ (Ctrl-C to stop)");
      out.println(accounts == 0 ? "No accounts: read-only. Add one with 'reckon user add NAME --role editor' to edit in the browser."
          : accounts + " account(s); reading " + (publicReading ? "is public" : "needs a login") + ", editing needs an editor's login.");
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
  }
}
