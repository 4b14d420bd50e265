package org.morgue.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.morgue.server.ServerConfig;
import org.morgue.server.access.AccessFileException;
import org.morgue.server.access.AccessPolicy;
import org.morgue.server.access.PasswordHasher;
import org.morgue.server.http.Guard;
import org.morgue.server.http.MorgueApp;
import org.morgue.server.metrics.RequestMetrics;
import org.morgue.server.testing.ArchiveTest;

/** Access control over real HTTP: tokens and Basic users from an access file, on the API and the page alike. */
class AccessControlTest extends ArchiveTest {

  private static final String TOKEN = "tQ3s-example-token-for-tests-only-9f2";
  /** Few iterations: the scheme is the same, the test stays fast. */
  private static final PasswordHasher HASHER =
      new PasswordHasher(1_000, new SecureRandom(new byte[] {7}));

  @TempDir
  Path files;

  private AccessPolicy policy() throws Exception {
    Path file = files.resolve("access");
    Files.writeString(
        file,
        "# newsroom access\n"
            + "user alice " + HASHER.hash("correct horse".toCharArray()) + "\n\n"
            + AccessPolicy.tokenLine("ci-bot", TOKEN) + "\n");
    return AccessPolicy.load(file);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void withoutCredentialsApiAndPageAre401WithBothChallenges() throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    Guard guard = new Guard(policy(), new RequestMetrics(), System::nanoTime, log::add);
    JavalinTest.test(
        MorgueApp.create(service, ServerConfig.defaults(dir), guard), (server, client) -> {
          for (String path : List.of(
              "/api/search?q=embassy", "/", "/index.html", "/api/metrics", "/api/stories/s1")) {
            Response response = client.get(path);
            assertEquals(401, response.code(), path);
            assertEquals(
                List.of("Basic realm=\"Morgue\", charset=\"UTF-8\"", "Bearer realm=\"Morgue\""),
                response.headers().get("WWW-Authenticate"),
                path);
            assertEquals(
                List.of("nosniff"), response.headers().get("X-Content-Type-Options"), path);
            JsonNode body = JSON.readTree(response.body().string());
            assertEquals(
                "{\"error\":{\"code\":\"unauthorized\",\"message\":"
                    + "\"this archive needs credentials: HTTP Basic or Authorization: Bearer TOKEN\"}}",
                body.toString(),
                path);
          }
        });
    assertTrue(log.contains("GET / 401 " + log.get(1).split(" ")[3] + " ms"), log.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "wrong password | BASIC:alice:wrong horse",
        "unknown user   | BASIC:mallory:correct horse",
        "wrong token    | Bearer tQ3s-example-token-for-tests-only-9f3",
        "token as Basic | BASIC:ci-bot:tQ3s-example-token-for-tests-only-9f2",
        "not base64     | Basic %%%",
        "other scheme   | Digest username=alice",
      })
  void badCredentialsAre401(String name, String header) throws Exception {
    String value =
        header.startsWith("BASIC:") ? basic(header.split(":")[1], header.split(":")[2]) : header;
    JavalinTest.test(
        MorgueApp.create(service, ServerConfig.defaults(dir), Guard.of(policy())),
        (server, client) -> {
          Response response =
              client.get("/api/search?q=embassy", req -> req.header("Authorization", value));
          assertEquals(401, response.code());
          assertEquals(
              "the credentials were not accepted",
              JSON.readTree(response.body().string()).at("/error/message").asText());
        });
  }

  @Test
  void tokenAndBasicUserReadTheApiAndThePage() throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    Guard guard = new Guard(policy(), new RequestMetrics(), System::nanoTime, log::add);
    JavalinTest.test(
        MorgueApp.create(service, ServerConfig.defaults(dir), guard), (server, client) -> {
          for (String auth :
              List.of("Bearer " + TOKEN, "bearer  " + TOKEN, basic("alice", "correct horse"))) {
            Response search =
                client.get("/api/search?q=embassy", req -> req.header("Authorization", auth));
            assertEquals(200, search.code(), auth);
            assertEquals(
                4, JSON.readTree(search.body().string()).at("/total/value").asInt());
            assertEquals(
                200, client.get("/", req -> req.header("Authorization", auth)).code());
          }
        });
    assertEquals(
        List.of("ci-bot", "ci-bot", "ci-bot", "ci-bot", "alice", "alice"),
        log.stream()
            .filter(l -> !l.contains("clear-cookies"))
            .map(l -> l.substring(l.lastIndexOf(' ') + 1))
            .toList());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "user alice                          | access:1: expected 'user NAME HASH' or 'token NAME sha256:HEX [user=NAME]'",
        "user a pbkdf2-sha256:1:AA:AA user=a  | access:1: expected 'user NAME HASH' or 'token NAME sha256:HEX [user=NAME]'",
        "token bot sha256:0000000000000000000000000000000000000000000000000000000000000000 for=alice | access:1: after a token's digest only 'user=NAME' may follow (the user whose saved searches it reads), not 'for=alice'",
        "token bot sha256:0000000000000000000000000000000000000000000000000000000000000000 user=alice | access:1: token 'bot' is given to user 'alice', who has no 'user' line in this file",
        "user alice md5:abc                  | access:1: a password hash must look like pbkdf2-sha256:ITERATIONS:SALT:HASH (make one with 'morgue auth hash USER')",
        "token bot abc                       | access:1: a token must be stored as sha256:64-HEX-DIGITS (make one with 'morgue auth token NAME')",
        "# only a comment                    | access: no user or token: nobody could read the archive",
        "admin root x                        | access:1: unknown entry 'admin'; entries are user and token",
        "user a pbkdf2-sha256:x:AA:AA         | access:1: the iteration count is not a number: 'x'",
      })
  void malformedAccessFileFailsNamingTheLine(String content, String message) throws Exception {
    Path file = files.resolve("access");
    Files.writeString(file, content + "\n");
    AccessFileException e = assertThrows(AccessFileException.class, () -> AccessPolicy.load(file));
    assertEquals(files + "/" + message, e.getMessage());
  }

  @Test
  void hashesAreSaltedAndVerify() throws Exception {
    String a = HASHER.hash("secret".toCharArray());
    String b = HASHER.hash("secret".toCharArray());
    assertFalse(a.equals(b), "a fresh salt per hash");
    assertTrue(a.startsWith("pbkdf2-sha256:1000:"), a);
    Path file = files.resolve("one");
    Files.writeString(file, "user bob " + a + "\n");
    AccessPolicy policy = AccessPolicy.load(file);
    assertEquals("bob", policy.authenticate(basic("bob", "secret")).orElseThrow());
    assertEquals(
        "bob",
        policy.authenticate(basic("bob", "secret")).orElseThrow()); // from the verified cache
    assertTrue(policy.authenticate(basic("bob", "Secret")).isEmpty());
    assertTrue(policy.authenticate(null).isEmpty());
    assertTrue(policy.authenticate("Bearer " + TOKEN).isEmpty(), "no tokens in this file");
  }
}
