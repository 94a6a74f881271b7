// Civil dates as the API writes them (YYYY-MM-DD), computed in the browser's
// calendar without time zones getting in the way.

export function pad(n) {
  return String(n).padStart(2, '0');
}

/** iso formats a Date's local civil date. */
export function iso(d) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** parse reads YYYY-MM-DD as a local Date (noon, so DST never shifts the day). */
export function parse(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || '');
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

export function today() {
  return iso(new Date());
}

export function addDays(s, n) {
  const d = parse(s);
  d.setDate(d.getDate() + n);
  return iso(d);
}

/** monthStart / monthEnd of a YYYY-MM (or a date inside it). */
export function monthStart(ym) {
  return `${ym.slice(0, 7)}-01`;
}

export function monthEnd(ym) {
  const [y, m] = ym.slice(0, 7).split('-').map(Number);
  return `${ym.slice(0, 7)}-${pad(new Date(y, m, 0).getDate())}`;
}

export function addMonths(ym, n) {
  const [y, m] = ym.slice(0, 7).split('-').map(Number);
  const d = new Date(y, m - 1 + n, 1, 12);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

/** weekday 0 (Sunday) .. 6 of a YYYY-MM-DD. */
export function weekday(s) {
  return parse(s).getDay();
}

/** range lists the days from a to b inclusive. */
export function range(a, b) {
  const out = [];
  for (let d = a; d <= b; d = addDays(d, 1)) out.push(d);
  return out;
}
