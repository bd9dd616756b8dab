/**
 * The metadata an input may carry (title, outlet, url, date, author), checked and normalised the same
 * way whether it came from front matter, a feed item or an HTML page.
 */
export const FIELD_NAMES = ['title', 'outlet', 'url', 'date', 'author'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type DocumentFields = { readonly [K in FieldName]: string | null };

export const NO_FIELDS: DocumentFields = { title: null, outlet: null, url: null, date: null, author: null };

export type FieldCheck =
  { readonly ok: true; readonly value: string | null } | { readonly ok: false; readonly problem: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EXPLICIT_ZONE = /(?:\b(?:GMT|UTC)|Z|[+-]\d{2}:?\d{2})\s*$/i;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function checkText(name: FieldName, value: unknown): FieldCheck {
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
  // Several authors are common in front matter and feeds: "A, B" keeps them in one field.
  if (name === 'author' && Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    const joined = collapse(value.join(', '));
    return { ok: true, value: joined === '' ? null : joined };
  }
  if (typeof value !== 'string') return { ok: false, problem: `"${name}" must be text, got ${describe(value)}` };
  const text = collapse(value);
  return { ok: true, value: text === '' ? null : text };
}

function checkUrl(value: unknown): FieldCheck {
  if (typeof value !== 'string') return { ok: false, problem: `"url" must be text, got ${describe(value)}` };
  const text = value.trim();
  if (text === '') return { ok: true, value: null };
  // Only web addresses: a javascript: or data: URL would be a script waiting for whoever renders it.
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, problem: `"url" must be an absolute http(s) URL, got ${JSON.stringify(text)}` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, problem: `"url" must be an http(s) URL, got a ${parsed.protocol} URL` };
  }
  return { ok: true, value: text };
}

function checkDate(value: unknown): FieldCheck {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return { ok: true, value: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso };
  }
  if (typeof value !== 'string')
    return { ok: false, problem: `"date" must be text such as 2017-04-11, got ${describe(value)}` };
  const text = value.trim();
  if (text === '') return { ok: true, value: null };
  if (ISO_DATE.test(text) && !Number.isNaN(Date.parse(text.slice(0, 10)))) return { ok: true, value: text };
  const time = Date.parse(text);
  if (Number.isNaN(time))
    return { ok: false, problem: `"date" must be a date such as 2017-04-11, got ${JSON.stringify(text)}` };
  const date = new Date(time);
  // With a zone the instant is exact; without one V8 reads the words as local time, so the local
  // calendar date is the one that was written.
  if (EXPLICIT_ZONE.test(text)) return { ok: true, value: date.toISOString() };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, value: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` };
}

export function checkField(name: FieldName, value: unknown): FieldCheck {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (name === 'url') return checkUrl(value);
  if (name === 'date') return checkDate(value);
  return checkText(name, value);
}

/** For sources that are not the user's to fix (web pages): a bad value is simply not there. */
export function lenientField(name: FieldName, value: unknown): string | null {
  const check = checkField(name, value);
  return check.ok ? check.value : null;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
