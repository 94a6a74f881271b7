// Lookups several pages share, kept for a short while so a page does not
// fetch every partner again on each click. Writes call forget().

import { getAll, get } from './api.js';
import { pick, countryName } from './i18n.js';
import { h } from './dom.js';

const TTL = 30000;
// A country's holidays change only when an admin loads an override (REST
// or CLI), so pages share them longer: the dashboard, the month calendar
// and a plan ask for the same country-years.
const HOLIDAY_TTL = 600000;
const cache = new Map();

function cached(key, load, ttl = TTL) {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < ttl) return hit.value;
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

/**
 * holidayStatus: whether each country's holidays of each year are complete
 * (GET /holidays/status, one request; at most 60 countries and 5 years),
 * kept as long as the holidays themselves.
 */
export function holidayStatus(countries, years) {
  return cached(`hol-status-${countries}-${years}`,
    () => get('/holidays/status', { countries: countries.join(','), years: years.join(',') }).then((r) => r.items), HOLIDAY_TTL);
}

/** holidays of one country and year (null when the API has none). */
export function holidays(country, year) {
  return cached(`hol-${country}-${year}`, () => get('/holidays', { country, year }), HOLIDAY_TTL);
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

/** sortedOptions sorts a select's options by label, with an optional first entry ("any", "choose"). */
function sortedOptions(opts, firstLabel) {
  opts.sort((a, b) => a.label.localeCompare(b.label));
  return firstLabel ? [{ value: '', label: firstLabel }, ...opts] : opts;
}

/** countryOptions for a select, sorted by name, with an "any" first entry. */
export function countryOptions(codes, anyLabel) {
  return sortedOptions([...new Set(codes.filter(Boolean))].map((c) => ({ value: c, label: countryLabel(c) })), anyLabel);
}

/** partnerOptions: every partner (from partners()) for a select, sorted by name, with an optional first entry. */
export function partnerOptions(all, firstLabel) {
  return sortedOptions(all.items.map((p) => ({ value: p.id, label: partnerName(p) })), firstLabel);
}
