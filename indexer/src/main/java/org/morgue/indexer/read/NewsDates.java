package org.morgue.indexer.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.morgue.indexer.date.Dates;
import org.morgue.indexer.story.DatePrecision;
import org.morgue.indexer.story.PubDate;

/**
 * Dates in news XML. NITF's {@code norm} attributes use the ISO 8601 basic form
 * ({@code 20200303T141500-0500}, {@code 20200303}), which {@link Dates} does not read; an offset moves
 * the day to UTC like every other date in Morgue. Anything else goes to {@link Dates#parseField}.
 */
final class NewsDates {

  private static final Pattern BASIC = Pattern.compile(
      "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?");

  private NewsDates() {}

  static Optional<PubDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = BASIC.matcher(value.strip());
    if (!m.matches()) {
      return Dates.parseField(value);
    }
    try {
      LocalDate day = LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (m.group(4) != null && m.group(7) != null) {
        ZoneOffset offset = ZoneOffset.of(
            m.group(7).length() == 5 && !m.group(7).equals("Z")
                ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3)
                : m.group(7));
        LocalDateTime local = day.atTime(
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        day = local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
      }
      return Dates.parseField(day.toString()).map(d -> new PubDate(d.date(), DatePrecision.DAY));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
