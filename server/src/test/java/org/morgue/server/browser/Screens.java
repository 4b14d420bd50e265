package org.morgue.server.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Screenshots of the results, story and diff screens of a running server, for a reviewer to look at
 * (not a test). The story is opened with the query kept, and the diff is of its first other version.
 *
 * <pre>
 * java -cp server/target/test-classes:server/target/classes:server/target/lib/* \
 *     org.morgue.server.browser.Screens http://127.0.0.1:7191 OUT-DIR QUERY STORY-ID
 * </pre>
 */
public final class Screens {

  private Screens() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: Screens BASE-URL OUT-DIR QUERY STORY-ID");
      System.exit(2);
    }
    String base = args[0];
    Path out = Path.of(args[1]);
    String q = java.net.URLEncoder.encode(args[2], java.nio.charset.StandardCharsets.UTF_8);
    Files.createDirectories(out);
    Path profile = Files.createTempDirectory("morgue-screens");
    try (Browser browser = Browser.start(base, profile, 1280, 1000)) {
      browser.open("/?q=" + q);
      browser.await(d -> SearchPageTest.resultIds(browser).isEmpty() ? null : true);
      save(browser, out, "results");
      browser.open("/?q=" + q + "&story=" + args[3]);
      browser.find(".story-title");
      browser.await(d -> browser.all(".related-list a").isEmpty() ? null : true);
      save(browser, out, "story");
      List<?> compare =
          (List<?>) browser.js("return [...document.querySelectorAll('.versions button.link')]");
      if (!compare.isEmpty()) {
        browser.js("arguments[0].click()", compare.get(0));
        browser.await(
            d -> browser.all(".diff .diff-text, .diff .diff-same").isEmpty() ? null : true);
        browser.js("document.querySelector('.versions').scrollIntoView()");
        save(browser, out, "diff");
      } else {
        System.err.println("story " + args[3] + " has no other version: no diff screen");
      }
    }
  }

  private static void save(Browser browser, Path out, String name) throws Exception {
    Path png = browser.screenshot(name);
    Files.move(png, out.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.println(out.resolve(name + ".png"));
  }
}
