package org.morgue.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.morgue.indexer.entity.EntityType.ORG;
import static org.morgue.indexer.entity.EntityType.PERSON;
import static org.morgue.indexer.entity.EntityType.PLACE;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The archive pass on hand-made stories' entities: each rule isolated, exact results. */
class ArchiveNamesTest {

  /** One story's entity: a display, its key, and {@code mentions} spans. */
  private static Entity e(EntityType type, String display, int mentions) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < mentions; i++) {
      spans.add(new Span(false, 10 * i + display.length(), 10 * i + 2 * display.length()));
    }
    return new Entity(type, Canonicalizer.key(type, display), display, spans);
  }

  private static List<String> show(List<Entity> entities) {
    return entities.stream()
        .map(x -> x.type() + ":" + x.key() + "=" + x.display() + "x" + x.spans().size())
        .toList();
  }

  @Test
  void bareSurnameTakesTheFullNameOtherStoriesUse() {
    List<List<Entity>> archive = List.of(
        List.of(e(PERSON, "Trump", 2), e(PLACE, "Iraq", 1)),
        List.of(e(PERSON, "Donald Trump", 3)),
        List.of(e(PERSON, "Donald Trump", 1)),
        List.of(e(PERSON, "Donald J. Trump", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(1, names.linkedNames());
    assertEquals(
        List.of("PERSON:donald trump=Donald Trumpx2", "PLACE:iraq=Iraqx1"),
        show(names.apply(archive.get(0))));
    assertEquals(List.of("PERSON:donald trump=Donald Trumpx3"), show(names.apply(archive.get(1))));
  }

  private static Entity aka(Entity entity, String... aliases) {
    return new Entity(
        entity.type(), entity.key(), entity.display(), entity.spans(), List.of(aliases));
  }

  @Test
  void ofAnAliasPairTheNameMoreStoriesUseIsCanonical() {
    List<List<Entity>> archive = List.of(
        List.of(aka(e(ORG, "Islamic State", 2), "isis")),
        List.of(e(ORG, "ISIS", 1)),
        List.of(e(ORG, "ISIS", 2)),
        List.of(e(ORG, "Islamic State", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(1, names.aliasedNames());
    // "isis" is named in 3 stories, "islamic state" in 2: ISIS is canonical everywhere.
    assertEquals(List.of("ORG:isis=ISISx2"), show(names.apply(archive.get(0))));
    assertEquals(List.of("ORG:isis=ISISx1"), show(names.apply(archive.get(3))));
    assertEquals(List.of("ORG:isis=ISISx2"), show(names.apply(archive.get(2))));
  }

  @Test
  void aHandleIsNeverCanonicalAndAnAmbiguousAliasJoinsNothing() {
    List<List<Entity>> archive = List.of(
        List.of(aka(e(ORG, "NATO", 1), "@nato")),
        List.of(aka(e(ORG, "Asian Development Bank", 1), "adb")),
        List.of(aka(e(ORG, "African Development Bank", 1), "adb")),
        List.of(e(ORG, "ADB", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(1, names.aliasedNames());
    assertEquals(List.of("ORG:nato=NATOx1"), show(names.apply(archive.get(0))));
    assertEquals(List.of("ORG:adb=ADBx1"), show(names.apply(archive.get(3))));
  }

  @Test
  void typeIsVotedOverTheWholeAliasGroup() {
    List<List<Entity>> archive = List.of(
        List.of(aka(e(ORG, "International Monetary Fund", 1), "imf")),
        List.of(e(PLACE, "IMF", 1)),
        List.of(e(ORG, "International Monetary Fund", 3)));
    assertEquals(
        List.of("ORG:international monetary fund=International Monetary Fundx1"),
        show(ArchiveNames.compute(archive).apply(archive.get(1))));
  }

  @Test
  void aFullNameSeenInOneOtherStoryIsNotEnough() {
    List<List<Entity>> archive =
        List.of(List.of(e(PERSON, "Trump", 1)), List.of(e(PERSON, "Donald Trump", 1)));
    assertEquals(
        List.of("PERSON:trump=Trumpx1"), show(ArchiveNames.compute(archive).apply(archive.get(0))));
  }

  @Test
  void aSurnameThatCompaniesNamesStartWithAsOftenStaysBare() {
    List<List<Entity>> archive = new ArrayList<>();
    archive.add(List.of(e(PERSON, "Phillips", 1)));
    for (int i = 0; i < 3; i++) {
      archive.add(List.of(e(PERSON, "Susan Phillips", 1)));
      archive.add(List.of(e(ORG, "Phillips Petroleum", 1)));
    }
    assertEquals(
        List.of("PERSON:phillips=Phillipsx1"),
        show(ArchiveNames.compute(archive).apply(archive.get(0))));
    // With fewer such stories than the full name's, the surname is the person's.
    archive.remove(archive.size() - 1);
    assertEquals(
        List.of("PERSON:susan phillips=Susan Phillipsx1"),
        show(ArchiveNames.compute(archive).apply(archive.get(0))));
  }

  @Test
  void aSurnameSharedByTwoCommonFullNamesStaysApart() {
    List<List<Entity>> archive = new ArrayList<>();
    archive.add(List.of(e(PERSON, "Miliband", 1)));
    for (int i = 0; i < 3; i++) {
      archive.add(List.of(e(PERSON, "Ed Miliband", 1)));
    }
    for (int i = 0; i < 2; i++) {
      archive.add(List.of(e(PERSON, "David Miliband", 1)));
    }
    assertEquals(
        List.of("PERSON:miliband=Milibandx1"),
        show(ArchiveNames.compute(archive).apply(archive.get(0))));
  }

  @Test
  void aClearlyDominantFullNameWinsOverARareOne() {
    List<List<Entity>> archive = new ArrayList<>();
    archive.add(List.of(e(PERSON, "BAKER", 1)));
    for (int i = 0; i < 6; i++) {
      archive.add(List.of(e(PERSON, "James Baker", 1)));
    }
    archive.add(List.of(e(PERSON, "Howard Baker", 1)));
    archive.add(List.of(e(PERSON, "Howard Baker", 1)));
    assertEquals(
        List.of("PERSON:james baker=James Bakerx1"),
        show(ArchiveNames.compute(archive).apply(archive.get(0))));
  }

  @Test
  void aStoryWithItsOwnFullNamesKeepsItsSurnameAsItDecided() {
    List<List<Entity>> archive = List.of(
        List.of(
            e(PERSON, "Ed Miliband", 1), e(PERSON, "David Miliband", 1), e(PERSON, "Miliband", 1)),
        List.of(e(PERSON, "Ed Miliband", 1)),
        List.of(e(PERSON, "Ed Miliband", 1)),
        List.of(e(PERSON, "Ed Miliband", 1)));
    // (The helper places shorter names first in the text.)
    assertEquals(
        List.of(
            "PERSON:miliband=Milibandx1",
            "PERSON:ed miliband=Ed Milibandx1",
            "PERSON:david miliband=David Milibandx1"),
        show(ArchiveNames.compute(archive).apply(archive.get(0))));
  }

  @Test
  void partialNamesResolveLongestFirst() {
    List<List<Entity>> archive = List.of(
        List.of(e(PERSON, "Mahdi", 1)), List.of(e(PERSON, "Abdul Mahdi", 1)),
        List.of(e(PERSON, "Adel Abdul Mahdi", 1)), List.of(e(PERSON, "Adel Abdul Mahdi", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(
        List.of("PERSON:adel abdul mahdi=Adel Abdul Mahdix1"), show(names.apply(archive.get(0))));
    assertEquals(
        List.of("PERSON:adel abdul mahdi=Adel Abdul Mahdix1"), show(names.apply(archive.get(1))));
  }

  @Test
  void eachKeyGetsOneTypeByMajorityOfMentionsAcrossTheArchive() {
    List<List<Entity>> archive = List.of(
        List.of(e(PLACE, "Trump", 1), e(ORG, "Washington", 1)),
        List.of(e(PERSON, "Trump", 3)),
        List.of(e(PLACE, "Washington", 4)),
        List.of(e(ORG, "Fallujah", 1)),
        List.of(e(PLACE, "Fallujah", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(
        List.of("PERSON:trump=Trumpx1", "PLACE:washington=Washingtonx1"),
        show(names.apply(archive.get(0))));
    // A tie goes to the first type in PERSON, ORG, PLACE order.
    assertEquals(List.of("ORG:fallujah=Fallujahx1"), show(names.apply(archive.get(4))));
  }

  @Test
  void aNameQualifiedByAPlaceIsTheBareNameWhenNoOtherPlaceQualifiesIt() {
    List<List<Entity>> archive = List.of(
        List.of(e(ORG, "Green Zone of Baghdad", 1), e(PLACE, "Baghdad", 1)),
        List.of(e(ORG, "Green Zone", 2)),
        // Two places qualify "Central Bank": two banks, neither is the bare one.
        List.of(e(ORG, "Central Bank of Iraq", 1), e(PLACE, "Iraq", 1)),
        List.of(e(ORG, "Central Bank of Kenya", 1), e(PLACE, "Kenya", 1)),
        List.of(e(ORG, "Central Bank", 1)),
        // One word is too generic; a qualifier that is no place is part of the name.
        List.of(e(ORG, "Bank of Japan", 1), e(PLACE, "Japan", 1), e(ORG, "Bank", 1)),
        List.of(e(ORG, "Food Organization of Agriculture", 1), e(ORG, "Food Organization", 1)));
    ArchiveNames names = ArchiveNames.compute(archive);
    assertEquals(
        List.of("ORG:green zone=Green Zonex1", "PLACE:baghdad=Baghdadx1"),
        show(names.apply(archive.get(0))));
    assertEquals(
        List.of("ORG:central bank of iraq=Central Bank of Iraqx1", "PLACE:iraq=Iraqx1"),
        show(names.apply(archive.get(2))));
    assertEquals(
        List.of("ORG:bank=Bankx1", "ORG:bank of japan=Bank of Japanx1", "PLACE:japan=Japanx1"),
        show(names.apply(archive.get(5))));
    assertEquals(
        List.of(
            "ORG:food organization=Food Organizationx1",
            "ORG:food organization of agriculture=Food Organization of Agriculturex1"),
        show(names.apply(archive.get(6))));
  }
}
