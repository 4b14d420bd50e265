/**
 * The {@code index} command: arguments, progress bar, summary and exit codes; and what every command
 * line shares ({@link org.morgue.indexer.cli.SuppressForbidden} for a main method's standard streams).
 */
package org.morgue.indexer.cli;
