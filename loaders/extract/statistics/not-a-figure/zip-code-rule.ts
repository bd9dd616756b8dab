import type { NotAFigureRule } from '../not-a-figure-rule.js';

const STATE_CODES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR';
const STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico';
const STATE_BEFORE = new RegExp(String.raw`\b(?:${STATE_CODES.split(' ').join('|')}|${STATE_NAMES}),?\s+$`);

/** "Austin, TX 78701", "El Paso, Texas 79901-1234": a ZIP code after a state. */
export const zipCodeRule: NotAFigureRule = {
  name: 'zip-code',
  matches({ raw, before, marked }) {
    return !marked && /^\d{5}$/.test(raw) && STATE_BEFORE.test(before);
  },
};
