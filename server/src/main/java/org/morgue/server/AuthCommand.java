package org.morgue.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.access.PasswordHasher;

/**
 * {@code morgue auth hash USER} and {@code morgue auth token NAME}: print the line to add to the
 * access file given to {@code morgue serve --auth FILE}. The password is read from standard input
 * (one line), so it never appears in the process list or the shell history.
 */
public final class AuthCommand {

  static final String USAGE = """
      usage: morgue auth hash USER     read a password from stdin, print 'user USER pbkdf2-sha256:…'
             morgue auth token NAME    make a random read-only API token; print it and its access-file line

      Add the printed 'user'/'token' line to a file and start 'morgue serve --auth FILE'.
      Clients then send 'Authorization: Bearer TOKEN' or HTTP Basic USER:PASSWORD.
      """;
  private static final int TOKEN_BYTES = 32;

  private AuthCommand() {}

  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err, SecureRandom random) {
    if (args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
      out.print(USAGE);
      return 0;
    }
    if (args.size() != 2 || !args.get(1).matches("[A-Za-z0-9._@-]{1,64}")) {
      err.println("morgue auth: give 'hash USER' or 'token NAME'; names are 1-64 letters, digits, . _ @ -");
      err.print(USAGE);
      return 2;
    }
    String name = args.get(1);
    switch (args.get(0)) {
      case "hash" -> {
        String password;
        try {
          password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
          err.println("morgue auth: cannot read the password from stdin: " + e.getMessage());
          return 2;
        }
        if (password == null || password.isEmpty()) {
          err.println("morgue auth: no password on stdin (try: printf '%s' \"$PW\" | morgue auth hash " + name + ")");
          return 2;
        }
        out.println("user " + name + " "
            + new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS, random).hash(password.toCharArray()));
        return 0;
      }
      case "token" -> {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        out.println("# token for " + name + " (give it to the client; it is not stored anywhere): " + token);
        out.println(AccessPolicy.tokenLine(name, token));
        return 0;
      }
      default -> {
        err.println("morgue auth: unknown subcommand '" + args.get(0) + "'");
        err.print(USAGE);
        return 2;
      }
    }
  }
}
