/**
 * The thin Javalin layer: routes, parameter parsing into request records, JSON mapping, the one
 * exception mapper, security headers and the static page.
 */
package org.morgue.server.http;
