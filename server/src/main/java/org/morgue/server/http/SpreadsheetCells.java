package org.morgue.server.http;

import java.util.List;

/**
 * Neutralises CSV cells a spreadsheet would run as formulas (CSV injection), as OWASP recommends: a
 * cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, which spreadsheets read as "this is text" and do not display. Story text is
 * written by outsiders (wire copy, scraped pages), so a title like {@code =HYPERLINK(...)} must stay text.
 * Batch lines are typed by users and come back in the download, so they pass through here too.
 * The price is an apostrophe before values such as {@code -5 degrees}; JSON Lines exports are unchanged.
 */
final class SpreadsheetCells {

  private SpreadsheetCells() {}

  static String neutral(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }

  static List<String> neutral(List<String> cells) {
    return cells.stream().map(SpreadsheetCells::neutral).toList();
  }
}
