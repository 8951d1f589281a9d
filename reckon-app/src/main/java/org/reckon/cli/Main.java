package org.reckon.cli;

import org.reckon.model.Campaign;

/** Entry point of the {@code reckon} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    try {
      Campaign.current(); // a bad RECKON_CAMPAIGN file is named before any command starts
    } catch (Campaign.BadCampaignFile e) {
      System.err.println("reckon: " + e.getMessage());
      System.exit(ReckonCommand.CANNOT_RUN);
    }
    System.exit(ReckonCommand.commandLine().execute(args));
  }
}
