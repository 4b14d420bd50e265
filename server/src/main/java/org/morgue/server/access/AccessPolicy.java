package org.morgue.server.access;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may read the archive: read-only API tokens ({@code Authorization: Bearer TOKEN}) and HTTP Basic
 * users. The access file has one entry a line ({@code #} starts a comment):
 *
 * <pre>
 * user  alice       pbkdf2-sha256:600000:SALT:HASH    (from 'morgue auth hash alice')
 * token ci-bot      sha256:HEX                        (from 'morgue auth token ci-bot')
 * token alice-feeds sha256:HEX user=alice             (from 'morgue auth token alice-feeds --user alice')
 * </pre>
 *
 * A token with {@code user=NAME} also reads that user's saved searches and their feeds (see {@link Caller});
 * NAME must be a user of the same file, so a token never reads for somebody the file no longer lets in.
 *
 * Tokens are stored as SHA-256 digests: they are long random strings, so a plain digest cannot be
 * brute-forced, and checking one costs nothing. Passwords are chosen by people, hence PBKDF2.
 */
public final class AccessPolicy {

  /** Everyone may read: the default, for a single user on loopback. */
  public static final AccessPolicy OPEN = new AccessPolicy(Map.of(), Map.of());

  private static final int MAX_CACHED = 1024;
  /** What 'morgue auth' accepts as a user or token name. */
  public static final String NAME = "[A-Za-z0-9._@-]{1,64}";
  /** Unknown users are checked against this, so a wrong name costs as long as a wrong password. */
  private static final PasswordHasher.Stored DUMMY =
      new PasswordHasher.Stored(PasswordHasher.DEFAULT_ITERATIONS, new byte[16], new byte[32]);

  private final Map<String, PasswordHasher.Stored> users;
  private final Map<String, Token> tokens;
  /** Digests of Basic headers already verified: PBKDF2 is deliberately slow, a page load makes many requests. */
  private final Set<String> verified = ConcurrentHashMap.newKeySet();

  /** A token's digest and the user whose saved searches it reads, if any. */
  private record Token(byte[] digest, Optional<String> user, int line) {}

  AccessPolicy(Map<String, PasswordHasher.Stored> users, Map<String, Token> tokens) {
    this.users = Map.copyOf(users);
    this.tokens = Map.copyOf(tokens);
  }

  /** Reads an access file; a bad line fails the whole file (a typo must not open the archive). */
  public static AccessPolicy load(Path file) throws AccessFileException {
    List<String> lines;
    try {
      lines =
          List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\R", -1));
    } catch (IOException e) {
      throw new AccessFileException(file, 0, "cannot read the access file: " + e.getMessage());
    }
    Map<String, PasswordHasher.Stored> users = new LinkedHashMap<>();
    Map<String, Token> tokens = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      if (parts.length != 3 && !(parts.length == 4 && parts[0].equals("token"))) {
        throw new AccessFileException(
            file, i + 1, "expected 'user NAME HASH' or 'token NAME sha256:HEX [user=NAME]'");
      }
      try {
        switch (parts[0]) {
          case "user" -> {
            if (users.put(parts[1], PasswordHasher.Stored.parse(parts[2])) != null) {
              throw new IllegalArgumentException("user '" + parts[1] + "' is listed twice");
            }
          }
          case "token" -> {
            Token token = new Token(
                tokenDigest(parts[2]),
                parts.length == 4 ? Optional.of(tokenUser(parts[3])) : Optional.empty(),
                i + 1);
            if (tokens.put(parts[1], token) != null) {
              throw new IllegalArgumentException("token '" + parts[1] + "' is listed twice");
            }
          }
          default ->
            throw new IllegalArgumentException(
                "unknown entry '" + parts[0] + "'; entries are user and token");
        }
      } catch (IllegalArgumentException e) {
        throw new AccessFileException(file, i + 1, e.getMessage());
      }
    }
    if (users.isEmpty() && tokens.isEmpty()) {
      throw new AccessFileException(file, 0, "no user or token: nobody could read the archive");
    }
    for (Map.Entry<String, Token> token : tokens.entrySet()) {
      Optional<String> user = token.getValue().user();
      if (user.isPresent() && !users.containsKey(user.get())) {
        throw new AccessFileException(
            file,
            token.getValue().line(),
            "token '" + token.getKey() + "' is given to user '" + user.get()
                + "', who has no 'user' line in this file");
      }
    }
    return new AccessPolicy(users, tokens);
  }

  private static String tokenUser(String text) {
    if (!text.startsWith("user=") || !text.substring("user=".length()).matches(NAME)) {
      throw new IllegalArgumentException(
          "after a token's digest only 'user=NAME' may follow (the user whose saved searches it reads), not '"
              + text + "'");
    }
    return text.substring("user=".length());
  }

  private static byte[] tokenDigest(String text) {
    if (!text.startsWith("sha256:") || text.length() != "sha256:".length() + 64) {
      throw new IllegalArgumentException(
          "a token must be stored as sha256:64-HEX-DIGITS (make one with 'morgue auth token NAME')");
    }
    return HexFormat.of().parseHex(text.substring("sha256:".length()));
  }

  public boolean isOpen() {
    return users.isEmpty() && tokens.isEmpty();
  }

  public boolean hasUsers() {
    return !users.isEmpty();
  }

  public boolean hasTokens() {
    return !tokens.isEmpty();
  }

  /**
   * Checks an {@code Authorization} header value.
   *
   * @return the user or token name it proves, or empty when it proves nothing
   */
  public Optional<String> authenticate(String authorization) {
    return caller(authorization).map(Caller::name);
  }

  /**
   * Checks an {@code Authorization} header value.
   *
   * @return who it proves to be, or empty when it proves nothing
   */
  public Optional<Caller> caller(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    String header = authorization.strip();
    if (regionIs(header, "Bearer ")) {
      byte[] digest = sha256(header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
      Caller match = null;
      for (Map.Entry<String, Token> token : tokens.entrySet()) {
        // Every token is compared, constant-time, so timing tells nothing about which one nearly
        // matched.
        if (MessageDigest.isEqual(token.getValue().digest(), digest)) {
          match = Caller.token(token.getKey(), token.getValue().user());
        }
      }
      return Optional.ofNullable(match);
    }
    if (regionIs(header, "Basic ") && !users.isEmpty()) {
      return basic(header.substring(6).strip()).map(Caller::user);
    }
    return Optional.empty();
  }

  private Optional<String> basic(String encoded) {
    String decoded;
    try {
      decoded = StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Base64.getDecoder().decode(encoded)))
          .toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String user = decoded.substring(0, colon);
    String cacheKey = HexFormat.of().formatHex(sha256(decoded.getBytes(StandardCharsets.UTF_8)));
    if (users.containsKey(user) && verified.contains(cacheKey)) {
      return Optional.of(user);
    }
    PasswordHasher.Stored stored = users.getOrDefault(user, DUMMY);
    boolean ok = stored.matches(decoded.substring(colon + 1).toCharArray()) && stored != DUMMY;
    if (!ok) {
      return Optional.empty();
    }
    if (verified.size() >= MAX_CACHED) {
      verified.clear();
    }
    verified.add(cacheKey);
    return Optional.of(user);
  }

  private static boolean regionIs(String header, String scheme) {
    return header.regionMatches(true, 0, scheme, 0, scheme.length());
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** The access-file line for a token: its SHA-256 digest, never the token itself. */
  public static String tokenLine(String name, String token) {
    return "token " + name + " sha256:"
        + HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
  }

  /** The access-file line for a token that also reads {@code user}'s saved searches and feeds. */
  public static String tokenLine(String name, String token, String user) {
    return tokenLine(name, token) + " user=" + user;
  }
}
