package org.reckon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into files: a file is itself, a directory (or a
 * symbolic link to one) is every non-hidden regular file below it (recursively, in name order), and a pattern with {@code *},
 * {@code ?}, {@code [..]} or {@code {..}} that the shell did not expand is matched as a glob.
 */
public final class InputFiles {
  /** The files found, each once, and the arguments that named nothing. */
  public record Expansion(List<Path> files, List<BadInputException> problems) {
    public Expansion {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  private InputFiles() {}

  public static Expansion expand(List<String> arguments) {
    Set<Path> files = new LinkedHashSet<>();
    List<BadInputException> problems = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      try {
        if (Files.isDirectory(path)) {
          files.addAll(walk(path));
        } else if (Files.exists(path)) {
          files.add(path);
        } else if (isGlob(argument)) {
          List<Path> matched = glob(argument);
          if (matched.isEmpty()) {
            problems.add(new BadInputException(argument, "no file matches this pattern", "check the pattern and the directory"));
          }
          files.addAll(matched);
        } else {
          problems.add(new BadInputException(argument, "no such file or directory", "check the path"));
        }
      } catch (IOException | UncheckedIOException e) {
        problems.add(new BadInputException(argument, "cannot be listed (" + e.getMessage() + ")", "check its permissions"));
      }
    }
    return new Expansion(new ArrayList<>(files), problems);
  }

  /**
   * The files below {@code directory}, named under {@code directory} as given. Files.walk does not
   * follow a symbolic link it starts at, so a link to a directory would give nothing: the walk
   * starts at the real directory instead. Links further down are not followed (no cycles).
   */
  private static List<Path> walk(Path directory) throws IOException {
    Path real = directory.toRealPath();
    try (Stream<Path> stream = Files.walk(real)) {
      return stream
          .filter(p -> !isHidden(real.relativize(p)))
          .filter(Files::isRegularFile)
          .map(p -> directory.resolve(real.relativize(p).toString()))
          .sorted()
          .toList();
    }
  }

  /** Dot-files and anything in a dot-directory (.git, .DS_Store) are never articles. */
  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static List<Path> glob(String pattern) throws IOException {
    // Walk from the deepest directory that contains no glob character.
    Path base = Path.of(pattern).isAbsolute() ? Path.of("/") : Path.of("");
    List<String> rest = new ArrayList<>();
    boolean inGlob = false;
    for (Path part : Path.of(pattern)) {
      if (!inGlob && !isGlob(part.toString())) {
        base = base.resolve(part);
      } else {
        inGlob = true;
        rest.add(part.toString());
      }
    }
    boolean relative = base.toString().isEmpty();
    Path root = relative ? Path.of(".") : base;
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + String.join("/", rest));
    try (Stream<Path> stream = Files.walk(root)) {
      return stream
          .filter(Files::isRegularFile)
          .filter(p -> matcher.matches(root.relativize(p)))
          .map(p -> relative ? root.relativize(p) : p)
          .sorted()
          .toList();
    }
  }
}
