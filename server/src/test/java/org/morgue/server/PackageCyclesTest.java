package org.morgue.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two packages of the server depend on each other, directly or through others (issue 20, item 6:
 * {@code http → ServerConfig → … → http} and {@code search.lucene → ServerConfig → search.lucene} were
 * such cycles). Read from the compiled classes: a class names every class it uses in its constant pool.
 */
class PackageCyclesTest {

  /** A class name in a constant pool: its package (slash-separated, possibly empty) and a capitalised simple name. */
  private static final Pattern REFERENCE =
      Pattern.compile("org/morgue/server/((?:[a-z][a-z0-9]*/)*)[A-Z]");

  @Test
  void theServerPackagesFormNoCycle() throws IOException, URISyntaxException {
    Path root = Path.of(
        ServerConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root.resolve("org/morgue/server"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String from =
            packageOf(root.relativize(file.getParent()).toString().replace('\\', '/') + "/");
        // Constant-pool names are modified UTF-8, ASCII for these packages: Latin-1 keeps every
        // byte.
        Matcher names =
            REFERENCE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        while (names.find()) {
          String to = packageOf("org/morgue/server/" + names.group(1));
          if (!to.equals(from)) {
            uses.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
          }
        }
      }
    }
    assertTrue(uses.size() > 5, "found the dependencies of only " + uses.keySet());
    Map<String, Set<String>> cycles = new TreeMap<>();
    for (String from : uses.keySet()) {
      Set<String> back = new TreeSet<>();
      for (String to : uses.get(from)) {
        if (reaches(uses, to, from)) {
          back.add(to);
        }
      }
      if (!back.isEmpty()) {
        cycles.put(from, back);
      }
    }
    assertEquals(Map.of(), cycles, "package -> the packages it uses that lead back to it");
  }

  private static String packageOf(String slashed) {
    return slashed.substring(0, slashed.length() - 1).replace('/', '.');
  }

  private static boolean reaches(Map<String, Set<String>> uses, String start, String goal) {
    Set<String> seen = new TreeSet<>(List.of(start));
    Deque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (next.equals(goal)) {
        return true;
      }
      for (String to : uses.getOrDefault(next, Set.of())) {
        if (seen.add(to)) {
          todo.push(to);
        }
      }
    }
    return false;
  }
}
