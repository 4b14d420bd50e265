// The API's vocabulary for the page's tests: test/vocabulary.json is what GET /api/vocabulary answers
// (VocabularyTest on the server side holds the two equal), so these tests use the API's names.
import { readFileSync } from 'node:fs';
import { useVocabulary } from '../src/state.js';

export const VOCABULARY = JSON.parse(readFileSync(new URL('./vocabulary.json', import.meta.url), 'utf8'));
useVocabulary(VOCABULARY);
