package org.morgue.server.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class driving one headless browser, opened on the shared {@link PageServer} at a given window
 * size before the first test and closed after the last. A subclass that needs more set-up adds its own
 * {@code @BeforeAll}, which JUnit runs after this one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PageServer.Resolver.class)
abstract class BrowserTest {

  private final int width;
  private final int height;
  protected Browser browser;

  BrowserTest(int width, int height) {
    this.width = width;
    this.height = height;
  }

  @BeforeAll
  void startBrowser(PageServer server, @TempDir Path profile) {
    browser = Browser.start(server.base(), profile, width, height);
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }
}
