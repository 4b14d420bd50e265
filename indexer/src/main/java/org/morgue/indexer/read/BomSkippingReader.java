package org.morgue.indexer.read;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Drops a leading byte-order mark, which spreadsheet exports put before the CSV header. */
final class BomSkippingReader extends PushbackReader {

  private boolean checked;

  BomSkippingReader(Reader in) {
    super(in, 1);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    skipBom();
    return super.read(cbuf, off, len);
  }

  @Override
  public int read() throws IOException {
    skipBom();
    return super.read();
  }

  private void skipBom() throws IOException {
    if (checked) {
      return;
    }
    checked = true;
    int c = super.read();
    if (c >= 0 && c != '\uFEFF') {
      unread(c);
    }
  }
}
