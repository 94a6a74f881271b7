// 交流日历 Calendar: download the year as JSON, ICS, CSV or XLSX; create a
// subscription feed and copy its absolute URL.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { post, apiURL } from '../api.js';
import { pageHeader, section, notice, button } from '../ui.js';
import { field, form, submit, values } from '../forms.js';
import { filterForm, queryValues, revocableList } from '../lists.js';
import { partners as allPartners, partnerName, partnerOptions, countryLabel, countryOptions } from '../data.js';
import { announce } from '../dom.js';
import { today } from '../dates.js';

const FORMATS = [
  { format: 'xlsx', ext: 'xlsx' },
  { format: 'ics', ext: 'ics' },
  { format: 'csv', ext: 'csv' },
  { format: 'json', ext: 'json' },
];

export async function render(ctx, root) {
  const q = ctx.query;
  const year = /^\d{4}$/.test(q.get('year') || '') ? q.get('year') : today().slice(0, 4);
  const filt = queryValues(q, ['partner_id', 'country']);
  const all = await allPartners();
  const partnerOpts = partnerOptions(all, t('common.any'));
  const countryOpts = countryOptions(all.items.map((p) => p.country), t('common.any'));

  root.append(pageHeader(t('nav.calendar')));

  const choose = filterForm(ctx, { label: t('calendar.choose'), search: false }, [
    field({ label: t('plans.year'), name: 'year', type: 'number', value: year, min: 1900, max: 2200, inputmode: 'numeric' }),
    field({ label: t('events.partner'), name: 'partner_id', type: 'select', value: filt.partner_id, options: partnerOpts }),
    field({ label: t('partners.country'), name: 'country', type: 'select', value: filt.country, options: countryOpts }),
  ]);
  root.append(choose);

  root.append(section(t('calendar.download', { year }),
    h('p', { class: 'muted' }, t('calendar.download_hint')),
    h('ul', { class: 'downloads' }, FORMATS.map((f) => h('li', null,
      h('a', {
        class: 'btn', href: apiURL(`/calendar/${year}`, { ...filt, format: f.format }), download: `youcheng-${year}.${f.ext}`,
      }, t(`calendar.format_${f.format}`)),
      h('span', { class: 'muted' }, ` ${t(`calendar.format_${f.format}_hint`)}`))))));

  if (!ctx.can('editor')) return;

  const created = h('div');
  const feedsBox = h('div');
  const loadFeeds = revocableList(feedsBox, {
    path: '/feeds', caption: t('calendar.feeds'), empty: t('calendar.no_feeds'),
    revoke: t('calendar.revoke'), confirm: () => t('calendar.confirm_revoke'), revoked: t('calendar.revoked'),
    columns: [
      { label: t('calendar.feed_name'), cell: (f) => f.name },
      { label: t('calendar.feed_filter'), cell: (f) => [f.country ? countryLabel(f.country) : '', f.partner_id ? partnerName(all.byId.get(f.partner_id)) : ''].filter(Boolean).join(' · ') || t('common.any') },
      { label: t('calendar.feed_created'), cell: (f) => `${(f.created_at || '').slice(0, 10)}${f.created_by ? ` · ${f.created_by}` : ''}` },
    ],
  });

  const f = form(async (el) => {
    const x = values(el);
    const body = { name: x.name };
    if (x.country) body.country = x.country;
    if (x.partner_id) body.partner_id = Number(x.partner_id);
    const { data } = await post('/feeds', body);
    el.reset();
    created.replaceChildren(feedURL(data));
    created.querySelector('input')?.focus();
    await loadFeeds();
  }, [
    field({ label: t('calendar.feed_name'), name: 'name', required: true, hint: t('calendar.feed_name_hint') }),
    field({ label: t('partners.country'), name: 'country', type: 'select', options: countryOpts }),
    field({ label: t('events.partner'), name: 'partner_id', type: 'select', options: partnerOpts }),
  ], [submit(t('calendar.create_feed'))], { 'aria-label': t('calendar.create_feed') });

  root.append(section(t('calendar.feeds'), h('p', { class: 'muted' }, t('calendar.feeds_hint')), f, created, feedsBox));
  await loadFeeds();
}

/** feedURL shows a new feed's absolute URL with a copy button (shown once). */
function feedURL(feed) {
  const input = h('input', { type: 'text', readonly: true, value: feed.url, id: 'feed-url', class: 'mono' });
  const status = h('span', { role: 'status', class: 'muted' });
  const copy = button(t('calendar.copy'), async () => {
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(feed.url);
        ok = true;
      }
    } catch { /* fall back below */ }
    if (!ok) {
      input.select();
      try { ok = document.execCommand('copy'); } catch { ok = false; }
    }
    status.textContent = ok ? t('calendar.copied') : t('calendar.copy_manually');
    announce(status.textContent);
  }, { class: 'btn btn-primary' });
  return notice(h('div', { class: 'feed-url' },
    h('label', { for: 'feed-url' }, t('calendar.feed_url', { name: feed.name })),
    h('div', { class: 'copy-row' }, input, copy),
    h('p', { class: 'hint' }, t('calendar.feed_url_once')), status), 'ok');
}

