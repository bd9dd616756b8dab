/**
 * The resolve step's name-to-entity half: every person, organization and anonymous source one extraction
 * names, keyed by a stable id, with the bodies the gazetteer puts above them (ICE brings DHS). Speakers,
 * figure sources, policy issuers and role bodies are names; `ref` turns each into the id of an entity of
 * this article, adding the ones no extractor listed.
 */
import type { Extraction, SpeakerKind } from '../extraction.js';
import type { OrganizationEntry } from '../gazetteer/organization-entry.js';
import { organizationByName } from '../gazetteer/organizations.js';
import { anonymousSourceId, organizationId, personId } from './ids.js';

export interface PersonEntity {
  readonly id: string;
  readonly name: string;
  readonly aliases: string[];
  readonly titles: string[];
}

export interface OrganizationEntity {
  readonly id: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly aliases: string[];
  readonly kind: string;
  readonly known: boolean;
  readonly parentId: string | null;
}

export interface AnonymousSourceEntity {
  readonly id: string;
  readonly description: string;
  readonly organizationId: string;
}

/** No gazetteer chain is deeper: Border Patrol, CBP, DHS. */
const MAX_ANCESTORS = 5;

export class EntityTable {
  private readonly personIds = new Map<string, string>();
  private readonly peopleById = new Map<string, PersonEntity>();
  private readonly organizationsById = new Map<string, OrganizationEntity>();
  private readonly anonymousById = new Map<string, AnonymousSourceEntity>();

  constructor(
    private readonly articleId: string,
    extraction: Extraction,
  ) {
    for (const p of extraction.people) {
      const id = personId(p.name);
      this.personIds.set(p.name, id);
      this.peopleById.set(id, { id, name: p.name, aliases: unique([p.name, ...p.mentions]), titles: unique(p.roles) });
    }
    for (const o of extraction.organizations) {
      this.organizationsById.set(organizationId(o.name), {
        id: organizationId(o.name),
        name: o.name,
        acronym: o.acronym,
        aliases: unique([o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])]),
        kind: o.kind,
        known: o.known,
        parentId: o.partOf ? organizationId(o.partOf) : null,
      });
    }
    // The bodies an organization is part of come along, so the chain is navigable even when an article
    // names only the sub-agency; they get no mention of their own.
    for (const parent of extraction.organizations.flatMap((o) => ancestors(o.partOf))) {
      const id = organizationId(parent.name);
      if (this.organizationsById.has(id)) continue;
      this.organizationsById.set(id, {
        id,
        name: parent.name,
        acronym: parent.acronym,
        aliases: unique([parent.name, ...parent.aliases, ...(parent.acronym ? [parent.acronym] : [])]),
        kind: parent.kind,
        known: true,
        parentId: parent.partOf ? organizationId(parent.partOf) : null,
      });
    }
  }

  get people(): PersonEntity[] {
    return [...this.peopleById.values()];
  }

  get organizations(): OrganizationEntity[] {
    return [...this.organizationsById.values()];
  }

  get anonymousSources(): AnonymousSourceEntity[] {
    return [...this.anonymousById.values()];
  }

  /** The entity a speaker, source or issuer name stands for; an anonymous source speaks for its body. */
  ref(name: string | null, kind: SpeakerKind | null, description?: string | null): string | null {
    if (!name) return null;
    if (kind === 'anonymous_source') {
      const organization = this.organization(name);
      const id = anonymousSourceId(this.articleId, name);
      if (!this.anonymousById.has(id))
        this.anonymousById.set(id, {
          id,
          description: description ?? `a source at ${name}`,
          organizationId: organization,
        });
      return id;
    }
    if (kind === 'person' || this.personIds.has(name)) return this.person(name);
    return this.organization(name);
  }

  person(name: string): string {
    let id = this.personIds.get(name);
    if (!id) {
      id = personId(name);
      this.personIds.set(name, id);
      this.peopleById.set(id, { id, name, aliases: [name], titles: [] });
    }
    return id;
  }

  organization(name: string): string {
    const id = organizationId(name);
    if (!this.organizationsById.has(id))
      this.organizationsById.set(id, {
        id,
        name,
        acronym: null,
        aliases: [name],
        kind: 'other',
        known: false,
        parentId: null,
      });
    return id;
  }
}

/** The gazetteer's chain above a body: CBP, then DHS for Border Patrol. */
function ancestors(partOf: string | null): OrganizationEntry[] {
  const chain: OrganizationEntry[] = [];
  for (
    let entry = partOf ? organizationByName(partOf) : undefined;
    entry && chain.length < MAX_ANCESTORS;
    entry = entry.partOf ? organizationByName(entry.partOf) : undefined
  )
    chain.push(entry);
  return chain;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
