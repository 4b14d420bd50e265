/**
 * Named-entity extraction (Stanford CoreNLP's CRF tagger) and canonical names: the people,
 * organizations and places a story mentions, with spelling variants merged under one key.
 */
package org.morgue.indexer.entity;
