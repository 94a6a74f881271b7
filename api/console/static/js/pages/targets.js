// 目标任务 Work-plan targets: what the year's work plan promises (e.g.
// 《海这边 海那边》5 期以上) and how far the office got — done and scheduled
// events against the promised count, with a progress bar each. Editors add
// and change targets; admins delete them.

import { h, clear } from '../dom.js';
import { t, tv, pick, num } from '../i18n.js';
import { get, getWithETag, post, patch, del } from '../api.js';
import { pageHeader, notice, badge, button, confirmButton, flash, link } from '../ui.js';
import { field, form, submit, values, checkboxGroup, changed, enumOptions } from '../forms.js';
import { partners as allPartners, partnerName, partnerOptions, forget } from '../data.js';
import { today } from '../dates.js';
import { KINDS, STATUSES, FORMATS } from './events.js';

/** state of a target: achieved, on track (enough scheduled) or behind. */
export function targetState(tg) {
  const p = tg.progress;
  if (p.done >= tg.count) return 'achieved';
  if (p.done + p.scheduled >= tg.count) return 'on_track';
  return 'behind';
}

/** progressBar: a native progress element (done of count) with its figures in words. */
export function progressBar(tg, labelId) {
  const p = tg.progress;
  const text = t('targets.progress_text', { done: num(p.done), scheduled: num(p.scheduled), count: num(tg.count) });
  return h('div', { class: 'target-progress' },
    h('progress', { max: String(tg.count), value: String(Math.min(p.done, tg.count)), 'aria-labelledby': labelId,
      'aria-valuetext': text }),
    h('span', { class: 'target-figures' }, text));
}

function yearOf(ctx) {
  const y = Number(ctx.query.get('year'));
  return y >= 1900 && y <= 2200 ? y : Number(today().slice(0, 4));
}

function reload(ctx) {
  ctx.navigate(location.pathname + location.search, { replace: true });
}

function splitList(s) {
  return (s || '').split(/[,，、;；\s]+/).map((x) => x.trim()).filter(Boolean);
}

export async function render(ctx, root) {
  const year = yearOf(ctx);
  const [list, all, events] = await Promise.all([
    get('/targets', { year, limit: 500 }),
    allPartners(),
    get('/events', { from: `${year}-01-01`, to: `${year}-12-31`, limit: 500 }),
  ]);
  const titles = new Map(events.items.map((e) => [e.id, pick(e.title_zh, e.title_en)]));

  root.append(pageHeader(t('nav.targets'),
    link(`/stats?year=${year}`, t('targets.to_stats'), { class: 'btn' })));
  root.append(h('nav', { class: 'year-switch', 'aria-label': t('targets.year_nav') },
    link(`/targets?year=${year - 1}`, t('targets.prev_year', { year: year - 1 }), { class: 'btn' }),
    h('strong', { class: 'year-now', 'aria-current': 'page' }, t('targets.year_n', { year })),
    link(`/targets?year=${year + 1}`, t('targets.next_year', { year: year + 1 }), { class: 'btn' })));

  if (ctx.can('editor')) {
    const holder = h('div');
    const open = button(t('targets.new'), () => {
      open.hidden = true;
      clear(holder).append(targetForm(ctx, { year, count: 1, criteria: {} }, null, all, () => reload(ctx), () => {
        clear(holder);
        open.hidden = false;
        open.focus();
      }));
    }, { class: 'btn btn-primary' });
    root.append(h('div', { class: 'actions-row' }, open), holder);
  }

  if (!list.items.length) {
    root.append(notice(t('targets.none', { year }), 'muted'));
    return;
  }
  const achieved = list.items.filter((x) => targetState(x) === 'achieved').length;
  root.append(h('p', { class: 'summary' }, t('targets.summary', { n: list.items.length, achieved })));
  const ul = h('ul', { class: 'targets', 'aria-label': t('targets.list', { year }) });
  for (const tg of list.items) ul.append(targetItem(ctx, tg, all, titles));
  root.append(ul);
}

function criteriaText(c, all) {
  const parts = [];
  if (c.tags.length) parts.push(`${t('targets.c_tags')}: ${c.tags.join('、')}`);
  if (c.kinds.length) parts.push(`${t('targets.c_kinds')}: ${c.kinds.map((k) => tv('event_kind', k)).join('、')}`);
  if (c.statuses.length) parts.push(`${t('targets.c_statuses')}: ${c.statuses.map((k) => tv('event_status', k)).join('、')}`);
  if (c.formats.length) parts.push(`${t('targets.c_formats')}: ${c.formats.map((k) => tv('event_format', k)).join('、')}`);
  if (c.countries.length) parts.push(`${t('targets.c_countries')}: ${c.countries.join('、')}`);
  if (c.partner_ids.length) {
    parts.push(`${t('targets.c_partners')}: ${c.partner_ids.map((id) => partnerName(all.byId.get(id)) || `#${id}`).join('、')}`);
  }
  return parts.length ? parts.join('；') : t('targets.c_any');
}

function targetItem(ctx, tg, all, titles) {
  const titleId = `target-${tg.id}-title`;
  const state = targetState(tg);
  const li = h('li', { class: ['target', `target-${state}`] });
  const body = h('div', { class: 'target-body' },
    h('h2', { id: titleId, class: 'target-title' }, pick(tg.title_zh, tg.title_en),
      ' ', badge(t(`targets.state_${state}`), state === 'achieved' ? 'status-active' : state === 'on_track' ? 'plain' : 'milestone')),
    progressBar(tg, titleId),
    h('p', { class: 'target-criteria' }, criteriaText(tg.criteria, all)),
    tg.progress.event_ids.length
      ? h('details', { class: 'target-events' },
        h('summary', null, t('targets.events_n', { n: tg.progress.event_ids.length })),
        h('ul', null, tg.progress.event_ids.map((id) => h('li', null, link(`/events/${id}`, titles.get(id) || `#${id}`)))))
      : h('p', { class: 'hint' }, t('targets.no_events')),
    tg.notes ? h('details', { class: 'target-notes' }, h('summary', null, t('targets.notes')), h('p', null, tg.notes)) : null);
  li.append(body);
  if (ctx.can('editor')) {
    const holder = h('div');
    const edit = button(t('common.edit'), async () => {
      edit.disabled = true;
      const { data, etag } = await getWithETag(`/targets/${tg.id}`);
      clear(holder).append(targetForm(ctx, data, etag, all, () => reload(ctx), () => {
        clear(holder);
        edit.disabled = false;
        edit.focus();
      }));
    }, { 'aria-describedby': titleId });
    li.append(h('div', { class: 'actions' }, edit,
      ctx.can('admin') ? confirmButton(t('common.delete'), t('targets.confirm_delete'), async () => {
        const { etag } = await getWithETag(`/targets/${tg.id}`);
        await del(`/targets/${tg.id}`, etag);
        flash(t('targets.deleted'));
        reload(ctx);
      }) : null), holder);
  }
  return li;
}

/** targetForm creates (etag null) or changes a target. */
function targetForm(ctx, tg, etag, all, onDone, onCancel) {
  const c = tg.criteria || {};
  const partnerOpts = partnerOptions(all);
  const body = (x) => ({
    year: Number(x.year) || 0,
    title_zh: x.title_zh || null,
    title_en: x.title_en || null,
    count: Number(x.count) || 0,
    criteria: {
      kinds: x['criteria.kinds'] || [],
      statuses: x['criteria.statuses'] || [],
      formats: x['criteria.formats'] || [],
      partner_ids: (x['criteria.partner_ids'] || []).map(Number),
      countries: splitList(x['criteria.countries']).map((s) => s.toUpperCase()),
      tags: (x['criteria.tags'] || '').split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean),
    },
    notes: x.notes || null,
  });
  const f = form(async (el) => {
    const x = values(el);
    x['criteria.partner_ids'] = Array.from(el.querySelector('select[name="criteria.partner_ids"]').selectedOptions).map((o) => o.value);
    const next = body(x);
    if (etag) {
      const diff = changed({ ...tg, criteria: tg.criteria }, next);
      await patch(`/targets/${tg.id}`, diff, etag);
      flash(t('common.saved'));
    } else {
      await post('/targets', next);
      flash(t('targets.created'));
    }
    forget();
    onDone();
  }, [
    field({ label: t('targets.year'), name: 'year', type: 'number', value: tg.year, min: 1900, max: 2200, inputmode: 'numeric', required: true }),
    field({ label: t('targets.count'), name: 'count', type: 'number', value: tg.count, min: 1, inputmode: 'numeric', required: true, hint: t('targets.count_hint') }),
    field({ label: t('targets.title_zh'), name: 'title_zh', value: tg.title_zh || '', wide: true }),
    field({ label: t('targets.title_en'), name: 'title_en', value: tg.title_en || '', wide: true }),
    field({ label: t('targets.c_tags'), name: 'criteria.tags', value: (c.tags || []).join('、'), wide: true, hint: t('events.tags_hint') }),
    checkboxGroup(t('targets.c_kinds'), 'criteria.kinds', enumOptions('event_kind', KINDS), c.kinds || []),
    checkboxGroup(t('targets.c_statuses'), 'criteria.statuses', enumOptions('event_status', STATUSES), c.statuses || []),
    checkboxGroup(t('targets.c_formats'), 'criteria.formats', enumOptions('event_format', FORMATS), c.formats || []),
    field({ label: t('targets.c_partners'), name: 'criteria.partner_ids', type: 'select', options: partnerOpts, wide: true,
      attrs: { multiple: true, size: 6 }, hint: t('targets.partners_hint') }),
    field({ label: t('targets.c_countries'), name: 'criteria.countries', value: (c.countries || []).join(', '), hint: t('targets.countries_hint') }),
    field({ label: t('targets.notes'), name: 'notes', type: 'textarea', value: tg.notes || '', wide: true, rows: 3 }),
    h('p', { class: 'hint field-wide' }, t('targets.criteria_hint')),
  ], [submit(etag ? t('common.save') : t('targets.create')), button(t('common.cancel'), onCancel)],
  { 'aria-label': etag ? t('targets.edit') : t('targets.new') });
  // A multiple select: mark the chosen partners (field() selects one value only).
  const sel = f.querySelector('select[name="criteria.partner_ids"]');
  const chosen = new Set((c.partner_ids || []).map(String));
  for (const o of sel.options) o.selected = chosen.has(o.value);
  return f;
}
