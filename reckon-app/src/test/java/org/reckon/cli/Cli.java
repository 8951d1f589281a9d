package org.reckon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code reckon} command in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = ReckonCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Runs with {@code input} as standard input (piped, as from {@code printf ... |}). */
  static synchronized Cli runWithInput(String input, String... args) {
    java.io.InputStream before = System.in;
    System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try {
      return run(args);
    } finally {
      System.setIn(before);
    }
  }
}
