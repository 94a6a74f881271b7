// 节假日修订 Holiday overrides (admin): the office's own schedules for a
// country's year (e.g. the State Council notice for next year), loaded
// from the same JSON file `youcheng holidays import` reads, listed,
// downloaded as that file again, and deleted (the built-in days apply).

import { h } from '../dom.js';
import { t, tv } from '../i18n.js';
import { put, qs, ApiError } from '../api.js';
import { pageHeader, section, notice, link, flash } from '../ui.js';
import { field, form, submit } from '../forms.js';
import { revocableList } from '../lists.js';
import { countryLabel, forget } from '../data.js';
import { localTime } from './admin-audit.js';

// The path of one override's year: /holidays/CN/2026[?region=XX-YY].
const yearPath = (country, year, region) =>
  `/holidays/${encodeURIComponent(country)}/${encodeURIComponent(year)}${qs({ region })}`;

// fileOf is the override as an import file (what `youcheng holidays
// import` takes): country, region, year and the PUT body.
function fileOf(x) {
  const { country, region, year, mode, source, complete, items } = x;
  return { country, ...(region ? { region } : {}), year, mode, source, complete, items };
}

// download: a link saving the override as holidays-cc[-region]-year.json.
function download(x) {
  const name = `holidays-${[x.country, x.region, x.year].filter(Boolean).join('-').toLowerCase()}.json`;
  return h('a', { class: 'btn', download: name,
    href: `data:application/json;charset=utf-8,${encodeURIComponent(`${JSON.stringify(fileOf(x), null, 2)}\n`)}`,
    'aria-label': t('overrides.export_one', { country: countryLabel(x.country), year: x.year }) }, t('overrides.export'));
}

// readFile parses the chosen file; what is not a JSON object naming a
// country and a year is refused here (the server judges everything else).
async function readFile(input) {
  const file = input.files && input.files[0];
  const refuse = (detail) => new ApiError(400, { status: 400, title: 'Not a holiday file', title_zh: '不是节假日文件', detail });
  if (!file) throw refuse(t('overrides.choose_file'));
  let doc;
  try {
    doc = JSON.parse(await file.text());
  } catch (err) {
    throw refuse(`${t('overrides.not_json', { name: file.name })} ${err.message}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !doc.country || !doc.year) {
    throw refuse(t('overrides.no_country_year', { name: file.name }));
  }
  return doc;
}

export async function render(ctx, root) {
  root.append(pageHeader(t('nav.overrides')));
  const listBox = h('div');
  const loaded = h('div');
  const load = revocableList(listBox, {
    path: '/holidays/overrides', itemPath: (x) => yearPath(x.country, x.year, x.region),
    caption: t('nav.overrides'), empty: t('overrides.none'),
    revoke: t('common.delete'), revoked: t('overrides.deleted'),
    confirm: (x) => t('overrides.confirm_delete', { country: countryLabel(x.country), year: x.year }),
    columns: [
      { label: t('partners.country'), cell: (x) => countryLabel(x.country) },
      { label: t('overrides.region'), cell: (x) => x.region || t('overrides.national') },
      { label: t('plans.year'), cell: (x) => String(x.year), class: 'num' },
      { label: t('overrides.mode'), cell: (x) => tv('override_mode', x.mode) },
      { label: t('overrides.days'), cell: (x) => String(x.items.length), class: 'num' },
      { label: t('holidays.source'), cell: (x) => x.source },
      { label: t('overrides.updated'), cell: (x) => h('time', { datetime: x.updated_at }, localTime(x.updated_at)) },
      { label: t('overrides.file_col'), cell: download },
    ],
  });
  const f = form(async (el) => {
    loaded.replaceChildren();
    const { country, year, region, ...body } = await readFile(el.elements.file);
    const { data } = await put(yearPath(country, year, region), body);
    forget();
    el.reset();
    const where = `/holidays${qs({ country: data.country, year: data.year })}`;
    loaded.replaceChildren(notice([
      h('p', null, t('overrides.loaded', { country: countryLabel(data.country), year: data.year, n: data.items.length })),
      link(where, t('overrides.see_year', { country: countryLabel(data.country), year: data.year }))], 'ok'));
    flash(t('common.saved'));
    await load();
  }, [
    field({ label: t('overrides.file'), name: 'file', type: 'file', required: true, hint: t('overrides.file_hint'),
      attrs: { accept: '.json,application/json' }, wide: true }),
  ], [submit(t('overrides.load'))], { 'aria-label': t('overrides.load') });
  root.append(section(t('overrides.load'), f, loaded), section(t('overrides.list'), listBox));
  await load();
}
