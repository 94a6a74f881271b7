// 活动计划 Plans: generate a draft from a template for a partnership and a
// year; list the plans.

import { h } from '../dom.js';
import { t, tv, pick } from '../i18n.js';
import { get, post } from '../api.js';
import { pageHeader, section, table, badge, notice } from '../ui.js';
import { field, form, submit, values } from '../forms.js';
import { partnerships as allPartnerships } from '../data.js';
import { today } from '../dates.js';

export async function render(ctx, root) {
  const q = ctx.query;
  const [templates, ships, plans] = await Promise.all([
    get('/plan-templates'),
    allPartnerships(),
    get('/plans', { limit: 100 }),
  ]);
  root.append(pageHeader(t('nav.plans')));

  if (ctx.can('editor')) {
    const tplOpts = templates.items.map((x) => ({ value: x.key, label: planTemplateName(x) }));
    const shipOpts = [{ value: '', label: t('common.choose') }, ...ships.items
      .filter((s) => s.status === 'active' || String(s.id) === q.get('partnership_id'))
      .map((s) => ({ value: s.id, label: `${pick(s.partner.name_zh, s.partner.name_en)} · ${tv('partnership_type', s.type)}${s.established_on ? ` · ${s.established_on}` : ''}` }))
      .sort((a, b) => a.label.localeCompare(b.label))];
    const descr = h('p', { class: 'hint', id: 'tpl-description' });
    const f = form(async (el) => {
      const x = values(el);
      const tpl = templates.items.find((y) => y.key === x.template);
      const body = { template: x.template, year: Number(x.year) || x.year };
      if (!tpl || tpl.scope === 'partnership') body.partnership_id = x.partnership_id ? Number(x.partnership_id) : null;
      if (x.anchor_date) body.anchor_date = x.anchor_date;
      const { data } = await post('/plans', body);
      ctx.navigate(`/plans/${data.id}`);
    }, [
      field({ label: t('plans.template'), name: 'template', type: 'select', value: q.get('template') || 'anniversary_series', options: tplOpts }),
      field({ label: t('plans.partnership'), name: 'partnership_id', type: 'select', value: q.get('partnership_id') || '', options: shipOpts }),
      field({ label: t('plans.year'), name: 'year', type: 'number', value: q.get('year') || today().slice(0, 4), min: 1900, max: 2200, inputmode: 'numeric', required: true }),
      field({ label: t('plans.anchor_date'), name: 'anchor_date', value: '', placeholder: 'YYYY-MM-DD', hint: t('plans.anchor_hint') }),
      h('div', { class: 'field-wide' }, descr),
    ], [submit(t('plans.generate'))], { 'aria-label': t('plans.new') });
    const sel = f.querySelector('[name=template]');
    const shipField = f.querySelector('[name=partnership_id]').closest('.field');
    const sync = () => {
      const tpl = templates.items.find((y) => y.key === sel.value);
      descr.textContent = tpl ? pick(tpl.description_zh, tpl.description) : '';
      shipField.hidden = Boolean(tpl && tpl.scope !== 'partnership');
    };
    sel.addEventListener('change', sync);
    sync();
    root.append(section(t('plans.new'), f));
  }

  root.append(section(t('plans.list'), plans.items.length ? table(t('plans.list'), [
    { label: t('plans.title'), cell: (p) => h('a', { href: `/plans/${p.id}` }, pick(p.title_zh, p.title_en)) },
    { label: t('plans.template'), cell: (p) => planTemplateName(templates.items.find((x) => x.key === p.template)) || p.template },
    { label: t('plans.year'), cell: (p) => String(p.year), class: 'num' },
    { label: t('plans.status'), cell: (p) => badge(tv('plan_status', p.status), p.status === 'adopted' ? 'status-active' : 'plain') },
    { label: t('plans.items'), cell: (p) => String((p.items || []).length), class: 'num' },
  ], plans.items, { captionHidden: true }) : notice(t('plans.none'), 'muted')));
}

export function planTemplateName(tpl) {
  if (!tpl) return '';
  const key = `plans.template_${tpl.key}`;
  const name = t(key);
  return name !== key ? name : tpl.key;
}
