// The JSON API. Every failure becomes an ApiError carrying the server's code, message and
// (for query syntax errors) the character position, so the page can explain it in words.

import { apiSearchUrl, apiFacetValuesUrl } from './state.js';

export class ApiError extends Error {
  constructor(status, code, message, position = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.position = position;
  }
}

async function getJson(url, signal) {
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'Could not reach the Morgue server. Is it still running?');
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    // Not JSON (a proxy error page, say): reported below with the HTTP status.
  }
  if (!res.ok) {
    const err = body && typeof body.error === 'object' ? body.error : {};
    throw new ApiError(
      res.status,
      err.code ?? `http_${res.status}`,
      err.message ?? `The server answered ${res.status} ${res.statusText}.`,
      Number.isInteger(err.position) ? err.position : null,
    );
  }
  if (body === null || typeof body !== 'object') {
    throw new ApiError(res.status, 'bad_response', 'The server sent a response that is not JSON.');
  }
  return body;
}

export function searchStories(state, signal) {
  return getJson(apiSearchUrl(state), signal);
}

export function getStory(id, signal) {
  return getJson(`/api/stories/${encodeURIComponent(id)}`, signal);
}

/** Where the query matches in one story's title and body, by character offsets, in the search's match mode. */
export function getStoryHits(id, q, signal, mode = 'folded') {
  const exact = mode === 'exact' ? '&mode=exact' : '';
  return getJson(`/api/stories/${encodeURIComponent(id)}/hits?q=${encodeURIComponent(q)}${exact}`, signal);
}

/** The facet dimensions, sort orders and undated modes the API accepts, with their labels. */
/** An event thread: its stories by date with outlets, top entities and a timeline. */
export function getEvent(id, signal) {
  return getJson(`/api/events/${encodeURIComponent(id)}`, signal);
}

export function getVocabulary(signal) {
  return getJson('/api/vocabulary', signal);
}

export function getHealth(signal) {
  return getJson('/api/health', signal);
}

/** Values of one facet over the search's result set whose label or value contains `contains`. */
export function getFacetValues(state, dim, contains, size, signal) {
  return getJson(apiFacetValuesUrl(state, dim, contains, size), signal);
}

/** Stories like this one, most similar first, shaped like search hits. */
export function getSimilar(id, size, signal) {
  return getJson(`/api/stories/${encodeURIComponent(id)}/similar?size=${size}`, signal);
}
