package org.morgue.indexer.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands input paths into the files to read: folders recursively, in sorted name order so every run
 * reads (and numbers) stories the same way. Inside folders, hidden files and the documentation that
 * ships beside data (README, NOTES, LICENSE, COPYING, any extension) are passed over silently; a file
 * named explicitly is always read. Symbolic links are followed once (a link loop is not a hang); a
 * dangling link, a pipe or a device is reported, not read.
 */
final class InputWalker {

  private static final Set<String> DOC_STEMS =
      Set.of("README", "NOTES", "LICENSE", "LICENCE", "COPYING");

  private InputWalker() {}

  /**
   * @param onError receives folders that could not be listed
   * @throws InputNotFoundException if an input does not exist; checked for all before any is walked
   */
  static List<Path> files(List<Path> inputs, Consumer<Skip> onError) throws InputNotFoundException {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new InputNotFoundException(input);
      }
    }
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, files, seen, onError);
      } else {
        files.add(input);
      }
    }
    return files;
  }

  private static void walk(Path dir, List<Path> files, Set<Path> seen, Consumer<Skip> onError) {
    List<Path> children;
    try {
      if (!seen.add(dir.toRealPath())) {
        return;
      }
      try (Stream<Path> list = Files.list(dir)) {
        children = list.sorted((a, b) -> name(a).compareTo(name(b))).toList();
      }
    } catch (IOException e) {
      onError.accept(new Skip(dir.toString(), "folder not readable: " + e.getMessage()));
      return;
    }
    for (Path child : children) {
      if (ignored(child)) {
        continue;
      }
      if (Files.isDirectory(child)) {
        walk(child, files, seen, onError);
      } else if (Files.isRegularFile(child)) {
        files.add(child);
      } else {
        // Listed rather than passed over, so the summary accounts for everything in the folder.
        onError.accept(new Skip(child.toString(), notAFile(child)));
      }
    }
  }

  private static String notAFile(Path child) {
    if (Files.isSymbolicLink(child)) {
      try {
        return "dangling symbolic link: its target "
            + Printable.location(Files.readSymbolicLink(child).toString()) + " does not exist";
      } catch (IOException e) {
        return "dangling symbolic link";
      }
    }
    return "not a regular file (a device, pipe or socket), not read";
  }

  private static String name(Path p) {
    return String.valueOf(p.getFileName());
  }

  static boolean ignored(Path child) {
    String name = name(child);
    if (name.startsWith(".")) {
      return true;
    }
    int dot = name.indexOf('.');
    String stem = (dot < 0 ? name : name.substring(0, dot)).toUpperCase(Locale.ROOT);
    return DOC_STEMS.contains(stem);
  }
}
