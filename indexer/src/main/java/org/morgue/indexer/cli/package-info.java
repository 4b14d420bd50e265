/** The {@code index} command: arguments, progress bar, summary and exit codes. */
package org.morgue.indexer.cli;
