/**
 * Request counts and latency histograms by route, and their Prometheus text rendering for
 * {@code GET /api/metrics}. Pure Java: the HTTP layer records into it and serves what it renders.
 */
package org.morgue.server.metrics;
