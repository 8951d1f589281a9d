package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void expand_directory_isRecursiveSortedAndSkipsHiddenFiles() throws Exception {
    Files.createDirectories(dir.resolve("b/deeper"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/deeper/2.txt"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve(".DS_Store"), "x");
    Files.writeString(dir.resolve(".git/config"), "x");

    InputFiles.Expansion e = InputFiles.expand(List.of(dir.toString()));

    assertThat(e.files()).containsExactly(dir.resolve("a.txt"), dir.resolve("b/deeper/2.txt"));
    assertThat(e.problems()).isEmpty();
  }

  @Test
  void expand_globTheShellDidNotExpand_matchesFiles() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("in/one.html"), "x");
    Files.writeString(dir.resolve("in/two.html"), "x");
    Files.writeString(dir.resolve("in/three.txt"), "x");

    InputFiles.Expansion e = InputFiles.expand(List.of(dir + "/in/*.html"));

    assertThat(e.files()).containsExactly(dir.resolve("in/one.html"), dir.resolve("in/two.html"));
  }

  @Test
  void expand_sameFileTwice_listsItOnce() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "x");
    assertThat(InputFiles.expand(List.of(a.toString(), dir.toString())).files()).containsExactly(a);
  }

  @Test
  void expand_missingPathAndEmptyGlob_areProblemsNamingTheArgument() {
    InputFiles.Expansion e = InputFiles.expand(List.of(dir + "/nope.txt", dir + "/*.warc"));
    assertThat(e.files()).isEmpty();
    assertThat(e.problems()).extracting(Throwable::getMessage).containsExactly(
        dir + "/nope.txt: no such file or directory; check the path",
        dir + "/*.warc: no file matches this pattern; check the pattern and the directory");
  }

  /** Regression (issue #10, D8a): a symlink to a directory gave "Ingested 0 files", exit 0. */
  @Test
  void expand_symlinkToDirectory_isFollowedAndKeepsTheGivenName() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real/sub"));
    Files.writeString(real.resolve("a.txt"), "x");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));

    InputFiles.Expansion e = InputFiles.expand(List.of(link.toString()));

    assertThat(e.files()).containsExactly(link.resolve("sub/a.txt"));
    assertThat(e.problems()).isEmpty();
  }
}
