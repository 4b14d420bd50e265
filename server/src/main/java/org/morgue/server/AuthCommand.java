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
import org.morgue.indexer.cli.CommandLines;
import org.morgue.indexer.cli.UsageException;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.access.PasswordHasher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code morgue auth hash USER} and {@code morgue auth token NAME}: print the line to add to the
 * access file given to {@code morgue serve --auth FILE}. The password is read from standard input
 * (one line), so it never appears in the process list or the shell history.
 */
public final class AuthCommand {

  /** What picocli reads: the action and the name. The annotations are the help text. */
  @Command(
      name = "morgue auth",
      synopsisHeading = "",
      customSynopsis = {
        "usage: morgue auth hash USER   read a password from stdin, print 'user USER pbkdf2-sha256:…'",
        "       morgue auth token NAME [--user USER]",
        "                               make a random read-only API token: the token on stderr, its access-file line on stdout;",
        "                               with --user it also reads (never changes) USER's saved searches and their Atom feeds",
        ""
      },
      parameterListHeading = "%n",
      description = {
        "Add the printed 'user'/'token' line to a file and start 'morgue serve --auth FILE'.",
        "Clients then send 'Authorization: Bearer TOKEN' or HTTP Basic USER:PASSWORD."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the line was printed", "2:bad arguments or no password on stdin"})
  static final class Options {
    @Parameters(index = "0", paramLabel = "hash|token", description = "what to make")
    String action;

    @Parameters(
        index = "1",
        paramLabel = "NAME",
        description = "the user or token name: 1-64 letters, digits, . _ @ -")
    String name;

    @Option(
        names = "--user",
        paramLabel = "USER",
        description =
            "token only: the access file's user whose saved searches and feeds the token reads")
    String user;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "this text")
    boolean help;
  }

  private static final String GIVE =
      "give 'hash USER' or 'token NAME [--user USER]'; names are 1-64 letters, digits, . _ @ -";
  private static final int TOKEN_BYTES = 32;

  private AuthCommand() {}

  static String usage() {
    return CommandLines.usage(new Options());
  }

  public static int run(
      List<String> args, InputStream in, PrintStream out, PrintStream err, SecureRandom random) {
    if (args.size() == 1 && CommandLines.wantsHelp(args)) {
      out.print(usage());
      return 0;
    }
    Options options;
    try {
      options = CommandLines.parse(new Options(), args);
    } catch (UsageException e) {
      return usageError(err, GIVE);
    }
    if (options.help
        || !options.name.matches(AccessPolicy.NAME)
        || options.user != null
            && !(options.action.equals("token") && options.user.matches(AccessPolicy.NAME))) {
      return usageError(err, GIVE);
    }
    String name = options.name;
    switch (options.action) {
      case "hash" -> {
        String password;
        try {
          password =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
          err.println("morgue auth: cannot read the password from stdin: " + e.getMessage());
          return 2;
        }
        if (password == null || password.isEmpty()) {
          err.println(
              "morgue auth: no password on stdin (try: printf '%s' \"$PW\" | morgue auth hash "
                  + name + ")");
          return 2;
        }
        out.println("user " + name + " "
            + new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS, random)
                .hash(password.toCharArray()));
        return 0;
      }
      case "token" -> {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // Only the digest goes to stdout, which is what '>> access.txt' appends to a file; the
        // token itself
        // goes to the terminal (stderr), so the access file never holds a usable credential.
        err.println("token for " + name
            + " (give it to the client; only its SHA-256 is printed below): " + token);
        out.println(
            options.user == null
                ? AccessPolicy.tokenLine(name, token)
                : AccessPolicy.tokenLine(name, token, options.user));
        return 0;
      }
      default -> {
        return usageError(err, "unknown subcommand '" + options.action + "'");
      }
    }
  }

  private static int usageError(PrintStream err, String message) {
    err.println("morgue auth: " + message);
    err.print(usage());
    return 2;
  }
}
