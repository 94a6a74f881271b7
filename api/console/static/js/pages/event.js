// An event: facts, linked partners, and the edit form; /events/new creates
// one. An idea (设想) may carry a partial date (YYYY or YYYY-MM).

import { h } from '../dom.js';
import { t, tv } from '../i18n.js';
import { getWithETag } from '../api.js';
import { badge } from '../ui.js';
import { field, orNull, checkboxGroup, enumOptions } from '../forms.js';
import { createPage, recordPage, recordForm } from '../record.js';
import { partners as allPartners, partnerOptions, partnerLink } from '../data.js';
import { eventDates, eventTitle } from '../format.js';
import { KINDS, STATUSES, FORMATS } from './events.js';
import { sourcesList } from './partnership.js';

export async function render(ctx, root) {
  const all = await allPartners();
  if (ctx.params.id === 'new') {
    const preset = { partner_ids: ctx.query.get('partner_id') ? [Number(ctx.query.get('partner_id'))] : [], start_date: ctx.query.get('date') || '' };
    createPage(ctx, root, t('events.new'), '/events', (onDone, onCancel) => eventForm(null, null, all, onDone, onCancel, preset));
    return;
  }

  const { data: e, etag } = await getWithETag(`/events/${encodeURIComponent(ctx.params.id)}`);
  recordPage(ctx, root, {
    title: eventTitle(e),
    edit: (onDone, onCancel) => eventForm(e, etag, all, onDone, onCancel),
    remove: { path: `/events/${e.id}`, etag, confirm: t('events.confirm_delete'), then: '/events' },
    facts: () => [
      [t('events.title_zh'), e.title_zh],
      [t('events.title_en'), e.title_en],
      [t('events.date'), eventDates(e)],
      [t('events.kind'), tv('event_kind', e.kind)],
      [t('events.status'), badge(tv('event_status', e.status), `ev-${e.status}`)],
      [t('events.format'), tv('event_format', e.format)],
      [t('events.partners'), e.partner_ids.length ? e.partner_ids.map((id) => all.byId.get(id)).filter(Boolean).map((p, i) => [i ? '、' : '', partnerLink(p)]) : null],
      [t('events.tags'), e.tags && e.tags.length ? e.tags.join('、') : null],
      [t('events.location'), e.location],
      [t('events.organizer'), e.organizer],
      [t('events.participants'), e.participants === null || e.participants === undefined ? null : String(e.participants)],
      [t('events.description'), e.description ? h('span', { class: 'prewrap' }, e.description) : null],
      [t('partnerships.sources'), e.sources && e.sources.length ? sourcesList(e.sources) : null],
      [t('events.plan'), e.plan_id ? h('a', { href: `/plans/${e.plan_id}` }, t('events.plan_n', { id: e.plan_id })) : null],
      [t('common.version'), String(e.version)],
    ],
  });
}

/** eventForm creates (e null) or edits an event; the server validates. */
export function eventForm(e, etag, all, onDone, onCancel, preset = {}) {
  const v = e || { kind: 'culture', status: 'planned', format: 'in_person', partner_ids: preset.partner_ids || [], start_date: preset.start_date };
  return recordForm({
    path: '/events', record: e, etag, onDone, onCancel, label: e ? t('events.edit') : t('events.new'),
    body: (x) => {
      const body = {
        title_zh: orNull(x.title_zh), title_en: orNull(x.title_en), kind: x.kind, status: x.status, format: x.format,
        start_date: x.start_date, end_date: orNull(x.end_date), start_time: orNull(x.start_time), timezone: orNull(x.timezone),
        partner_ids: (x.partner_ids || []).map(Number).sort((a, b) => a - b), location: orNull(x.location), organizer: orNull(x.organizer),
        description: orNull(x.description), participants: x.participants === '' ? null : Number(x.participants),
        tags: x.tags.split(/[,，、;；]/).map((y) => y.trim()).filter(Boolean),
      };
      if (Number.isNaN(body.participants)) body.participants = x.participants;
      // An empty end date means "same day": unchanged unless the start moved.
      if (e && !x.end_date && body.start_date === e.start_date && (!e.end_date || e.end_date === e.start_date)) body.end_date = e.end_date;
      if (!e && !body.tags.length) delete body.tags;
      return body;
    },
    fields: [
      field({ label: t('events.title_zh'), name: 'title_zh', value: v.title_zh, wide: true }),
      field({ label: t('events.title_en'), name: 'title_en', value: v.title_en, wide: true, hint: t('events.title_hint') }),
      field({ label: t('events.kind'), name: 'kind', type: 'select', value: v.kind, options: enumOptions('event_kind', KINDS) }),
      field({ label: t('events.status'), name: 'status', type: 'select', value: v.status, options: enumOptions('event_status', STATUSES), hint: t('events.status_hint') }),
      field({ label: t('events.start_date'), name: 'start_date', value: v.start_date, required: true, placeholder: 'YYYY-MM-DD', hint: t('events.start_date_hint') }),
      field({ label: t('events.end_date'), name: 'end_date', value: v.end_date && v.end_date !== v.start_date ? v.end_date : '', placeholder: 'YYYY-MM-DD', hint: t('events.end_date_hint') }),
      field({ label: t('events.format'), name: 'format', type: 'select', value: v.format, options: enumOptions('event_format', FORMATS) }),
      field({ label: t('events.start_time'), name: 'start_time', type: 'time', value: v.start_time, hint: t('events.start_time_hint') }),
      field({ label: t('events.timezone'), name: 'timezone', value: v.timezone, placeholder: 'Asia/Shanghai' }),
      field({ label: t('events.participants'), name: 'participants', type: 'number', value: v.participants, min: 0, inputmode: 'numeric' }),
      checkboxGroup(t('events.partners'), 'partner_ids', partnerOptions(all), v.partner_ids || []),
      field({ label: t('events.tags'), name: 'tags', value: (v.tags || []).join('、'), wide: true, hint: t('events.tags_hint') }),
      field({ label: t('events.location'), name: 'location', value: v.location }),
      field({ label: t('events.organizer'), name: 'organizer', value: v.organizer }),
      field({ label: t('events.description'), name: 'description', type: 'textarea', value: v.description, wide: true, rows: 4 }),
    ],
  });
}
