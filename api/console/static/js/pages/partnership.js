// A partnership: facts, sources and confidence, status history, coming
// anniversaries; edit and delete by role. /partnerships/new creates one.

import { localParty, annDate } from '../format.js';
import { h, clear } from '../dom.js';
import { t, tv, pick } from '../i18n.js';
import { get, getWithETag, post, patch, del } from '../api.js';
import { pageHeader, section, table, dl, badge, link, button, confirmButton, errorBox, flash } from '../ui.js';
import { field, form, submit, values, changed, orNull } from '../forms.js';
import { forget, partners as allPartners, partnerName } from '../data.js';
import { today, addDays } from '../dates.js';
import { TYPES, STATUSES, CONFIDENCES, enumOptions } from './partnerships.js';
import { historyTable, planLink } from './partner.js';

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
    root.append(pageHeader(t('partnerships.new')));
    if (!ctx.can('editor')) {
      root.append(errorBox({ status: 403, problem: { title: 'Forbidden', title_zh: '无权执行此操作' } }));
      return;
    }
    root.append(partnershipForm(null, null, all, async (s) => {
      flash(t('common.created'));
      ctx.navigate(`/partnerships/${s.id}`, { replace: true });
    }, () => history.back(), { partner_id: ctx.query.get('partner_id') }));
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

  const body = h('div');
  const showFacts = () => clear(body).append(dl([
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
  ]));
  showFacts();

  const actions = [];
  if (ctx.can('editor')) {
    const editBtn = button(t('common.edit'), () => {
      editBtn.disabled = true;
      clear(body).append(partnershipForm(s, etag, all, () => {
        forget();
        flash(t('common.saved'));
        ctx.navigate(location.pathname, { replace: true });
      }, () => { showFacts(); editBtn.disabled = false; editBtn.focus(); }));
      body.querySelector('select, input')?.focus();
    });
    actions.push(editBtn);
  }
  if (ctx.can('admin')) {
    actions.push(confirmButton(t('common.delete'), t('partnerships.confirm_delete'), async () => {
      try {
        await del(`/partnerships/${s.id}`, etag);
        forget();
        flash(t('common.deleted'));
        ctx.navigate('/partnerships', { replace: true });
      } catch (err) {
        body.prepend(errorBox(err));
      }
    }));
  }
  root.append(pageHeader(name, ...actions));
  root.append(section(t('partners.facts'), body));
  root.append(section(t('partnerships.history'), historyTable(hist.items)));
  root.append(section(t('partners.coming_anniversaries'), table(t('partners.coming_anniversaries'), [
    { label: t('ann.date'), cell: (a) => annDate(a) },
    { label: t('ann.title'), cell: (a) => [pick(a.title_zh, a.title_en), a.milestone ? [' ', badge(t('ann.milestone'), 'milestone')] : null] },
    { label: t('ann.years'), cell: (a) => t('ann.years_n', { n: a.years }), class: 'num' },
    { label: t('common.actions'), cell: (a) => planLink(ctx, a) },
  ], mine, { captionHidden: true, rowHeader: false, empty: t('dash.no_anniversaries') })));
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
  return form(async (f) => {
    const x = values(f);
    const sources = [];
    for (let i = 0; i < rows.children.length; i += 1) {
      const url = x[`sources[${i}].url`];
      const note = x[`sources[${i}].note`];
      if (url || note) sources.push(Object.fromEntries(Object.entries({ url, note }).filter(([, y]) => y)));
    }
    const body = {
      partner_id: x.partner_id ? Number(x.partner_id) : null,
      local_party: x.local_party || undefined,
      type: x.type, status: x.status,
      established_on: orNull(x.established_on), ended_on: orNull(x.ended_on),
      confidence: x.confidence, sources, notes: orNull(x.notes),
    };
    if (s) {
      if (body.local_party === undefined) delete body.local_party;
      const diff = changed(s, body);
      if (!Object.keys(diff).length) {
        onDone(s);
        return;
      }
      const { data } = await patch(`/partnerships/${s.id}`, diff, etag);
      onDone(data);
    } else {
      for (const k of Object.keys(body)) if (body[k] === null || body[k] === undefined) delete body[k];
      const { data } = await post('/partnerships', body);
      forget();
      onDone(data);
    }
  }, [
    field({ label: t('partnerships.partner'), name: 'partner_id', type: 'select', value: v.partner_id, required: true,
      options: [{ value: '', label: t('common.choose') }, ...all.items.map((p) => ({ value: p.id, label: partnerName(p) })).sort((a, b) => a.label.localeCompare(b.label))] }),
    field({ label: t('partnerships.local_party'), name: 'local_party', value: v.local_party, hint: t('partnerships.local_party_hint') }),
    field({ label: t('partnerships.type'), name: 'type', type: 'select', value: v.type, options: enumOptions('partnership_type', TYPES) }),
    field({ label: t('partnerships.status'), name: 'status', type: 'select', value: v.status, options: enumOptions('partnership_status', STATUSES) }),
    field({ label: t('partnerships.established_on'), name: 'established_on', value: v.established_on, hint: t('date.partial_hint'), placeholder: 'YYYY-MM-DD' }),
    field({ label: t('partnerships.ended_on'), name: 'ended_on', value: v.ended_on, hint: t('partnerships.ended_on_hint'), placeholder: 'YYYY-MM-DD' }),
    field({ label: t('partnerships.confidence'), name: 'confidence', type: 'select', value: v.confidence, options: enumOptions('confidence', CONFIDENCES) }),
    h('fieldset', { class: 'field field-wide' }, h('legend', null, t('partnerships.sources')), rows, addSource),
    field({ label: t('common.notes'), name: 'notes', type: 'textarea', value: v.notes, wide: true, rows: 4 }),
  ], [submit(t('common.save')), button(t('common.cancel'), onCancel)], { 'aria-label': s ? t('partnerships.edit') : t('partnerships.new') });
}
