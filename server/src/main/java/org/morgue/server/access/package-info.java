/**
 * Access control for a shared deployment: the access file ({@code --auth FILE}) of read-only API
 * tokens and HTTP Basic users with PBKDF2 password hashes, and the check of an {@code Authorization}
 * header against it. No HTTP types here; the Javalin glue is in {@code org.morgue.server.http}.
 */
package org.morgue.server.access;
