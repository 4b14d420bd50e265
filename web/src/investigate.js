// Fetches for the investigation screens: entity profiles, networks, timelines, batch search and
// saved searches. JSON bodies only for writes: the server refuses anything else (a cross-site form
// cannot send JSON), so these calls are the only way the page writes.

import { ApiError } from './api.js';

async function call(url, { method = 'GET', body = null, type = 'application/json', signal } = {}) {
  let res;
  try {
    res = await fetch(url, { method, signal, headers: body === null ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': type }, body });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'Could not reach the Morgue server. Is it still running?');
  }
  if (res.status === 204) return null;
  let data = null;
  try { data = await res.json(); } catch { /* not JSON: reported below */ }
  if (!res.ok) {
    const err = data && typeof data.error === 'object' ? data.error : {};
    throw new ApiError(res.status, err.code ?? `http_${res.status}`, err.message ?? `The server answered ${res.status}.`,
      Number.isInteger(err.position) ? err.position : null);
  }
  return data;
}

export const getEntity = (type, key, signal) => call(`/api/entities/${encodeURIComponent(type)}/${encodeURIComponent(key)}`, { signal });
export const getNetwork = (params, signal) => call(`/api/network?${params}`, { signal });
export const getTimeline = (params, signal) => call(`/api/timeline?${params}`, { signal });
export const runBatch = (text, params) => call(`/api/batch?${params}`, { method: 'POST', body: text, type: 'text/plain; charset=utf-8' });
export const listSaved = (signal) => call('/api/saved', { signal });
export const saveSearch = (name, params) => call('/api/saved', { method: 'POST', body: JSON.stringify({ name, params }) });
export const markSeen = (id) => call(`/api/saved/${id}`, { method: 'PATCH', body: JSON.stringify({ seen: true }) });
export const deleteSaved = (id) => call(`/api/saved/${id}`, { method: 'DELETE' });

/** A CSV answer of the batch, as a Blob for download. */
export async function batchCsv(text, params) {
  const res = await fetch(`/api/batch?${params}`, { method: 'POST', body: text, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!res.ok) throw new ApiError(res.status, `http_${res.status}`, 'The batch could not be downloaded.');
  return res.blob();
}
