package org.reckon.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * What a run reads, decided on the driver: the input paths expanded into files (as ingest expands
 * them: a directory is every non-hidden file below it, a glob its matches), minus the files an
 * earlier run into the same output already read, cut into slices for the tasks. A WARC.gz larger
 * than the slice size is cut into several slices, so that one big archive keeps every core busy:
 * each slice finds its first record on its own (see {@code DocumentReader.findWarcRecord}).
 *
 * <p>The files of each run are listed in {@code OUTPUT/_inputs/batch=ID.tsv} once its output is
 * written: a file listed there (same path, length and modification time) is not read again, which
 * is what makes a rerun with the same inputs add nothing and a rerun with new ones add a batch.
 */
final class InputPlan {
  static final String INPUTS = "_inputs";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A file to read and how it is known in the manifest. */
  record InputFile(String name, FileStatus status) {
    String key() {
      return status.getPath() + "\t" + status.getLen() + "\t" + status.getModificationTime();
    }
  }

  final List<InputFile> files;
  final List<String> rejects;
  final int alreadyRead;

  private InputPlan(List<InputFile> files, List<String> rejects, int alreadyRead) {
    this.files = List.copyOf(files);
    this.rejects = List.copyOf(rejects);
    this.alreadyRead = alreadyRead;
  }

  /**
   * Expands {@code inputs}; a path that names nothing, or names a device, becomes a reject (a JSON
   * line with the input, the problem and the fix) and the others are read.
   */
  static InputPlan expand(List<String> inputs, Path output, Configuration conf) throws IOException {
    Set<String> done = readManifests(output, conf);
    Map<String, InputFile> files = new LinkedHashMap<>();
    List<String> rejects = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(path);
      if (matched == null || matched.length == 0) {
        rejects.add(reject(input, matched == null ? "no such file or directory" : "no file matches this pattern",
            "check the path"));
        continue;
      }
      for (FileStatus status : matched) {
        String name = matched.length == 1 && status.getPath().equals(fs.makeQualified(path)) ? input : local(status.getPath());
        if (status.isDirectory()) {
          RemoteIterator<LocatedFileStatus> below = fs.listFiles(status.getPath(), true);
          List<FileStatus> found = new ArrayList<>();
          while (below.hasNext()) {
            LocatedFileStatus file = below.next();
            if (!hidden(status.getPath(), file.getPath())) {
              found.add(file);
            }
          }
          found.sort(Comparator.comparing(f -> f.getPath().toString()));
          for (FileStatus file : found) {
            String under = file.getPath().toUri().getPath().substring(status.getPath().toUri().getPath().length());
            files.putIfAbsent(file.getPath().toString(), new InputFile(stripSlash(name) + under, file));
          }
        } else if (status.isFile()) {
          files.putIfAbsent(status.getPath().toString(), new InputFile(name, status));
        } else {
          rejects.add(reject(input, "not a regular file", "the job reads only regular files: copy its content to one"));
        }
      }
    }
    List<InputFile> fresh = files.values().stream().filter(f -> !done.contains(f.key())).toList();
    return new InputPlan(fresh, rejects, files.size() - fresh.size());
  }

  /**
   * The slices to read, largest first so that the long tasks start early: a WARC.gz larger than
   * {@code sliceBytes} in pieces of about that size, every other file whole.
   */
  List<Slice> slices(long sliceBytes) {
    List<Slice> slices = new ArrayList<>();
    for (InputFile file : files) {
      long length = file.status().getLen();
      String path = file.status().getPath().toString();
      if (file.name().toLowerCase(Locale.ROOT).endsWith(".warc.gz") && length > sliceBytes) {
        // equal parts of at most sliceBytes: a short last slice would leave a core idle at the end
        long parts = (length + sliceBytes - 1) / sliceBytes;
        long step = (length + parts - 1) / parts;
        for (long start = 0; start < length; start += step) {
          slices.add(new Slice(file.name(), path, length, start, Math.min(length, start + step), false));
        }
      } else {
        slices.add(Slice.whole(file.name(), path, length));
      }
    }
    slices.sort(Comparator.comparingLong((Slice s) -> s.end() - s.start()).reversed());
    return slices;
  }

  /** A name for this run's batch: the same files give the same name. */
  String batch() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      files.stream().map(InputFile::key).sorted().forEach(k -> sha.update((k + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Records that this run's files are read: written last, once the batch's output is complete. */
  void writeManifest(Path output, String batch, Configuration conf) throws IOException {
    Path manifest = new Path(new Path(output, INPUTS), "batch=" + batch + ".tsv");
    FileSystem fs = manifest.getFileSystem(conf);
    try (OutputStream out = fs.create(manifest, true)) {
      for (InputFile file : files) {
        out.write((file.key() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static Set<String> readManifests(Path output, Configuration conf) throws IOException {
    Path dir = new Path(output, INPUTS);
    FileSystem fs = dir.getFileSystem(conf);
    Set<String> done = new HashSet<>();
    if (!fs.exists(dir)) {
      return done;
    }
    for (FileStatus manifest : fs.listStatus(dir)) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(manifest.getPath()), StandardCharsets.UTF_8))) {
        in.lines().filter(l -> !l.isBlank()).forEach(done::add);
      }
    }
    return done;
  }

  /** Dot-files and anything in a dot-directory below the directory given are not articles, as for ingest. */
  private static boolean hidden(Path directory, Path file) {
    String rest = file.toUri().getPath().substring(directory.toUri().getPath().length());
    for (String part : rest.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A local file by the name ingest would give it (relative to the working directory); others by their full path. */
  private static String local(Path path) {
    URI uri = path.toUri();
    if (!"file".equals(uri.getScheme())) {
      return path.toString();
    }
    java.nio.file.Path file = java.nio.file.Path.of(uri.getPath());
    java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
    return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
  }

  private static String stripSlash(String name) {
    return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
  }

  static String reject(String input, String problem, String fix) {
    Map<String, String> line = new LinkedHashMap<>();
    line.put("input", input);
    line.put("problem", problem);
    line.put("fix", fix);
    line.put("message", input + ": " + problem + "; " + fix);
    try {
      return JSON.writeValueAsString(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
