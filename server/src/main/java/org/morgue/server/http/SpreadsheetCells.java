package org.morgue.server.http;

/**
 * CSV cells that a spreadsheet opens as text: a cell starting with {@code = + - @}, tab or carriage return
 * would run as a formula in Excel or LibreOffice, so it gets a leading apostrophe (OWASP's advice). Batch
 * lines are typed by users and come back in the download, so they pass through here.
 */
final class SpreadsheetCells {

  private SpreadsheetCells() {}

  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }
}
