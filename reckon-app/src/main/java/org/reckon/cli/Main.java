package org.reckon.cli;

import picocli.CommandLine;

/** Entry point of the {@code reckon} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(ReckonCommand.commandLine().execute(args));
  }
}
