/**
 * A real server process under a real indexer process: searches during updates, and the load driver
 * ({@link org.morgue.server.live.LoadDriver}, a program, not a test) that measures a server under an update.
 */
package org.morgue.server.live;
