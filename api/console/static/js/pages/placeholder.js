// A page still to come: says so in both languages.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { pageHeader, notice } from '../ui.js';

export function placeholder(titleKey) {
  return async (ctx, root) => {
    root.append(pageHeader(t(titleKey)), notice(t('common.coming_soon'), 'info'));
  };
}
