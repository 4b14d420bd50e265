package org.morgue.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.morgue.server.AuthCommand;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.access.Caller;

/** {@code morgue auth}: the printed lines make a working access file. */
class AuthCommandTest {

  private static String run(List<String> args, String stdin, int expectedCode) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = AuthCommand.run(
        args,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new SecureRandom());
    assertEquals(expectedCode, code, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void hashAndTokenLinesMakeAnAccessFileThatAcceptsThem(@TempDir Path dir) throws Exception {
    String user = run(List.of("hash", "alice"), "correct horse\n", 0);
    assertTrue(user.startsWith("user alice pbkdf2-sha256:600000:"), user);
    String tokenOutput = run(List.of("token", "ci-bot"), "", 0);
    // stdout (the access-file line) first, then stderr (the token for the client)
    String token = tokenOutput.lines().skip(1).findFirst().orElseThrow().replaceFirst(".*: ", "");
    Path file = dir.resolve("access");
    Files.writeString(file, user + tokenOutput.lines().findFirst().orElseThrow() + "\n");
    AccessPolicy policy = AccessPolicy.load(file);
    assertEquals("ci-bot", policy.authenticate("Bearer " + token).orElseThrow());
    assertEquals(
        "alice",
        policy
            .authenticate("Basic "
                + Base64.getEncoder()
                    .encodeToString("alice:correct horse".getBytes(StandardCharsets.UTF_8)))
            .orElseThrow());
  }

  @Test
  void aTokenGoesToStderrAndOnlyItsDigestToStdoutSoAppendingStdoutStoresNoCredential() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(
        0,
        AuthCommand.run(
            List.of("token", "ci-bot"),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new SecureRandom()));
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        stderr.startsWith(
            "token for ci-bot (give it to the client; only its SHA-256 is printed below): "),
        stderr);
    String token = stderr.strip().replaceFirst(".*: ", "");
    assertEquals(43, token.length()); // 32 random bytes, base64url without padding
    String stdout = out.toString(StandardCharsets.UTF_8);
    assertEquals(AccessPolicy.tokenLine("ci-bot", token) + System.lineSeparator(), stdout);
    assertTrue(!stdout.contains(token), stdout);
  }

  @Test
  void aTokenGivenToAUserNamesHerOnItsLineAndTheFileAcceptsIt(@TempDir Path dir) throws Exception {
    String output = run(List.of("token", "alice-feeds", "--user", "alice"), "", 0);
    String line = output.lines().findFirst().orElseThrow();
    String token = output.lines().skip(1).findFirst().orElseThrow().replaceFirst(".*: ", "");
    assertEquals(AccessPolicy.tokenLine("alice-feeds", token, "alice"), line);
    assertTrue(line.endsWith(" user=alice"), line);
    Path file = dir.resolve("access");
    Files.writeString(file, run(List.of("hash", "alice"), "pw\n", 0) + line + "\n");
    assertEquals(
        new Caller("alice-feeds", true, Optional.of("alice")),
        AccessPolicy.load(file).caller("Bearer " + token).orElseThrow());
  }

  @Test
  void missingPasswordOrBadNameIsAUsageError() {
    assertTrue(
        run(List.of("hash", "alice"), "", 2).startsWith("morgue auth: no password on stdin"));
    assertTrue(run(List.of("hash", "al ice"), "pw\n", 2)
        .startsWith("morgue auth: give 'hash USER' or 'token NAME [--user USER]'"));
    assertTrue(
        run(List.of("rotate", "x"), "", 2).startsWith("morgue auth: unknown subcommand 'rotate'"));
    assertTrue(run(List.of("hash", "alice", "--user", "bob"), "pw\n", 2)
        .startsWith("morgue auth: give 'hash USER' or 'token NAME [--user USER]'"));
    assertTrue(
        run(List.of("token", "bot", "--user", "al ice"), "", 2).startsWith("morgue auth: give"));
  }
}
