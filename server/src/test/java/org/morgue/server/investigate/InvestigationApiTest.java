package org.morgue.server.investigate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.morgue.server.testing.ArchiveTest;
import org.morgue.server.testing.RawPost;

/**
 * {@code /api/entities/{type}/{key}}, {@code /api/network}, {@code /api/timeline} and {@code POST /api/batch}
 * over real HTTP on the multi-segment test archive (6 stories: Qais al-Khazali in s1-s3, Kata'ib Hezbollah
 * in s1 and s3, Baghdad in s1, s2 and s6): exact bodies.
 */
class InvestigationApiTest extends ArchiveTest {

  private void expect(String path, int status, String body) {
    JavalinTest.test(app(), (server, client) -> {
      var response = client.get(path);
      assertEquals(body, response.body().string());
      assertEquals(status, response.code());
    });
  }

  private RawPost.Answer post(String path, String contentType, String body) {
    RawPost.Answer[] answer = new RawPost.Answer[1];
    JavalinTest.test(
        app(),
        (server, client) -> answer[0] = RawPost.post(server.port(), path, contentType, body));
    return answer[0];
  }

  @Test
  void qaisAcrossTheArchiveWithCooccurringNamesByCountAndLift() {
    expect(
        "/api/entities/person/Qais%20al-Khazali",
        200,
        "{\"type\":\"person\",\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"variants\":[\"Qais al-Khazali\"],\"aliases\":[],\"variants_from\":3,\"stories\":3,\"first\":\"2019-12-06\",\"last\":\"2020-02-03\",\"dates\":{\"interval\":\"day\",\"buckets\":[{\"key\":\"2019-12-06\",\"count\":1},{\"key\":\"2019-12-07\",\"count\":0},{\"key\":\"2019-12-08\",\"count\":0},{\"key\":\"2019-12-09\",\"count\":0},{\"key\":\"2019-12-10\",\"count\":0},{\"key\":\"2019-12-11\",\"count\":0},{\"key\":\"2019-12-12\",\"count\":0},{\"key\":\"2019-12-13\",\"count\":0},{\"key\":\"2019-12-14\",\"count\":0},{\"key\":\"2019-12-15\",\"count\":0},{\"key\":\"2019-12-16\",\"count\":0},{\"key\":\"2019-12-17\",\"count\":0},{\"key\":\"2019-12-18\",\"count\":0},{\"key\":\"2019-12-19\",\"count\":0},{\"key\":\"2019-12-20\",\"count\":0},{\"key\":\"2019-12-21\",\"count\":0},{\"key\":\"2019-12-22\",\"count\":0},{\"key\":\"2019-12-23\",\"count\":0},{\"key\":\"2019-12-24\",\"count\":0},{\"key\":\"2019-12-25\",\"count\":0},{\"key\":\"2019-12-26\",\"count\":0},{\"key\":\"2019-12-27\",\"count\":0},{\"key\":\"2019-12-28\",\"count\":0},{\"key\":\"2019-12-29\",\"count\":0},{\"key\":\"2019-12-30\",\"count\":0},{\"key\":\"2019-12-31\",\"count\":1},{\"key\":\"2020-01-01\",\"count\":0},{\"key\":\"2020-01-02\",\"count\":0},{\"key\":\"2020-01-03\",\"count\":0},{\"key\":\"2020-01-04\",\"count\":0},{\"key\":\"2020-01-05\",\"count\":0},{\"key\":\"2020-01-06\",\"count\":0},{\"key\":\"2020-01-07\",\"count\":0},{\"key\":\"2020-01-08\",\"count\":0},{\"key\":\"2020-01-09\",\"count\":0},{\"key\":\"2020-01-10\",\"count\":0},{\"key\":\"2020-01-11\",\"count\":0},{\"key\":\"2020-01-12\",\"count\":0},{\"key\":\"2020-01-13\",\"count\":0},{\"key\":\"2020-01-14\",\"count\":0},{\"key\":\"2020-01-15\",\"count\":0},{\"key\":\"2020-01-16\",\"count\":0},{\"key\":\"2020-01-17\",\"count\":0},{\"key\":\"2020-01-18\",\"count\":0},{\"key\":\"2020-01-19\",\"count\":0},{\"key\":\"2020-01-20\",\"count\":0},{\"key\":\"2020-01-21\",\"count\":0},{\"key\":\"2020-01-22\",\"count\":0},{\"key\":\"2020-01-23\",\"count\":0},{\"key\":\"2020-01-24\",\"count\":0},{\"key\":\"2020-01-25\",\"count\":0},{\"key\":\"2020-01-26\",\"count\":0},{\"key\":\"2020-01-27\",\"count\":0},{\"key\":\"2020-01-28\",\"count\":0},{\"key\":\"2020-01-29\",\"count\":0},{\"key\":\"2020-01-30\",\"count\":0},{\"key\":\"2020-01-31\",\"count\":0},{\"key\":\"2020-02-01\",\"count\":0},{\"key\":\"2020-02-02\",\"count\":0},{\"key\":\"2020-02-03\",\"count\":1}],\"undated\":0,\"min\":\"2019-12-06\",\"max\":\"2020-02-03\"},\"outlets\":[{\"name\":\"Reuters\",\"count\":2},{\"name\":\"AP\",\"count\":1}],\"cooccurring\":{\"person\":[{\"type\":\"person\",\"value\":\"mark esper\",\"label\":\"Mark Esper\",\"count\":1,\"lift\":2.0,\"search_url\":\"?q=person%3A%22mark+esper%22&f.person=qais+al+khazali\"}],\"org\":[{\"type\":\"org\",\"value\":\"asaib ahl al haq\",\"label\":\"Asaib Ahl al-Haq\",\"count\":2,\"lift\":2.0,\"search_url\":\"?f.person=qais+al+khazali&f.org=asaib+ahl+al+haq\"},{\"type\":\"org\",\"value\":\"kataib hezbollah\",\"label\":\"Kata'ib Hezbollah\",\"count\":2,\"lift\":2.0,\"search_url\":\"?f.person=qais+al+khazali&f.org=kataib+hezbollah\"}],\"place\":[{\"type\":\"place\",\"value\":\"baghdad\",\"label\":\"Baghdad\",\"count\":2,\"lift\":1.333,\"search_url\":\"?f.person=qais+al+khazali&f.place=baghdad\"}]},\"cooccurring_by_lift\":{\"person\":[],\"org\":[{\"type\":\"org\",\"value\":\"asaib ahl al haq\",\"label\":\"Asaib Ahl al-Haq\",\"count\":2,\"lift\":2.0,\"search_url\":\"?f.person=qais+al+khazali&f.org=asaib+ahl+al+haq\"},{\"type\":\"org\",\"value\":\"kataib hezbollah\",\"label\":\"Kata'ib Hezbollah\",\"count\":2,\"lift\":2.0,\"search_url\":\"?f.person=qais+al+khazali&f.org=kataib+hezbollah\"}],\"place\":[{\"type\":\"place\",\"value\":\"baghdad\",\"label\":\"Baghdad\",\"count\":2,\"lift\":1.333,\"search_url\":\"?f.person=qais+al+khazali&f.place=baghdad\"}]},\"search_url\":\"?f.person=qais+al+khazali\"}");
  }

  @Test
  void kataibHezbollahWithItsTwoSpellingsAsVariants() {
    expect(
        "/api/entities/org/kataib%20hezbollah",
        200,
        "{\"type\":\"org\",\"value\":\"kataib hezbollah\",\"label\":\"Kata'ib Hezbollah\",\"variants\":[\"Kata'ib Hezbollah\",\"Kataib Hezbollah\"],\"aliases\":[],\"variants_from\":2,\"stories\":2,\"first\":\"2019-12-31\",\"last\":\"2020-02-03\",\"dates\":{\"interval\":\"day\",\"buckets\":[{\"key\":\"2019-12-31\",\"count\":1},{\"key\":\"2020-01-01\",\"count\":0},{\"key\":\"2020-01-02\",\"count\":0},{\"key\":\"2020-01-03\",\"count\":0},{\"key\":\"2020-01-04\",\"count\":0},{\"key\":\"2020-01-05\",\"count\":0},{\"key\":\"2020-01-06\",\"count\":0},{\"key\":\"2020-01-07\",\"count\":0},{\"key\":\"2020-01-08\",\"count\":0},{\"key\":\"2020-01-09\",\"count\":0},{\"key\":\"2020-01-10\",\"count\":0},{\"key\":\"2020-01-11\",\"count\":0},{\"key\":\"2020-01-12\",\"count\":0},{\"key\":\"2020-01-13\",\"count\":0},{\"key\":\"2020-01-14\",\"count\":0},{\"key\":\"2020-01-15\",\"count\":0},{\"key\":\"2020-01-16\",\"count\":0},{\"key\":\"2020-01-17\",\"count\":0},{\"key\":\"2020-01-18\",\"count\":0},{\"key\":\"2020-01-19\",\"count\":0},{\"key\":\"2020-01-20\",\"count\":0},{\"key\":\"2020-01-21\",\"count\":0},{\"key\":\"2020-01-22\",\"count\":0},{\"key\":\"2020-01-23\",\"count\":0},{\"key\":\"2020-01-24\",\"count\":0},{\"key\":\"2020-01-25\",\"count\":0},{\"key\":\"2020-01-26\",\"count\":0},{\"key\":\"2020-01-27\",\"count\":0},{\"key\":\"2020-01-28\",\"count\":0},{\"key\":\"2020-01-29\",\"count\":0},{\"key\":\"2020-01-30\",\"count\":0},{\"key\":\"2020-01-31\",\"count\":0},{\"key\":\"2020-02-01\",\"count\":0},{\"key\":\"2020-02-02\",\"count\":0},{\"key\":\"2020-02-03\",\"count\":1}],\"undated\":0,\"min\":\"2019-12-31\",\"max\":\"2020-02-03\"},\"outlets\":[{\"name\":\"Reuters\",\"count\":2}],\"cooccurring\":{\"person\":[{\"type\":\"person\",\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"count\":2,\"lift\":2.0,\"search_url\":\"?f.org=kataib+hezbollah&f.person=qais+al+khazali\"},{\"type\":\"person\",\"value\":\"mark esper\",\"label\":\"Mark Esper\",\"count\":1,\"lift\":3.0,\"search_url\":\"?f.org=kataib+hezbollah&f.person=mark+esper\"}],\"org\":[{\"type\":\"org\",\"value\":\"asaib ahl al haq\",\"label\":\"Asaib Ahl al-Haq\",\"count\":1,\"lift\":1.5,\"search_url\":\"?q=org%3A%22asaib+ahl+al+haq%22&f.org=kataib+hezbollah\"}],\"place\":[{\"type\":\"place\",\"value\":\"baghdad\",\"label\":\"Baghdad\",\"count\":1,\"lift\":1.0,\"search_url\":\"?f.org=kataib+hezbollah&f.place=baghdad\"}]},\"cooccurring_by_lift\":{\"person\":[{\"type\":\"person\",\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"count\":2,\"lift\":2.0,\"search_url\":\"?f.org=kataib+hezbollah&f.person=qais+al+khazali\"}],\"org\":[],\"place\":[]},\"search_url\":\"?f.org=kataib+hezbollah\"}");
  }

  @Test
  void anEntityNoStoryNamesIs404() {
    expect(
        "/api/entities/person/nobody",
        404,
        "{\"error\":{\"code\":\"not_found\",\"message\":\"no story names person 'nobody'\"}}");
  }

  @Test
  void anUnknownEntityTypeIs400() {
    expect(
        "/api/entities/thing/x",
        400,
        "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"entity type must be one of person, org, place, was 'thing'\"}}");
  }

  @Test
  void theNetworkOfEmbassyStories() {
    expect(
        "/api/network?q=embassy",
        200,
        "{\"stories\":4,\"nodes\":[{\"type\":\"person\",\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"count\":2},{\"type\":\"org\",\"value\":\"kataib hezbollah\",\"label\":\"Kata'ib Hezbollah\",\"count\":2},{\"type\":\"place\",\"value\":\"baghdad\",\"label\":\"Baghdad\",\"count\":2},{\"type\":\"person\",\"value\":\"mark esper\",\"label\":\"Mark Esper\",\"count\":1},{\"type\":\"org\",\"value\":\"asaib ahl al haq\",\"label\":\"Asaib Ahl al-Haq\",\"count\":1}],\"edges\":[{\"source\":0,\"target\":1,\"count\":2,\"lift\":2.0},{\"source\":0,\"target\":2,\"count\":1,\"lift\":1.0},{\"source\":0,\"target\":3,\"count\":1,\"lift\":2.0},{\"source\":0,\"target\":4,\"count\":1,\"lift\":2.0},{\"source\":1,\"target\":2,\"count\":1,\"lift\":1.0},{\"source\":1,\"target\":3,\"count\":1,\"lift\":2.0},{\"source\":1,\"target\":4,\"count\":1,\"lift\":2.0},{\"source\":2,\"target\":4,\"count\":1,\"lift\":2.0}]}");
  }

  @Test
  void theNetworkOfTheArchiveCutToThreePeopleAndOrgs() {
    expect(
        "/api/network?types=person,org&size=3",
        200,
        "{\"stories\":6,\"nodes\":[{\"type\":\"person\",\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"count\":3},{\"type\":\"org\",\"value\":\"asaib ahl al haq\",\"label\":\"Asaib Ahl al-Haq\",\"count\":2},{\"type\":\"org\",\"value\":\"kataib hezbollah\",\"label\":\"Kata'ib Hezbollah\",\"count\":2}],\"edges\":[{\"source\":0,\"target\":1,\"count\":2,\"lift\":2.0},{\"source\":0,\"target\":2,\"count\":2,\"lift\":2.0},{\"source\":1,\"target\":2,\"count\":1,\"lift\":1.5}]}");
  }

  @Test
  void anUnknownNodeTypeIs400() {
    expect(
        "/api/network?types=bad",
        400,
        "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"types must be among person, org, place, not 'bad'\"}}");
  }

  @Test
  void twoEntitiesOnTheArchiveHistogramsWeeks() {
    expect(
        "/api/timeline?entity=person:qais%20al%20khazali&entity=org:kataib%20hezbollah",
        200,
        "{\"interval\":\"week\",\"keys\":[\"2019-11-11\",\"2019-11-18\",\"2019-11-25\",\"2019-12-02\",\"2019-12-09\",\"2019-12-16\",\"2019-12-23\",\"2019-12-30\",\"2020-01-06\",\"2020-01-13\",\"2020-01-20\",\"2020-01-27\",\"2020-02-03\",\"2020-02-10\",\"2020-02-17\"],\"counts\":[1,0,0,1,0,0,0,1,0,0,0,0,1,0,1],\"series\":[{\"type\":\"person\",\"value\":\"qais al khazali\",\"label\":\"Qais al-Khazali\",\"stories\":3,\"counts\":[0,0,0,1,0,0,0,1,0,0,0,0,1,0,0]},{\"type\":\"org\",\"value\":\"kataib hezbollah\",\"label\":\"Kata'ib Hezbollah\",\"stories\":2,\"counts\":[0,0,0,0,0,0,0,1,0,0,0,0,1,0,0]}]}");
  }

  @Test
  void anEntityWithinASearchOnMonths() {
    expect(
        "/api/timeline?q=embassy&interval=month&entity=place:baghdad",
        200,
        "{\"interval\":\"month\",\"keys\":[\"2019-12\",\"2020-01\",\"2020-02\"],\"counts\":[1,0,2],\"series\":[{\"type\":\"place\",\"value\":\"baghdad\",\"label\":\"Baghdad\",\"stories\":2,\"counts\":[1,0,1]}]}");
  }

  @Test
  void aTimelineWithoutEntitiesIs400() {
    expect(
        "/api/timeline",
        400,
        "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"give between 1 and 10 entity parameters (entity=person:NAME), not 0\"}}");
  }

  private static final String LINES = "embassy\n\"unbalanced\nBaghdad AND\n\nQais al-Khazali\n=cmd";

  @Test
  void aBatchOfLinesAnswersEveryLineInOrderAndBadLinesAsErrorRows() {
    RawPost.Answer answer = post("/api/batch", "text/plain; charset=utf-8", LINES);
    assertEquals("application/json", answer.contentType());
    assertEquals(
        "{\"rows\":[{\"line\":1,\"query\":\"embassy\",\"matched_as\":null,\"total\":4,\"first\":\"2019-12-31\",\"last\":\"2020-02-20\",\"outlets\":[{\"name\":\"Reuters\",\"count\":2},{\"name\":\"AP\",\"count\":1},{\"name\":\"Morgue & Co\",\"count\":1}],\"search_url\":\"?q=embassy\",\"error\":null},{\"line\":2,\"query\":\"\\\"unbalanced\",\"matched_as\":null,\"total\":null,\"first\":null,\"last\":null,\"outlets\":[],\"search_url\":null,\"error\":{\"code\":\"invalid_query\",\"message\":\"unbalanced quote: a \\\" is not closed\",\"position\":0}},{\"line\":3,\"query\":\"Baghdad AND\",\"matched_as\":null,\"total\":null,\"first\":null,\"last\":null,\"outlets\":[],\"search_url\":null,\"error\":{\"code\":\"invalid_query\",\"message\":\"the query ends unexpectedly\",\"position\":11}},{\"line\":4,\"query\":\"Qais al-Khazali\",\"matched_as\":null,\"total\":3,\"first\":\"2019-12-06\",\"last\":\"2020-02-03\",\"outlets\":[{\"name\":\"Reuters\",\"count\":2},{\"name\":\"AP\",\"count\":1}],\"search_url\":\"?q=Qais+al-Khazali\",\"error\":null},{\"line\":5,\"query\":\"=cmd\",\"matched_as\":null,\"total\":0,\"first\":null,\"last\":null,\"outlets\":[],\"search_url\":\"?q=%3Dcmd\",\"error\":null}]}",
        answer.body());
    assertEquals(200, answer.status());
  }

  @Test
  void namesModeFindsEntitiesFirstThenThePhraseAndStreamsCsvWithTheFilters() {
    RawPost.Answer answer =
        post("/api/batch?lines=names&format=csv&f.source=Reuters", "text/plain", LINES);
    assertEquals("text/csv; charset=utf-8", answer.contentType());
    assertEquals(
        "line,query,matched_as,total,first,last,outlets,search_url,error_code,error_message,error_position\r\n1,embassy,text,2,2019-12-31,2020-02-03,Reuters (2),?q=%22embassy%22&f.source=Reuters,,,\r\n2,\"\"\"unbalanced\",text,0,,,,?q=%22%5C%22unbalanced%22&f.source=Reuters,,,\r\n3,Baghdad AND,text,0,,,,?q=%22Baghdad+AND%22&f.source=Reuters,,,\r\n4,Qais al-Khazali,person,2,2019-12-31,2020-02-03,Reuters (2),?f.person=qais+al+khazali&f.source=Reuters,,,\r\n5,'=cmd,text,0,,,,?q=%22%3Dcmd%22&f.source=Reuters,,,\r\n",
        answer.body());
  }

  @Test
  void aCsvBatchReadsItsQueryColumn() {
    RawPost.Answer answer = post(
        "/api/batch?lines=names", "text/csv", "id,Query\n1,Baghdad\n2,\"Kata'ib, Hezbollah\"\n");
    assertEquals(
        "{\"rows\":[{\"line\":1,\"query\":\"Baghdad\",\"matched_as\":\"place\",\"total\":3,\"first\":\"2019-12-06\",\"last\":\"2020-02-20\",\"outlets\":[{\"name\":\"AP\",\"count\":2},{\"name\":\"Reuters\",\"count\":1}],\"search_url\":\"?f.place=baghdad\",\"error\":null},{\"line\":2,\"query\":\"Kata'ib, Hezbollah\",\"matched_as\":\"org\",\"total\":2,\"first\":\"2019-12-31\",\"last\":\"2020-02-03\",\"outlets\":[{\"name\":\"Reuters\",\"count\":2}],\"search_url\":\"?f.org=kataib+hezbollah\",\"error\":null}]}",
        answer.body());
  }

  @Test
  void aJsonBatchReadsItsQueries() {
    RawPost.Answer answer =
        post("/api/batch", "application/json", "{\"queries\":[\"embassy\", \"title:(\"]}");
    assertEquals(
        "{\"rows\":[{\"line\":1,\"query\":\"embassy\",\"matched_as\":null,\"total\":4,\"first\":\"2019-12-31\",\"last\":\"2020-02-20\",\"outlets\":[{\"name\":\"Reuters\",\"count\":2},{\"name\":\"AP\",\"count\":1},{\"name\":\"Morgue & Co\",\"count\":1}],\"search_url\":\"?q=embassy\",\"error\":null},{\"line\":2,\"query\":\"title:(\",\"matched_as\":null,\"total\":null,\"first\":null,\"last\":null,\"outlets\":[],\"search_url\":null,\"error\":{\"code\":\"invalid_query\",\"message\":\"the query ends unexpectedly\",\"position\":7}}]}",
        answer.body());
  }

  @Test
  void aFormPostIsRefusedWith415() {
    RawPost.Answer answer = post("/api/batch", "application/x-www-form-urlencoded", "q=x");
    assertEquals(415, answer.status());
    assertEquals(
        "{\"error\":{\"code\":\"unsupported_media_type\",\"message\":\"send the batch as text/plain (one query a line), text/csv (a 'query' column) or application/json ({\\\"queries\\\": [...]}), not 'application/x-www-form-urlencoded'\"}}",
        answer.body());
  }

  private static String error(String message) {
    return "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"" + message + "\"}}";
  }

  @Test
  void badBatchesAre400sBeforeAnyLineRuns() {
    assertEquals(
        error("the batch has no queries"),
        post("/api/batch", "text/plain", "\n \n").body());
    assertEquals(
        error("the batch has 10001 queries; at most 10000 are searched at once"),
        post("/api/batch", "text/plain", "x\n".repeat(10_001)).body());
    assertEquals(
        error("the CSV has no 'query' column; its first line must name the columns"),
        post("/api/batch", "text/csv", "name\nBaghdad\n").body());
    assertEquals(
        error("lines must be one of query, names, was 'x'"),
        post("/api/batch?lines=x", "text/plain", "a").body());
    RawPost.Answer notAnObject = post("/api/batch", "application/json", "[1]");
    assertEquals(400, notAnObject.status());
  }
}
