package org.reckon.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The development material beside the repository ({@code ../shared}: real seed articles and their
 * gold). Tests that need it skip with a message where it is absent (a clone elsewhere) and fail
 * under CI, where it must be present.
 */
final class SharedMaterial {
  private SharedMaterial() {}

  static Path seeds() {
    return shared("seeds", "the development articles");
  }

  /** The tool that says whether a page is held out for measuring Reckon from outside. */
  static Path heldOutTool() {
    return shared("tools", "the held-out check").resolve("held-out");
  }

  private static Path shared(String folder, String what) {
    Path seeds = Path.of(System.getProperty("reckon.shared", "../../shared")).resolve(folder);
    if (!Files.isDirectory(seeds)) {
      String message = what + " are not at " + seeds.toAbsolutePath().normalize()
          + " (../shared/" + folder + " beside the clone)";
      if (System.getenv("CI") != null) {
        fail(message + ", but CI is set: CI must run with shared/ beside the repository");
      }
      Assumptions.abort("skipped: " + message);
    }
    return seeds;
  }
}
