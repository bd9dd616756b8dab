import { attributed, type AttributionRule } from '../attribution-rule.js';
import { speakerStartingNear } from '../speaker-phrase.js';

/** "“…” –Secretary Ana Ruiz": a dash after the quotation signs it, as in statements and tweets. */
const DASH_RE = /^\s*[—–-]{1,2}\s*/;
const NAME_REACH = 40;

export const signOffRule: AttributionRule = {
  name: 'sign-off',
  targets: new Set(['quote']),
  attribute(t, scope) {
    const dash = DASH_RE.exec(scope.ctx.text.slice(t.end, t.end + 8));
    if (!dash) return null;
    const s = speakerStartingNear(scope, t.end + dash[0].length, NAME_REACH);
    return s ? attributed(s, signOffRule.name, 0.8) : null;
  },
};
