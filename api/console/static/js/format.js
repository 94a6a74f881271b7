// How records read in a list, in the reader's language.

import { pick, t } from './i18n.js';
import { localPartyZH } from './config.js';

/** eventTitle in the reader's language. */
export function eventTitle(e) {
  return pick(e.title_zh, e.title_en);
}

/** eventDates: "2022-05-18", "2022-05-09 – 2022-05-29", "2022-05 (day unknown)". */
export function eventDates(e) {
  let s = e.start_date || '';
  if (e.precision && e.precision !== 'day') s = t(`date.partial_${e.precision}`, { date: s });
  if (e.end_date && e.end_date !== e.start_date) s += ` – ${e.end_date}`;
  if (e.start_time) s += ` ${e.start_time}${e.timezone ? ` (${e.timezone})` : ''}`;
  return s;
}

/** localParty: "威海" in Chinese, "Weihai" in English. */
export function localParty(name) {
  return pick(localPartyZH(name), name);
}

/** annDate: an anniversary's date, saying when only the year or month is known. */
export function annDate(a) {
  if (a.precision && a.precision !== 'day') return t(`date.partial_${a.precision}`, { date: a.date });
  return a.date;
}
