// A partner: its facts, partnerships (status history, sources, confidence),
// coming anniversaries and events; edit and delete by role. /partners/new
// is the create form.

import { h } from '../dom.js';
import { t, tv, pick } from '../i18n.js';
import { get, getWithETag } from '../api.js';
import { section, table, dl, badge, link } from '../ui.js';
import { field, orNull, enumOptions } from '../forms.js';
import { createPage, recordPage, recordForm } from '../record.js';
import { countryLabel, partnerLink } from '../data.js';
import { today, addDays } from '../dates.js';
import { eventDates, eventTitle, localParty, annDate } from '../format.js';
import { KINDS } from './partners.js';
import { sourcesList } from './partnership.js';

export async function render(ctx, root) {
  if (ctx.params.id === 'new') {
    createPage(ctx, root, t('partners.new'), '/partners', (onDone, onCancel) => partnerForm(null, null, onDone, onCancel));
    return;
  }

  const id = ctx.params.id;
  const { data: p, etag } = await getWithETag(`/partners/${encodeURIComponent(id)}`);
  const from = today();
  const [ships, evs, anns] = await Promise.all([
    get('/partnerships', { partner_id: p.id, limit: 100 }),
    get('/events', { partner_id: p.id, limit: 200 }),
    get('/anniversaries', { partner_id: p.id, from, to: addDays(from, 3652) }),
  ]);
  const histories = await Promise.all(ships.items.map((s) => get(`/partnerships/${s.id}/history`).catch(() => ({ items: [] }))));

  recordPage(ctx, root, {
    title: pick(p.name_zh, p.name_en),
    subtitle: h('p', { class: 'subtitle' }, [p.name_en, p.name_local].filter((x) => x && x !== pick(p.name_zh, p.name_en)).join(' · ')),
    edit: (onDone, onCancel) => partnerForm(p, etag, onDone, onCancel),
    extra: [link(`/partnerships/new?partner_id=${p.id}`, t('partnerships.new'), { class: 'btn' })],
    remove: { path: `/partners/${p.id}`, etag, confirm: t('partners.confirm_delete'), then: '/partners' },
    facts: () => [
      [t('partners.name_zh'), p.name_zh],
      [t('partners.name_en'), p.name_en],
      [t('partners.name_local'), p.name_local],
      [t('partners.kind'), tv('partner_kind', p.kind)],
      [t('partners.country'), countryLabel(p.country)],
      [t('partners.admin_area'), p.admin_area],
      [t('partners.timezone'), p.timezone],
      [t('partners.website'), p.website ? h('a', { href: p.website, rel: 'noopener noreferrer', target: '_blank' }, p.website) : null],
      [t('common.notes'), p.notes ? h('span', { class: 'prewrap' }, p.notes) : null],
      [t('common.version'), String(p.version)],
    ],
  });

  root.append(section(t('nav.partnerships'), ships.items.length
    ? ships.items.map((s, i) => h('article', { class: 'card' },
      h('h3', null, h('a', { href: `/partnerships/${s.id}` }, `${localParty(s.local_party)} — ${pick(p.name_zh, p.name_en)}`), ' ',
        badge(tv('partnership_type', s.type)), ' ', badge(tv('partnership_status', s.status), `status-${s.status}`)),
      dl([
        [t('partnerships.established_on'), s.established_on || t('partnerships.unknown_date')],
        [t('partnerships.ended_on'), s.ended_on],
        [t('partnerships.confidence'), badge(tv('confidence', s.confidence), `conf-${s.confidence}`)],
      ]),
      h('h4', null, t('partnerships.sources')),
      sourcesList(s.sources),
      h('h4', null, t('partnerships.history')),
      historyTable(histories[i].items)))
    : h('p', { class: 'muted' }, t('partnerships.none'))));

  const y = Number(from.slice(0, 4));
  root.append(section(t('partners.coming_anniversaries'), anniversaryTable(ctx, t('partners.coming_anniversaries'), anns.items),
  h('p', null, link(`/anniversaries?partner_id=${p.id}&from=${y - 9}-01-01&to=${y}-12-31`, t('partners.past_anniversaries')))));

  root.append(section(t('nav.events'), table(t('nav.events'), [
    { label: t('events.date'), cell: (e) => eventDates(e) },
    { label: t('events.title'), cell: (e) => h('a', { href: `/events/${e.id}` }, eventTitle(e)) },
    { label: t('events.kind'), cell: (e) => tv('event_kind', e.kind) },
    { label: t('events.status'), cell: (e) => tv('event_status', e.status) },
  ], evs.items, { captionHidden: true, rowHeader: false, empty: t('events.none') })));
}

/** planLink offers the anniversary-series plan for a partnership's anniversary. */
export function planLink(ctx, a) {
  if (a.source !== 'partnership' || !ctx.can('editor')) return '';
  const year = a.date.slice(0, 4);
  return h('a', { href: `/plans?template=anniversary_series&partnership_id=${a.source_id}&year=${year}` }, t('ann.plan_series'));
}

/**
 * anniversaryTable: date, title (逢五逢十 milestones marked), years, the
 * partner (given opts.partners, a map by id) and the plan link (only for
 * an editor with opts.editorActions).
 */
export function anniversaryTable(ctx, caption, items, opts = {}) {
  return table(caption, [
    { label: t('ann.date'), cell: (a) => annDate(a) },
    { label: t('ann.title'), cell: (a) => [pick(a.title_zh, a.title_en), a.milestone ? [' ', badge(t('ann.milestone'), 'milestone')] : null] },
    { label: t('ann.years'), cell: (a) => t('ann.years_n', { n: a.years }), class: 'num' },
    opts.partners ? { label: t('ann.partner'), cell: (a) => partnerLink(opts.partners.get(a.partner_id)) || '—' } : null,
    opts.editorActions && !ctx.can('editor') ? null : { label: t('common.actions'), cell: (a) => planLink(ctx, a) },
  ].filter(Boolean), items, { captionHidden: true, rowHeader: false, empty: t('dash.no_anniversaries') });
}

export function historyTable(items) {
  return table(t('partnerships.history'), [
    { label: t('history.effective_on'), cell: (x) => x.effective_on || t('partnerships.unknown_date') },
    { label: t('partnerships.status'), cell: (x) => tv('partnership_status', x.status) },
    { label: t('partnerships.type'), cell: (x) => tv('partnership_type', x.type) },
    { label: t('common.notes'), cell: (x) => x.note || '' },
    { label: t('history.actor'), cell: (x) => x.actor || '' },
  ], items, { captionHidden: true, rowHeader: false, empty: t('history.none') });
}

/**
 * partnerForm creates (p null) or edits a partner. PATCH sends only the
 * fields the person changed, with If-Match; the server validates.
 */
export function partnerForm(p, etag, onDone, onCancel) {
  const v = p || { kind: 'city' };
  return recordForm({
    path: '/partners', record: p, etag, onDone, onCancel, label: p ? t('partners.edit') : t('partners.new'),
    body: (x) => ({
      name_zh: orNull(x.name_zh), name_en: x.name_en, name_local: orNull(x.name_local), kind: x.kind,
      country: orNull(x.country.toUpperCase()), admin_area: orNull(x.admin_area), timezone: orNull(x.timezone),
      website: orNull(x.website), notes: orNull(x.notes),
    }),
    fields: [
      field({ label: t('partners.name_zh'), name: 'name_zh', value: v.name_zh }),
      field({ label: t('partners.name_en'), name: 'name_en', value: v.name_en, required: true }),
      field({ label: t('partners.name_local'), name: 'name_local', value: v.name_local, hint: t('partners.name_local_hint') }),
      field({ label: t('partners.kind'), name: 'kind', type: 'select', value: v.kind, options: enumOptions('partner_kind', KINDS) }),
      field({ label: t('partners.country'), name: 'country', value: v.country, hint: t('partners.country_hint'), attrs: { maxlength: 2, autocapitalize: 'characters' } }),
      field({ label: t('partners.admin_area'), name: 'admin_area', value: v.admin_area }),
      field({ label: t('partners.timezone'), name: 'timezone', value: v.timezone, hint: t('partners.timezone_hint') }),
      field({ label: t('partners.website'), name: 'website', type: 'url', value: v.website }),
      field({ label: t('common.notes'), name: 'notes', type: 'textarea', value: v.notes, wide: true, rows: 4 }),
    ],
  });
}
