package org.reckon.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.reckon.accounts.Names;
import org.reckon.accounts.Passwords;
import org.reckon.store.Account;
import org.reckon.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reckon user}: the accounts of the web UI. */
@Command(name = "user", mixinStandardHelpOptions = true,
    header = "Manage the web UI's accounts",
    description = {
      "Accounts sign in to 'reckon serve'. Viewers read, editors also record decisions, admins also",
      "create releases. Once an account exists, reading needs a login unless serve has --public.",
      "Passwords are read from the terminal (asked twice), or as one line from standard input when",
      "it is piped, and stored only as Argon2id hashes."
    },
    subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Remove.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", mixinStandardHelpOptions = true, header = "Add an account",
      description = "Adds account NAME with a role; the password is asked for (or read from standard input).")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOption database;

    @Parameters(paramLabel = "NAME", description = "Account name: letters, digits, '.', '_', '@', '-'")
    String name = "";

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, editor or admin")
    String role = "";

    @Override
    public Integer call() throws IOException {
      String problem = Names.accountNameProblem(name);
      if (problem != null) {
        throw new Failures.UserError(problem);
      }
      Account.Role r = role(role);
      try (Database db = database.open()) {
        if (db.accounts().find(name).isPresent()) {
          throw new Failures.UserError("account '" + name + "' exists; change its password with 'reckon user passwd "
              + name + "' or choose another name");
        }
        char[] password = readPassword(spec, name);
        try {
          if (!db.accounts().add(name, r, Passwords.standard().hash(password))) {
            throw new Failures.UserError("account '" + name + "' exists; choose another name");
          }
        } finally {
          Passwords.wipe(password);
        }
        spec.commandLine().getOut().println("Added " + r.key() + " '" + name + "'.");
        spec.commandLine().getOut().flush();
      }
      return ReckonCommand.OK;
    }
  }

  @Command(name = "passwd", mixinStandardHelpOptions = true, header = "Change an account's password",
      description = "Sets a new password for NAME and ends its open sessions.")
  static final class Passwd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOption database;

    @Parameters(paramLabel = "NAME") String name = "";

    @Override
    public Integer call() throws IOException {
      try (Database db = database.open()) {
        if (db.accounts().find(name).isEmpty()) {
          throw new Failures.UserError(noSuchAccount(name));
        }
        char[] password = readPassword(spec, name);
        try {
          db.accounts().setPassword(name, Passwords.standard().hash(password));
        } finally {
          Passwords.wipe(password);
        }
        spec.commandLine().getOut().println("Changed the password of '" + name + "'; its sessions are ended.");
        spec.commandLine().getOut().flush();
      }
      return ReckonCommand.OK;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, header = "Remove an account",
      description = "Removes NAME and ends its sessions. Its decisions stay in the log under its name.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOption database;

    @Parameters(paramLabel = "NAME") String name = "";

    @Override
    public Integer call() {
      try (Database db = database.open()) {
        if (!db.accounts().remove(name)) {
          throw new Failures.UserError(noSuchAccount(name));
        }
        spec.commandLine().getOut().println("Removed '" + name + "'.");
        spec.commandLine().getOut().flush();
      }
      return ReckonCommand.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, header = "List the accounts",
      description = "Name, role, created and last changed.")
  static final class ListUsers implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOption database;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = database.open()) {
        List<Account> accounts = db.accounts().list();
        if (accounts.isEmpty()) {
          out.println("No accounts: 'reckon serve' is read-only. Add one with 'reckon user add NAME --role editor'.");
        } else {
          Table table = new Table("name", "role", "created", "changed");
          accounts.forEach(a -> table.row(a.name(), a.role().key(), a.createdAt().toString(), a.updatedAt().toString()));
          table.print(out);
        }
        out.flush();
      }
      return ReckonCommand.OK;
    }
  }

  static Account.Role role(String key) {
    try {
      return Account.Role.fromKey(key);
    } catch (IllegalArgumentException e) {
      throw new Failures.UserError("--role '" + key + "' is not a role; use viewer, editor or admin");
    }
  }

  static String noSuchAccount(String name) {
    return "no account '" + name + "'; list them with 'reckon user list'";
  }

  /** From the terminal, asked twice; else one line of standard input (its line end dropped). */
  static char[] readPassword(CommandSpec spec, String name) throws IOException {
    Console console = System.console();
    char[] password;
    if (console != null) {
      char[] first = console.readPassword("Password for %s: ", name);
      char[] second = console.readPassword("Again: ");
      if (first == null || second == null || !Arrays.equals(first, second)) {
        throw new Failures.UserError("the two passwords differ; nothing was changed");
      }
      Passwords.wipe(second);
      password = first;
    } else {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null) {
        throw new Failures.UserError("no password: standard input is empty; pipe one line, e.g. printf '%s\\n' \"$PW\" | "
            + spec.qualifiedName());
      }
      password = line.toCharArray();
    }
    String problem = Names.passwordProblem(password);
    if (problem != null) {
      Passwords.wipe(password);
      throw new Failures.UserError(problem + "; nothing was changed");
    }
    return password;
  }
}
