package org.morgue.server.search;

import static org.morgue.server.search.InvalidRequestException.INVALID_PARAMETER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page ended, so the next one can start right after it (search-after): the sort key of the
 * last hit and its story id, which breaks ties. Clients see it only as the opaque text of
 * {@link #encode()}; it carries its sort order so a cursor cannot be replayed under another order.
 *
 * @param sort the order the cursor was made for
 * @param score the last hit's score, for {@link SortOrder#RELEVANCE} (0 otherwise)
 * @param published the last hit's date sort key as epoch day, for the date orders (0 otherwise);
 *     undated stories carry the backend's "missing" key so they can be walked too
 * @param id the last hit's story id
 */
public record Cursor(SortOrder sort, float score, long published, String id) {

  /** First byte of the encoding, so a later format can be told apart. */
  private static final byte VERSION = 1;

  private static final int MAX_ENCODED_LENGTH = 2_000;

  public Cursor {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(id, "id");
  }

  /** The opaque, URL-safe text a client sends back as {@code cursor}. */
  public String encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeByte(sort.ordinal());
      if (sort.byScore()) {
        // Raw float bits: a decimal rendering could round and land one hit off.
        out.writeInt(Float.floatToRawIntBits(score));
      } else {
        out.writeLong(published);
      }
      out.writeUTF(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array stream cannot fail
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * Reads a cursor made by {@link #encode()}.
   *
   * @param sort the order of the request it is used with
   * @throws InvalidRequestException when the text is not a cursor, or was made for another order
   */
  public static Cursor decode(String text, SortOrder sort) {
    if (text.isEmpty() || text.length() > MAX_ENCODED_LENGTH) {
      throw invalid("is not a cursor this server made");
    }
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw invalid("is not a cursor this server made");
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw))) {
      if (in.readByte() != VERSION) {
        throw invalid("is not a cursor this server made");
      }
      int ordinal = in.readByte();
      if (ordinal < 0 || ordinal >= SortOrder.values().length) {
        throw invalid("is not a cursor this server made");
      }
      SortOrder made = SortOrder.values()[ordinal];
      if (made != sort) {
        throw invalid("was made for sort=" + made.apiName() + ", not sort=" + sort.apiName()
            + "; keep the parameters of the first page");
      }
      float score = made.byScore() ? Float.intBitsToFloat(in.readInt()) : 0f;
      long published = made.byScore() ? 0 : in.readLong();
      String id = in.readUTF();
      if (in.available() > 0 || id.isEmpty() || Float.isNaN(score)) {
        throw invalid("is not a cursor this server made");
      }
      return new Cursor(made, score, published, id);
    } catch (IOException e) {
      // Truncated or malformed bytes: the text was cut or edited.
      throw invalid("is not a cursor this server made");
    }
  }

  private static InvalidRequestException invalid(String why) {
    return new InvalidRequestException(INVALID_PARAMETER, "cursor " + why);
  }
}
