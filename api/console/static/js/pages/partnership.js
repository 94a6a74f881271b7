// A partnership: facts, sources and confidence, status history, coming
// anniversaries; edit and delete by role. /partnerships/new creates one.

import { localParty } from '../format.js';
import { h } from '../dom.js';
import { t, tv, pick } from '../i18n.js';
import { get, getWithETag } from '../api.js';
import { section, badge, button } from '../ui.js';
import { field, orNull, enumOptions } from '../forms.js';
import { createPage, recordPage, recordForm } from '../record.js';
import { partners as allPartners, partnerOptions } from '../data.js';
import { today, addDays } from '../dates.js';
import { TYPES, STATUSES, CONFIDENCES } from './partnerships.js';
import { historyTable, anniversaryTable } from './partner.js';

/** sourcesList shows a record's sources (links open in a new tab). */
export function sourcesList(sources) {
  if (!sources || !sources.length) return h('p', { class: 'muted' }, t('partnerships.no_sources'));
  return h('ul', { class: 'sources' }, sources.map((s) => h('li', null,
    s.url ? h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.url) : null,
    s.url && s.note ? ' — ' : null,
    s.note || null)));
}

export async function render(ctx, root) {
  const all = await allPartners();
  if (ctx.params.id === 'new') {
    createPage(ctx, root, t('partnerships.new'), '/partnerships',
      (onDone, onCancel) => partnershipForm(null, null, all, onDone, onCancel, { partner_id: ctx.query.get('partner_id') }));
    return;
  }

  const { data: s, etag } = await getWithETag(`/partnerships/${encodeURIComponent(ctx.params.id)}`);
  const from = today();
  const [hist, anns] = await Promise.all([
    get(`/partnerships/${s.id}/history`),
    get('/anniversaries', { partner_id: s.partner_id, from, to: addDays(from, 3652), status: s.status }),
  ]);
  const mine = anns.items.filter((a) => a.source === 'partnership' && a.source_id === s.id);
  const name = `${localParty(s.local_party)} — ${pick(s.partner.name_zh, s.partner.name_en)}`;

  recordPage(ctx, root, {
    title: name,
    edit: (onDone, onCancel) => partnershipForm(s, etag, all, onDone, onCancel),
    remove: { path: `/partnerships/${s.id}`, etag, confirm: t('partnerships.confirm_delete'), then: '/partnerships' },
    facts: () => [
      [t('partnerships.partner'), h('a', { href: `/partners/${s.partner_id}` }, pick(s.partner.name_zh, s.partner.name_en))],
      [t('partnerships.local_party'), localParty(s.local_party)],
      [t('partnerships.type'), tv('partnership_type', s.type)],
      [t('partnerships.status'), badge(tv('partnership_status', s.status), `status-${s.status}`)],
      [t('partnerships.established_on'), s.established_on || t('partnerships.unknown_date')],
      [t('partnerships.ended_on'), s.ended_on],
      [t('partnerships.confidence'), badge(tv('confidence', s.confidence), `conf-${s.confidence}`)],
      [t('partnerships.sources'), sourcesList(s.sources)],
      [t('common.notes'), s.notes ? h('span', { class: 'prewrap' }, s.notes) : null],
      [t('common.version'), String(s.version)],
    ],
  });
  root.append(section(t('partnerships.history'), historyTable(hist.items)));
  root.append(section(t('partners.coming_anniversaries'), anniversaryTable(ctx, t('partners.coming_anniversaries'), mine)));
}

function sourceRow(i, s = {}) {
  return h('div', { class: 'source-row', role: 'group', 'aria-label': t('partnerships.source_n', { n: i + 1 }) },
    field({ label: t('partnerships.source_url'), name: `sources[${i}].url`, type: 'url', value: s.url }),
    field({ label: t('partnerships.source_note'), name: `sources[${i}].note`, value: s.note }));
}

/** partnershipForm creates (s null) or edits a partnership. */
export function partnershipForm(s, etag, all, onDone, onCancel, preset = {}) {
  const v = s || { type: 'sister_city', status: 'active', confidence: 'confirmed', partner_id: preset.partner_id, local_party: '' };
  const rows = h('div', { class: 'sources-rows', 'data-name': 'sources' });
  const srcs = (v.sources && v.sources.length) ? v.sources : [{}];
  srcs.forEach((x, i) => rows.append(sourceRow(i, x)));
  const addSource = button(t('partnerships.add_source'), () => {
    rows.append(sourceRow(rows.children.length));
    rows.lastChild.querySelector('input').focus();
  });
  return recordForm({
    path: '/partnerships', record: s, etag, onDone, onCancel, label: s ? t('partnerships.edit') : t('partnerships.new'),
    body: (x) => {
      const sources = [];
      for (let i = 0; i < rows.children.length; i += 1) {
        const url = x[`sources[${i}].url`];
        const note = x[`sources[${i}].note`];
        if (url || note) sources.push(Object.fromEntries(Object.entries({ url, note }).filter(([, y]) => y)));
      }
      return {
        partner_id: x.partner_id ? Number(x.partner_id) : null,
        local_party: x.local_party || undefined,
        type: x.type, status: x.status,
        established_on: orNull(x.established_on), ended_on: orNull(x.ended_on),
        confidence: x.confidence, sources, notes: orNull(x.notes),
      };
    },
    fields: [
      field({ label: t('partnerships.partner'), name: 'partner_id', type: 'select', value: v.partner_id, required: true, options: partnerOptions(all, t('common.choose')) }),
      field({ label: t('partnerships.local_party'), name: 'local_party', value: v.local_party, hint: t('partnerships.local_party_hint') }),
      field({ label: t('partnerships.type'), name: 'type', type: 'select', value: v.type, options: enumOptions('partnership_type', TYPES) }),
      field({ label: t('partnerships.status'), name: 'status', type: 'select', value: v.status, options: enumOptions('partnership_status', STATUSES) }),
      field({ label: t('partnerships.established_on'), name: 'established_on', value: v.established_on, hint: t('date.partial_hint'), placeholder: 'YYYY-MM-DD' }),
      field({ label: t('partnerships.ended_on'), name: 'ended_on', value: v.ended_on, hint: t('partnerships.ended_on_hint'), placeholder: 'YYYY-MM-DD' }),
      field({ label: t('partnerships.confidence'), name: 'confidence', type: 'select', value: v.confidence, options: enumOptions('confidence', CONFIDENCES) }),
      h('fieldset', { class: 'field field-wide' }, h('legend', null, t('partnerships.sources')), rows, addSource),
      field({ label: t('common.notes'), name: 'notes', type: 'textarea', value: v.notes, wide: true, rows: 4 }),
    ],
  });
}
