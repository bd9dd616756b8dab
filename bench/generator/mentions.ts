/**
 * Writes names the way a reporter does: the full title and name the first time, the surname or the
 * acronym after that. Paragraphs are rendered in their final order so "first" means first in the text.
 */
import type { OrganizationEntry } from '../../loaders/gazetteer/organization-entry.js';
import { introduce, shortName } from './agencies.js';
import type { Person } from './people.js';

export interface SpeakerForms {
  /** Opening a clause: may end in the appositive's comma. */
  readonly subject: string;
  /** Closing a sentence. */
  readonly object: string;
}

export class Mentions {
  private readonly people = new Set<string>();
  private readonly organizations = new Set<string>();

  /** A person opening a clause: "Sen. Maria Ortega, R-Texas," then "Ortega". */
  subject(p: Person): string {
    if (this.seen(p)) return p.surname;
    return p.role ? `${p.title}${p.name}, ${p.role},` : `${p.title}${p.name}`;
  }

  /** A person closing a sentence (no trailing comma): "said Sen. Maria Ortega, R-Texas". */
  object(p: Person): string {
    if (this.seen(p)) return p.surname;
    return p.role ? `${p.title}${p.name}, ${p.role}` : `${p.title}${p.name}`;
  }

  /** Both forms for one mention, for templates that choose "said X" or "X said" later. */
  forms(p: Person): SpeakerForms {
    const seen = this.seen(p);
    if (seen) return { subject: p.surname, object: p.surname };
    const object = p.role ? `${p.title}${p.name}, ${p.role}` : `${p.title}${p.name}`;
    return { subject: p.role ? `${object},` : object, object };
  }

  org(entry: OrganizationEntry): string {
    if (this.organizations.has(entry.name)) return shortName(entry);
    this.organizations.add(entry.name);
    return introduce(entry);
  }

  private seen(p: Person): boolean {
    if (this.people.has(p.name)) return true;
    this.people.add(p.name);
    return false;
  }
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
