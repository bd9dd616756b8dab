/**
 * An analyst's corrections, applied to every extraction at every load so they survive re-loading:
 * merge entities, add aliases, ignore names, correct attributions. Read from YAML or JSON; see
 * docs/curation.md for the format.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface Curation {
  /** Each `from` name becomes the `into` entity (person or organization). */
  readonly merge: readonly { readonly into: string; readonly from: readonly string[] }[];
  /** Extra names for an entity, by its canonical name. */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  /** Names that are never entities (a false positive of the extractor). */
  readonly ignore: readonly string[];
  /** Quotes whose text contains `quote` are attributed to `speaker` (a person or organization name). */
  readonly attributions: readonly {
    readonly quote: string;
    readonly speaker: string;
    readonly speakerKind: 'person' | 'organization';
  }[];
  /** Changes when the file's content changes, so curated articles are rewritten. */
  readonly version: string;
}

export const EMPTY_CURATION: Curation = Object.freeze({
  merge: [],
  aliases: {},
  ignore: [],
  attributions: [],
  version: '',
});

export class CurationError extends Error {
  override name = 'CurationError';
}

const SPEAKER_KINDS: readonly unknown[] = ['person', 'organization'];
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');

export function parseCuration(source: string, file: string): Curation {
  let raw: unknown;
  try {
    raw = parse(source) ?? {};
  } catch (error) {
    throw new CurationError(`${file}: not valid YAML or JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new CurationError(`${file}: expected a mapping with merge, aliases, ignore, attributions`);
  const doc = raw as Record<string, unknown>;
  const unknown = Object.keys(doc).filter((key) => !['merge', 'aliases', 'ignore', 'attributions'].includes(key));
  if (unknown.length)
    throw new CurationError(
      `${file}: unknown section ${unknown.join(', ')} (expected merge, aliases, ignore, attributions)`,
    );

  const merge = (doc.merge ?? []) as unknown;
  if (!Array.isArray(merge)) throw new CurationError(`${file}: merge must be a list of {into, from}`);
  merge.forEach((entry: unknown, index) => {
    const e = entry as { into?: unknown; from?: unknown };
    if (typeof e?.into !== 'string' || !isStringList(e.from))
      throw new CurationError(`${file}: merge[${index}] needs "into" (a name) and "from" (a list of names)`);
  });
  const aliases = (doc.aliases ?? {}) as unknown;
  if (
    typeof aliases !== 'object' ||
    aliases === null ||
    Array.isArray(aliases) ||
    !Object.values(aliases).every(isStringList)
  ) {
    throw new CurationError(`${file}: aliases must map a name to a list of names`);
  }
  const ignore = (doc.ignore ?? []) as unknown;
  if (!isStringList(ignore) && !(Array.isArray(ignore) && ignore.length === 0))
    throw new CurationError(`${file}: ignore must be a list of names`);
  const attributions = (doc.attributions ?? []) as unknown;
  if (!Array.isArray(attributions))
    throw new CurationError(`${file}: attributions must be a list of {quote, speaker, speakerKind}`);
  attributions.forEach((entry: unknown, index) => {
    const a = entry as { quote?: unknown; speaker?: unknown; speakerKind?: unknown };
    if (
      typeof a?.quote !== 'string' ||
      typeof a.speaker !== 'string' ||
      !SPEAKER_KINDS.includes(a.speakerKind ?? 'person')
    ) {
      throw new CurationError(
        `${file}: attributions[${index}] needs "quote" (words of the quote), "speaker" and optionally speakerKind person|organization`,
      );
    }
  });
  return Object.freeze({
    merge: merge as Curation['merge'],
    aliases: aliases as Curation['aliases'],
    ignore: ignore as string[],
    attributions: (attributions as { quote: string; speaker: string; speakerKind?: 'person' | 'organization' }[]).map(
      (a) => ({ ...a, speakerKind: a.speakerKind ?? 'person' }),
    ),
    version: createHash('sha256').update(source).digest('hex').slice(0, 12),
  });
}

export function readCuration(file: string | undefined): Curation {
  if (!file) return EMPTY_CURATION;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CurationError(
      `${file}: cannot read the curation file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return parseCuration(source, file);
}
