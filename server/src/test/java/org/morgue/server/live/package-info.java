/**
 * A real server process under a real indexer process: searches from several clients go on while an
 * update is published, and the server follows it without a restart or a failed request. The 60 s
 * load run of the same situation is {@code server/src/test/load/load-during-update.sh} (wrk; a
 * measurement, not a test).
 */
package org.morgue.server.live;
