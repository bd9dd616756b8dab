/** Headlines in title case, short and unpunctuated at the end, so the cleaner takes them as the title. */
import type { Cast } from './cast.js';
import { shortName } from './agencies.js';
import { MONTHS } from './calendar.js';
import type { Random } from './random.js';

const titleCase = (text: string) =>
  text.replace(/\b([a-z])([a-z]{3,})/g, (_, a: string, rest: string) => a.toUpperCase() + rest);

export function headline(random: Random, cast: Cast): string {
  const agency = cast.agencies[0] ? shortName(cast.agencies[0]).replace(/^the /, '') : 'ICE';
  const lead = cast.officials[0]?.surname ?? 'Trump';
  const place = cast.places[0]?.name ?? 'Texas';
  const month = MONTHS[cast.date.month] ?? 'June';
  return random.pick([
    `${agency} Sets New Record for Illegal Alien Prosecutions`,
    `${lead} Directs Prosecutors to Focus on Immigration Crimes`,
    `The Spike in Immigration Prosecutions Is Causing Other Crimes to Go Unpunished`,
    `${agency} Deportations Top ${random.int(2, 15) * 10},000 Since ${month}`,
    `Border Crossings in ${place} Fall to Lowest Level in Decades`,
    `${lead} Defends ${titleCase(cast.policy.name)} as Court Backlog Grows`,
    `Immigration Arrests Surge in ${place} as ${agency} Expands Operations`,
    `What the ${titleCase(cast.policy.name)} Means for ${place}`,
  ]);
}
