/**
 * The {@code serve} command and its configuration: wires the Lucene search service to the HTTP app.
 * The only place in the server that reads command-line arguments.
 */
package org.morgue.server;
