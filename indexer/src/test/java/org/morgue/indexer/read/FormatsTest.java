package org.morgue.indexer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  @ParameterizedTest(name = "{0} starting {1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
      story.txt              | {"title":"x"}                  | text
      STORY.TXT              | anything                       | text
      a.jsonl                | {"title":"x"}                  | jsonl
      a.ndjson               | {}                             | jsonl
      a.ndjson.gz            | {}                             | jsonl
      a.csv                  | title,text                     | csv
      a.csv.gz               | title,text                     | csv
      reut2-000.sgm          | <!DOCTYPE lewis                | sgml
      reut2-000.sgm.gz       | <!DOCTYPE lewis                | sgml
      a.sgml                 | <REUTERS                       | sgml
      export.json            | {"title":"x"}                  | jsonl
      export.json            | [{"title":"x"}]                | NONE
      export                 | '   {"id":1}'                  | jsonl
      wire.dat               | <REUTERS TOPICS="YES">         | sgml
      wire.xml               | <!DOCTYPE lewis SYSTEM         | sgml
      feed.tsv               | '"url","date","title","text"'  | csv
      feed                   | id,body                        | csv
      feed                   | id,name                        | NONE
      unknown.bin            | \u007fELF                      | NONE
      notes.md               | # Heading                      | NONE
      page.html              | anything                       | html
      page.htm.gz            | anything                       | html
      saved                  | <!doctype html>                | html
      saved                  | <html><body>                   | html
      story.nitf             | anything                       | nitf
      story.xml              | <?xml version="1.0"?><nitf>    | nitf
      story.xml              | '<!DOCTYPE nitf SYSTEM "nitf.dtd"><nitf version="3.6">' | nitf
      item.xml               | '<?xml version="1.0"?>\n<!-- feed --><newsItem guid="x">' | newsml
      item.xml               | <nar:newsMessage xmlns:nar="x"> | newsml
      other.xml              | <?xml version="1.0"?><rss>     | NONE
      story.xml              | '<!DOCTYPE nitf [<!ENTITY x SYSTEM "f">]><nitf>' | nitf
      crawl.warc             | anything                       | warc
      crawl.warc.gz          | anything                       | warc
      crawl.arc              | WARC/1.1                       | warc
      noextension            | Plain words in a file          | NONE
      """)
  void detectsByExtensionThenByFirstBytes(String name, String head, String expected) {
    byte[] bytes = (head + "\nmore\n").getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.ofNullable(expected), Formats.detect(Path.of("in", name), bytes));
  }
}
