// Lookups several pages share, kept for a short while so a page does not
// fetch every partner again on each click. Writes call forget().

import { getAll, get } from './api.js';
import { pick, countryName } from './i18n.js';
import { h } from './dom.js';

const TTL = 30000;
const cache = new Map();

function cached(key, load) {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL) return hit.value;
  const value = load();
  cache.set(key, { at: Date.now(), value });
  value.catch(() => cache.delete(key));
  return value;
}

/** forget drops cached lookups (after a write). */
export function forget() {
  cache.clear();
}

/** partners: every partner, and a map by id. */
export function partners() {
  return cached('partners', async () => {
    const items = await getAll('/partners');
    return { items, byId: new Map(items.map((p) => [p.id, p])) };
  });
}

export function partnerships() {
  return cached('partnerships', async () => {
    const items = await getAll('/partnerships');
    return { items, byId: new Map(items.map((p) => [p.id, p])) };
  });
}

export function holidayCountries() {
  return cached('holiday-countries', () => get('/holidays/countries').then((r) => r.items));
}

/** holidays of one country and year (null when the API has none). */
export function holidays(country, year) {
  return cached(`hol-${country}-${year}`, () => get('/holidays', { country, year }));
}

/** partnerName in the reader's language. */
export function partnerName(p) {
  if (!p) return '';
  return pick(p.name_zh, p.name_en);
}

/** partnerLink: the partner's name linking to its page. */
export function partnerLink(p) {
  if (!p) return '';
  return h('a', { href: `/partners/${p.id}` }, partnerName(p));
}

/** countryLabel: "日本 (JP)". */
export function countryLabel(code) {
  if (!code) return '';
  const n = countryName(code);
  return n && n !== code ? `${n} (${code})` : code;
}

/** countryOptions for a select, sorted by name, with an "any" first entry. */
export function countryOptions(codes, anyLabel) {
  const uniq = [...new Set(codes.filter(Boolean))];
  const opts = uniq.map((c) => ({ value: c, label: countryLabel(c) })).sort((a, b) => a.label.localeCompare(b.label));
  return anyLabel ? [{ value: '', label: anyLabel }, ...opts] : opts;
}
