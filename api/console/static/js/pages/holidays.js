// 节假日 Holidays: one country's year, with China's make-up workdays (调休)
// and a warning when the year's data is not complete.

import { h } from '../dom.js';
import { t, tv, pick, isZh } from '../i18n.js';
import { get } from '../api.js';
import { pageHeader, table, notice, dl, badge } from '../ui.js';
import { field } from '../forms.js';
import { filterForm } from '../lists.js';
import { holidayCountries, countryLabel } from '../data.js';
import { today, weekday } from '../dates.js';
import { homeCountry } from '../config.js';

export async function render(ctx, root) {
  const q = ctx.query;
  const country = (q.get('country') || homeCountry()).toUpperCase();
  const year = /^\d{4}$/.test(q.get('year') || '') ? q.get('year') : today().slice(0, 4);
  const countries = await holidayCountries();
  root.append(pageHeader(t('nav.holidays')));

  const choose = filterForm(ctx, { label: t('holidays.choose'), submit: t('common.show'), search: false }, [
    field({ label: t('partners.country'), name: 'country', type: 'select', value: country,
      options: countries.map((c) => ({ value: c.country, label: countryLabel(c.country) })).sort((a, b) => a.label.localeCompare(b.label)) }),
    field({ label: t('plans.year'), name: 'year', type: 'number', value: year, min: 1900, max: 2200, inputmode: 'numeric' }),
  ]);
  root.append(choose);

  const data = await get('/holidays', { country, year });
  if (data.complete === false) {
    root.append(notice([t('dash.holiday_incomplete', { country: countryLabel(country), year }),
      (data.note || data.note_zh) ? h('p', null, pick(data.note_zh, data.note)) : null], 'warn'));
  }
  root.append(dl([
    [t('holidays.source'), data.source],
    [t('holidays.complete'), data.complete ? t('common.yes') : t('common.no')],
    [t('holidays.overridden'), data.overridden ? t('common.yes') : null],
  ]));
  root.append(table(t('holidays.caption', { country: countryLabel(country), year }), [
    { label: t('ann.date'), cell: (it) => `${it.date} ${t(`weekday.long_${weekday(it.date)}`)}` },
    { label: t('holidays.name'), cell: (it) => [
      isZh() ? (it.name_zh || (country === 'CN' ? it.name_local : '') || it.name_en) : it.name_en,
      it.name_local && it.name_local !== it.name_en && !(isZh() && country === 'CN') ? h('span', { class: 'muted' }, ` · ${it.name_local}`) : null] },
    { label: t('holidays.kind'), cell: (it) => badge(tv('holiday_kind', it.kind), `hol-${it.kind}`) },
  ], data.items, { empty: t('holidays.none') }));
}
