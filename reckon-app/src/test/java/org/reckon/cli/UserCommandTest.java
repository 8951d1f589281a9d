package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.accounts.Passwords;
import org.reckon.store.Account;
import org.reckon.store.Database;

class UserCommandTest {
  @TempDir Path dir;

  private String db() {
    return dir.resolve("users.db").toString();
  }

  @Test
  void add_passwordFromStandardInput_storesOnlyItsArgon2idHash() {
    Cli add = Cli.runWithInput("s3cret-enough\n", "user", "add", "ana", "--role", "editor", "--db", db());

    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.out()).isEqualTo("Added editor 'ana'.\n");
    try (Database d = Database.open(db())) {
      Account ana = d.accounts().find("ana").orElseThrow();
      assertThat(ana.role()).isEqualTo(Account.Role.EDITOR);
      assertThat(ana.passwordHash()).startsWith("$argon2id$").doesNotContain("s3cret");
      assertThat(Passwords.standard().verify("s3cret-enough".toCharArray(), ana.passwordHash())).isTrue();
    }
  }

  @Test
  void list_passwd_remove() {
    Cli.runWithInput("first-password\n", "user", "add", "ana", "--role", "admin", "--db", db());
    Cli.runWithInput("viewer-password\n", "user", "add", "bo", "--role", "viewer", "--db", db());

    Cli list = Cli.run("user", "list", "--db", db());
    Cli passwd = Cli.runWithInput("second-password\n", "user", "passwd", "ana", "--db", db());
    Cli remove = Cli.run("user", "remove", "bo", "--db", db());
    Cli listAfter = Cli.run("user", "list", "--db", db());

    assertThat(list.out().lines()).hasSize(3);
    assertThat(list.out().lines().skip(1)).satisfiesExactly(l -> assertThat(l).startsWith("ana   admin"),
        l -> assertThat(l).startsWith("bo    viewer"));
    assertThat(passwd.out()).isEqualTo("Changed the password of 'ana'; its sessions are ended.\n");
    assertThat(remove.out()).isEqualTo("Removed 'bo'.\n");
    assertThat(listAfter.out().lines()).hasSize(2);
    try (Database d = Database.open(db())) {
      String hash = d.accounts().find("ana").orElseThrow().passwordHash();
      assertThat(Passwords.standard().verify("second-password".toCharArray(), hash)).isTrue();
      assertThat(Passwords.standard().verify("first-password".toCharArray(), hash)).isFalse();
    }
  }

  @Test
  void list_noAccounts_saysServeIsReadOnly() {
    assertThat(Cli.run("user", "list", "--db", db()).out())
        .isEqualTo("No accounts: 'reckon serve' is read-only. Add one with 'reckon user add NAME --role editor'.\n");
  }

  @Test
  void badInput_isRefusedWithWhatToDo_andNothingStored() {
    Cli.runWithInput("first-password\n", "user", "add", "ana", "--role", "editor", "--db", db());

    Cli twice = Cli.runWithInput("other-password\n", "user", "add", "ana", "--role", "admin", "--db", db());
    Cli script = Cli.runWithInput("first-password\n", "user", "add", "<script>alert(1)</script>", "--role", "editor", "--db", db());
    Cli role = Cli.runWithInput("first-password\n", "user", "add", "bo", "--role", "owner", "--db", db());
    Cli shortPassword = Cli.runWithInput("short\n", "user", "add", "bo", "--role", "editor", "--db", db());
    Cli noInput = Cli.runWithInput("", "user", "add", "bo", "--role", "editor", "--db", db());
    Cli unknown = Cli.runWithInput("second-password\n", "user", "passwd", "cy", "--db", db());
    Cli removeUnknown = Cli.run("user", "remove", "cy", "--db", db());

    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).isEqualTo("reckon: account 'ana' exists; change its password with 'reckon user passwd ana' "
        + "or choose another name\n");
    assertThat(script.err()).isEqualTo("reckon: '<script>alert(1)</script>' is not a valid account name: use 1 to 64 "
        + "letters, digits, '.', '_', '@' or '-', starting with a letter or digit\n");
    assertThat(role.err()).isEqualTo("reckon: --role 'owner' is not a role; use viewer, editor or admin\n");
    assertThat(shortPassword.err()).isEqualTo("reckon: the password is too short: use at least 8 characters; nothing was changed\n");
    assertThat(noInput.err()).startsWith("reckon: no password: standard input is empty; pipe one line");
    assertThat(unknown.err()).isEqualTo("reckon: no account 'cy'; list them with 'reckon user list'\n");
    assertThat(removeUnknown.err()).isEqualTo("reckon: no account 'cy'; list them with 'reckon user list'\n");
    try (Database d = Database.open(db())) {
      assertThat(d.accounts().list()).extracting(Account::name).containsExactly("ana");
      assertThat(d.accounts().find("ana").orElseThrow().role()).isEqualTo(Account.Role.EDITOR);
    }
  }
}
