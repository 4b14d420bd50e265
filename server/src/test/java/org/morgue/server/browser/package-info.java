/**
 * End-to-end tests of the search page in a real headless Chromium, driven by Selenium through the
 * system chromedriver, against the real server over an index the production indexer builds from
 * {@code testdata/}. Screenshots of the main screens go to {@code server/target/screenshots/}.
 */
package org.morgue.server.browser;
