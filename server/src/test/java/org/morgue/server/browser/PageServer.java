package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.morgue.indexer.cli.ExitCode;
import org.morgue.indexer.cli.IndexCommand;
import org.morgue.indexer.index.IndexLayout;
import org.morgue.server.ServerConfig;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.search.lucene.LuceneSearchService;

/**
 * The real server on a random local port over an index of {@code testdata/} (built by the production
 * index command with the CoreNLP tagger, as {@code morgue demo} does) plus one extra story whose text
 * holds an {@code <img onerror>}. Built once per test run and shared by the browser test classes
 * through JUnit's root store, which closes it when the run ends.
 */
final class PageServer implements AutoCloseable {

  static final Path TESTDATA = Path.of("..", "testdata");
  /** Written for these tests: markup that would run if the page ever parsed story text as HTML. */
  static final String IMG_STORY = """
      {"id":"awk-img","title":"Gallery shows <img src=x onerror=alert(2)> instead of a photo","body":"Readers saw \
      the markup <img src=x onerror=\\"document.title='pwned'\\"> where the harbour photo should have been.\\n\\n\
      The Ellery Gazette fixed the gallery by noon.","published":"2020-03-10","source":"Ellery Gazette"}
      """;

  private final Path dir;
  private final LuceneSearchService service;
  private final Javalin app;

  private PageServer(Path dir, LuceneSearchService service, Javalin app) {
    this.dir = dir;
    this.service = service;
    this.app = app;
  }

  static PageServer start() throws IOException {
    Path dir = Files.createTempDirectory("morgue-page-test");
    Path extra =
        Files.writeString(dir.resolve("img-onerror.jsonl"), IMG_STORY, StandardCharsets.UTF_8);
    Path index = dir.resolve("index");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code = IndexCommand.standard(Clock.systemUTC())
        .run(
            List.of(
                "--index",
                index.toString(),
                "--threads",
                "2",
                TESTDATA.toString(),
                extra.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    // testdata/awkward holds inputs that are skipped on purpose, so a partial build is the expected
    // outcome.
    assertTrue(
        code == ExitCode.OK || code == ExitCode.PARTIAL, err.toString(StandardCharsets.UTF_8));
    LuceneSearchService service =
        LuceneSearchService.open(new IndexLayout(index), Duration.ofMinutes(10));
    Javalin app = MorgueApp.create(service, ServerConfig.defaults(index)).start("127.0.0.1", 0);
    return new PageServer(dir, service, app);
  }

  /** {@code http://127.0.0.1:PORT} without a trailing slash. */
  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  @Override
  public void close() throws IOException {
    app.stop();
    service.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** Hands test classes the one shared server; JUnit closes it after the last test of the run. */
  static final class Resolver implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == PageServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      Browser.requireInstalled(System.getenv("CI"));
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.create(PageServer.class))
          .getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class)
          .server;
    }
  }

  /** The store closes what it holds when it implements {@code CloseableResource}. */
  private static final class Holder implements ExtensionContext.Store.CloseableResource {
    private final PageServer server;

    Holder() {
      try {
        server = start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
