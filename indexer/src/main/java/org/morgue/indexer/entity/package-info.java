/**
 * Named-entity extraction (Stanford CoreNLP's CRF tagger) and canonical names: the people,
 * organizations and places a story mentions, with spelling variants merged under one key: within
 * a story ({@code Canonicalizer}), through a curated alias table ({@code Aliases}) and across the
 * archive ({@code ArchiveNames}).
 */
package org.morgue.indexer.entity;
