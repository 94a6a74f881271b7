// Forms: labelled fields, and problem+json errors shown beside the field
// whose name attribute equals errors[i].field.

import { h, id, clear } from './dom.js';
import { t, tv, isZh } from './i18n.js';
import { problemTitle } from './ui.js';

/**
 * field builds a labelled control.
 * opts: {label, name, type, value, options: [{value, label}], required, hint,
 *        placeholder, rows, autocomplete, inputmode, pattern, attrs, wide}
 */
export function field(opts) {
  const cid = id(`f-${opts.name}`);
  const hintId = opts.hint ? `${cid}-hint` : null;
  const common = {
    id: cid,
    name: opts.name,
    required: opts.required || false,
    'aria-describedby': hintId,
    ...(opts.attrs || {}),
  };
  let control;
  if (opts.type === 'select') {
    control = h('select', common, (opts.options || []).map((o) => h('option', { value: o.value, selected: String(o.value) === String(opts.value ?? '') }, o.label)));
  } else if (opts.type === 'textarea') {
    control = h('textarea', { ...common, rows: opts.rows || 3, placeholder: opts.placeholder }, opts.value ?? '');
  } else if (opts.type === 'checkbox') {
    control = h('input', { ...common, type: 'checkbox', value: opts.checkValue || 'true', checked: Boolean(opts.value) });
    return h('div', { class: ['field', 'field-check'] }, control, h('label', { for: cid }, opts.label),
      hintId ? h('p', { class: 'hint', id: hintId }, opts.hint) : null);
  } else {
    control = h('input', {
      ...common,
      type: opts.type || 'text',
      value: opts.value ?? '',
      placeholder: opts.placeholder,
      autocomplete: opts.autocomplete || 'off',
      inputmode: opts.inputmode,
      pattern: opts.pattern,
      min: opts.min,
      max: opts.max,
    });
  }
  return h('div', { class: ['field', opts.wide ? 'field-wide' : null] },
    h('label', { for: cid }, opts.label, opts.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null),
    control,
    hintId ? h('p', { class: 'hint', id: hintId }, opts.hint) : null);
}

/**
 * checkboxGroup: a fieldset of checkboxes sharing one name (values sent as a list).
 */
export function checkboxGroup(legend, name, options, checked = [], opts = {}) {
  const set = new Set(checked.map(String));
  return h('fieldset', { class: ['field', 'field-wide', 'checks', opts.class] },
    h('legend', null, legend),
    h('div', { class: 'checks-list', 'data-name': name },
      options.map((o) => {
        const cid = id(`c-${name}`);
        return h('div', { class: 'check' },
          h('input', { type: 'checkbox', id: cid, name, value: o.value, checked: set.has(String(o.value)) }),
          h('label', { for: cid }, o.label));
      })));
}

/** enumOptions: an API enum's values in the reader's language, with an optional "any" entry first. */
export function enumOptions(group, list, anyLabel) {
  const opts = list.map((v) => ({ value: v, label: tv(group, v) }));
  return anyLabel ? [{ value: '', label: anyLabel }, ...opts] : opts;
}

/** form wraps fields with an error summary on top and the actions below. */
export function form(onsubmit, children, actions, attrs = {}) {
  const f = h('form', { class: 'form', novalidate: true, ...attrs });
  const summary = h('div', { class: 'form-summary', tabindex: '-1' });
  f.append(summary, h('div', { class: 'form-grid' }, children), h('div', { class: 'form-actions' }, actions));
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearProblem(f);
    const submit = f.querySelectorAll('button[type=submit]');
    submit.forEach((b) => { b.disabled = true; });
    try {
      await onsubmit(f, ev);
    } catch (err) {
      if (err && err.problem) showProblem(f, err);
      else throw err;
    } finally {
      submit.forEach((b) => { b.disabled = false; });
    }
  });
  return f;
}

/** submit button. */
export function submit(text) {
  return h('button', { type: 'submit', class: 'btn btn-primary' }, text);
}

/** values reads the named controls: text trimmed; checkbox groups as lists. */
export function values(f) {
  const out = {};
  for (const el of f.elements) {
    if (!el.name || el.disabled || el.tagName === 'BUTTON' || el.tagName === 'FIELDSET') continue;
    if (el.type === 'checkbox') {
      const group = f.querySelectorAll(`input[type=checkbox][name="${CSS.escape(el.name)}"]`);
      if (group.length > 1 || el.closest('.checks')) {
        out[el.name] = Array.from(group).filter((c) => c.checked).map((c) => c.value);
      } else {
        out[el.name] = el.checked;
      }
      continue;
    }
    out[el.name] = typeof el.value === 'string' ? el.value.trim() : el.value;
  }
  return out;
}

/** clearProblem removes every shown error. */
export function clearProblem(f) {
  const summary = f.querySelector('.form-summary');
  if (summary) clear(summary);
  f.querySelectorAll('.field-error').forEach((e) => e.remove());
  f.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    const d = (el.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.startsWith('err-')).join(' ');
    if (d) el.setAttribute('aria-describedby', d);
    else el.removeAttribute('aria-describedby');
  });
}

function controlFor(f, name) {
  const esc = CSS.escape(name);
  return f.querySelector(`[name="${esc}"]`) || f.querySelector(`[data-name="${esc}"]`);
}

/**
 * showProblem puts each errors[i] beside the control whose name equals its
 * field (message_zh in Chinese when present) and the title on top; a 412 is
 * explained as someone else's change.
 */
export function showProblem(f, err, opts = {}) {
  clearProblem(f);
  let summary = f.querySelector('.form-summary');
  if (!summary) {
    summary = h('div', { class: 'form-summary', tabindex: '-1' });
    f.prepend(summary);
  }
  const p = err.problem || {};
  const unplaced = [];
  let first = null;
  for (const e of p.errors || []) {
    const msg = (isZh() && e.message_zh) || e.message;
    const name = e.field || '';
    // "items[3].start_date" falls back to "items[3]", then "items".
    let ctl = controlFor(f, name);
    for (let base = name; !ctl && /[[.]/.test(base);) {
      base = base.replace(/(\.[^.[\]]*|\[[^\]]*\])$/, '');
      ctl = controlFor(f, base);
    }
    if (!ctl) {
      unplaced.push(`${name}: ${msg}`);
      continue;
    }
    const eid = id(`err-${name}`);
    const note = h('p', { class: 'field-error', id: eid }, msg);
    const wrap = ctl.closest('.field') || ctl.parentElement;
    wrap.append(note);
    const target = ctl.matches('input,select,textarea') ? ctl : ctl.querySelector('input,select,textarea');
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', `${target.getAttribute('aria-describedby') || ''} ${eid}`.trim());
      if (!first) first = target;
    }
  }
  const box = h('div', { class: 'notice notice-error', role: 'alert' },
    h('strong', null, problemTitle(err)),
    err.status === 412 ? h('p', null, t('error.conflict_help'), ' ',
      h('button', { type: 'button', class: 'btn', onclick: () => location.reload() }, t('error.reload'))) : null,
    (p.errors && p.errors.length) ? h('p', null, t('error.fix_fields', { n: p.errors.length })) : (p.detail && err.status !== 412 ? h('p', null, p.detail) : null),
    unplaced.length ? h('ul', null, unplaced.map((u) => h('li', null, u))) : null);
  summary.append(box);
  if (!opts.noFocus) (first || summary).focus();
}

/**
 * filtered runs a list's request for a filter form: a bad filter (400,
 * 422) is shown beside the filter it names instead of replacing the page.
 */
export async function filtered(filterForm, load) {
  try {
    return await load();
  } catch (err) {
    if (err && err.problem && (err.status === 400 || err.status === 422)) {
      showProblem(filterForm, err, { noFocus: true });
      return null;
    }
    throw err;
  }
}

/** optional: "" becomes null (to clear a nullable field on PATCH). */
export function orNull(v) {
  return v === '' || v === undefined ? null : v;
}

/**
 * changed returns the fields of next that differ from prev (for a PATCH
 * that sends only what the person changed).
 */
export function changed(prev, next) {
  const out = {};
  for (const [k, v] of Object.entries(next)) {
    const a = prev[k] === undefined ? null : prev[k];
    if (JSON.stringify(a) !== JSON.stringify(v)) out[k] = v;
  }
  return out;
}
