/** The exact match mode over the seed stories: exact clauses, mode=exact, their highlighting and errors. */
package org.morgue.server.exact;
