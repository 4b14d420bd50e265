/**
 * Cleaning scraped text before anything else sees it: page furniture, repeated captions, stray
 * markup; and finding the headline, dateline, byline and outlet that lead or close a plain-text story.
 */
package org.morgue.indexer.clean;
