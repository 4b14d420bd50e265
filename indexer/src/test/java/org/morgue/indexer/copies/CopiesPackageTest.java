package org.morgue.indexer.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Copy detection is below the index: the index package uses it, never the other way round (a class of
 * each that called the other made the two one tangle). Checked on the compiled classes' constant pools.
 */
class CopiesPackageTest {

  @Test
  void theCopiesPackageDoesNotReferToTheIndexPackage() throws IOException, URISyntaxException {
    Path copies = Path.of(
            MinHash.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("org/morgue/indexer/copies");
    List<String> offending;
    try (Stream<Path> files = Files.list(copies)) {
      offending = files
          .filter(f -> f.toString().endsWith(".class"))
          .filter(f -> {
            try {
              return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                  .contains("org/morgue/indexer/index/");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(f -> f.getFileName().toString())
          .sorted()
          .toList();
    }
    assertEquals(List.of(), offending);
  }
}
