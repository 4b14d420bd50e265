/**
 * Morgue on an OpenSearch cluster, indexing side: a small client on Apache HttpClient's blocking pooled
 * connections and Jackson, the index settings and mapping (Morgue's analysis chain as a custom analyzer), and the
 * loader that ships a finished build into a stamped index and publishes it by one alias swap.
 */
package org.morgue.indexer.opensearch;
