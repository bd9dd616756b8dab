/**
 * A person's roles are read through the role keys each person keeps and an index over the statements'
 * keys, and an organization's people off the index of its roles' lead statements (migration 0016), not
 * by reading every article's statement. After every kind of write (loads, reloads, deletes, merges of
 * people and of organizations, loads at the same time, the migration's backfill) they must be exactly
 * what reading every statement gives: one row per role, the earliest article's words, former only when
 * no article states the role as held now; and an organization's pages must walk them in order both ways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../db/migrate.js';
import type { OrganizationItem, PersonItem, SourceDocument } from '../../loaders/extraction.js';
import { articleId } from '../../loaders/resolve/ids.js';
import { deleteArticle } from '../../loaders/write/delete-article.js';
import { graphRows } from '../../loaders/write/graph-rows.js';
import { writeArticle } from '../../loaders/write/write-articles.js';
import { bareExtraction } from '../support/articles.js';
import { openTestDatabase } from '../support/database.js';
import { uniqueWord } from '../support/quotes.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer(db.executor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

interface Stated {
  readonly person: string;
  readonly organization: string;
  readonly title: string;
  readonly former?: boolean;
}

/** Writes an article stating each role on its own line; each line names the article, so evidence tells them apart. */
async function writeRoles(title: string, stated: readonly Stated[]): Promise<SourceDocument> {
  let text = `${title}\n`;
  const people = new Map<string, PersonItem>();
  for (const role of stated) {
    const line = `${role.person}, ${role.former ? 'former ' : ''}${role.title} at ${role.organization} (${title}).`;
    const evidence = { start: text.length, end: text.length + role.person.length, sentence: line, confidence: 1 };
    const person = people.get(role.person) ?? {
      name: role.person,
      mentions: [role.person],
      roles: [],
      affiliations: [],
      roleDetails: [],
      evidence: [evidence],
    };
    const detail = { title: role.title, organization: role.organization, former: role.former ?? false, evidence };
    people.set(role.person, { ...person, roleDetails: [...person.roleDetails, detail] });
    text += `${line}\n`;
  }
  const organizations: OrganizationItem[] = [...new Set(stated.map((role) => role.organization))].map((name) => ({
    name,
    acronym: null,
    aliases: [],
    kind: 'other',
    partOf: null,
    known: false,
    // Its first mention: each line names the organization after the person.
    evidence: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, sentence: name, confidence: 1 }],
  }));
  const doc: SourceDocument = { source: `${title}.txt`, text, title, outlet: 'Test Wire', date: '2021-06-01' };
  await writeArticle(
    db.executor,
    graphRows(doc, { ...bareExtraction(doc), people: [...people.values()], organizations }),
  );
  return doc;
}

interface RoleView {
  title: string;
  former: boolean;
  organization: string | null;
  sentence: string | null;
}

/** The person's roles as the API gives them. */
async function roles(name: string): Promise<RoleView[]> {
  const result = await server.execute(
    `query($name: String!) { person(name: $name) {
      roles { title former organization { name } evidence { sentence } } } }`,
    { name },
  );
  expect(result.errors).toBeUndefined();
  const person = (result.data as { person: { roles: any[] } | null }).person; // eslint-disable-line @typescript-eslint/no-explicit-any
  return (person?.roles ?? [])
    .filter((role) => role.organization)
    .map((role) => ({
      title: role.title,
      former: role.former,
      organization: role.organization.name,
      sentence: role.evidence?.sentence ?? null,
    }));
}

/** The roles by their definition: every statement read, grouped by title and organization. */
async function everyStatement(name: string): Promise<RoleView[]> {
  const rows = await db.executor.runRaw(
    `MATCH (:Person {name: $name})-[r:HOLDS_ROLE]->(o:Organization)
     WITH o, r ORDER BY r.articleId
     WITH o, r.title AS title, collect(r) AS statements
     RETURN title, NOT any(r IN statements WHERE NOT r.former) AS former, o.name AS organization,
       statements[0].sentence AS sentence
     ORDER BY title, o.id`,
    { name },
    'READ',
  );
  return rows as unknown as RoleView[];
}

interface MemberView {
  person: string;
  title: string;
  former: boolean;
  sentence: string | null;
}

const MEMBERS = `query($name: String!, $first: Int, $after: String, $last: Int, $before: String) {
  organization(name: $name) {
    people(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { node { title former person { name } evidence { sentence } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    } } }`;

interface MembersPage {
  totalCount: number;
  edges: {
    node: { title: string; former: boolean; person: { name: string }; evidence: { sentence: string } | null };
  }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** The organization's people through the API, two at a time, forward or backward. */
async function members(name: string, backward: boolean): Promise<{ listed: MemberView[]; totals: Set<number> }> {
  const listed: MemberView[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  for (;;) {
    const result = await server.execute(MEMBERS, {
      name,
      ...(backward ? { last: 2, before: cursor } : { first: 2, after: cursor }),
    });
    expect(result.errors).toBeUndefined();
    const { people: page } = (result.data as { organization: { people: MembersPage } }).organization;
    totals.add(page.totalCount);
    const views = page.edges.map(({ node }) => ({
      person: node.person.name,
      title: node.title,
      former: node.former,
      sentence: node.evidence?.sentence ?? null,
    }));
    listed.splice(backward ? 0 : listed.length, 0, ...views);
    if (!(backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage)) return { listed, totals };
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
}

/**
 * The organization's people, walked both ways, against their definition (every statement read, grouped by
 * person and title, in the order of organization id, person id and title); and one lead per role.
 */
async function checkMembers(name: string): Promise<void> {
  const defined = await db.executor.runRaw(
    `MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization {name: $name})
     WITH p, o, r ORDER BY r.articleId
     WITH p, o, r.title AS title, collect(r) AS statements
     RETURN p.name AS person, title, NOT any(r IN statements WHERE NOT r.former) AS former,
       statements[0].sentence AS sentence
     ORDER BY o.id + '|' + p.id + '|' + title`,
    { name },
    'READ',
  );
  for (const backward of [false, true]) {
    const { listed, totals } = await members(name, backward);
    expect(listed).toEqual(defined);
    expect([...totals]).toEqual([defined.length]);
  }
  const leads = await db.executor.runRaw(
    `MATCH ()-[r:HOLDS_ROLE]->(:Organization {name: $name})
     WITH r.roleKey AS roleKey, count(r.memberKey) AS leads WHERE leads <> 1
     RETURN roleKey, leads`,
    { name },
    'READ',
  );
  expect(leads).toEqual([]);
}

/**
 * Checks the person's roles against their definition, its keys against its statements' and the people
 * of each organization it holds a role in; returns the roles, by title.
 */
async function checkedRoles(name: string): Promise<Record<string, Omit<RoleView, 'title'>>> {
  const listed = await roles(name);
  expect(listed).toEqual(await everyStatement(name));
  for (const organization of new Set(listed.map((role) => role.organization!))) await checkMembers(organization);
  const [keys] = await db.executor.runRaw(
    `MATCH (p:Person {name: $name})
     RETURN coalesce(p.roleKeys, []) AS kept, COLLECT { MATCH (p)-[r:HOLDS_ROLE]->() RETURN DISTINCT r.roleKey } AS stated`,
    { name },
    'READ',
  );
  expect([...(keys!.kept as string[])].sort()).toEqual([...(keys!.stated as string[])].sort());
  return Object.fromEntries(listed.map(({ title, ...rest }) => [`${title} @ ${rest.organization}`, rest]));
}

async function globalId(kind: 'person' | 'organization', name: string): Promise<string> {
  const result = await server.execute(`query($name: String!) { ${kind}(name: $name) { id } }`, { name });
  return (result.data as Record<string, { id: string }>)[kind]!.id;
}

async function merge(kind: 'person' | 'organization', keep: string, gone: string): Promise<void> {
  const result = await server.execute(
    'mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }',
    { keep: await globalId(kind, keep), merge: await globalId(kind, gone) },
    true,
  );
  expect(result.errors).toBeUndefined();
}

describe("a person's roles and an organization's people", () => {
  it('when articles state a role again, as former, are reloaded and deleted, then the roles follow the statements', async () => {
    const ana = `Ana ${uniqueWord('Holder')}`;
    const agency = `Agency ${uniqueWord('Of')}`;
    const board = `Board ${uniqueWord('Of')}`;
    const [first, second, third] = [
      await writeRoles(`first ${ana}`, [{ person: ana, organization: agency, title: 'director' }]),
      await writeRoles(`second ${ana}`, [
        { person: ana, organization: agency, title: 'director', former: true },
        { person: ana, organization: board, title: 'member', former: true },
      ]),
      await writeRoles(`third ${ana}`, [{ person: ana, organization: agency, title: 'director' }]),
    ];

    const before = await checkedRoles(ana);
    expect(Object.keys(before)).toEqual([`director @ ${agency}`, `member @ ${board}`]);
    expect(before[`director @ ${agency}`]!.former).toBe(false);
    expect(before[`member @ ${board}`]!.former).toBe(true);

    await writeRoles(`second ${ana}`, [
      { person: ana, organization: agency, title: 'director', former: true },
      { person: ana, organization: board, title: 'member', former: true },
    ]);
    expect(await checkedRoles(ana)).toEqual(before);

    expect(await deleteArticle(db.executor, articleId(first.text))).toBe(true);
    expect(await deleteArticle(db.executor, articleId(third.text))).toBe(true);
    const after = await checkedRoles(ana);
    expect(after[`director @ ${agency}`]!.former).toBe(true);
    expect(after[`director @ ${agency}`]!.sentence).toContain(`(second ${ana})`);

    await writeRoles(`fourth ${ana}`, [{ person: ana, organization: board, title: 'chair' }]);
    expect(await deleteArticle(db.executor, articleId(second.text))).toBe(true);
    expect(Object.keys(await checkedRoles(ana))).toEqual([`chair @ ${board}`]);
  });

  it('when two people are merged, then the kept one holds both roles, a role they shared once', async () => {
    const [ben, benjamin] = [`Ben ${uniqueWord('Holder')}`, `Benjamin ${uniqueWord('Holder')}`];
    const [office, court] = [`Office ${uniqueWord('Of')}`, `Court ${uniqueWord('Of')}`];
    await writeRoles(`ben ${ben}`, [{ person: ben, organization: office, title: 'clerk' }]);
    await writeRoles(`benjamin ${benjamin}`, [
      { person: benjamin, organization: office, title: 'clerk', former: true },
      { person: benjamin, organization: court, title: 'judge' },
    ]);

    await merge('person', ben, benjamin);

    const merged = await checkedRoles(ben);
    expect(Object.keys(merged)).toEqual([`clerk @ ${office}`, `judge @ ${court}`]);
    expect(merged[`clerk @ ${office}`]!.former).toBe(false);
  });

  it('when two organizations are merged, then roles in the one merged away are held in the kept one', async () => {
    const cleo = `Cleo ${uniqueWord('Holder')}`;
    const [bureau, theBureau] = [`Bureau ${uniqueWord('Of')}`, `The Bureau ${uniqueWord('Of')}`];
    await writeRoles(`cleo one ${cleo}`, [{ person: cleo, organization: bureau, title: 'analyst', former: true }]);
    await writeRoles(`cleo two ${cleo}`, [
      { person: cleo, organization: theBureau, title: 'analyst' },
      { person: cleo, organization: theBureau, title: 'spokeswoman' },
    ]);

    await merge('organization', bureau, theBureau);

    const merged = await checkedRoles(cleo);
    expect(Object.keys(merged)).toEqual([`analyst @ ${bureau}`, `spokeswoman @ ${bureau}`]);
    expect(merged[`analyst @ ${bureau}`]!.former).toBe(false);
  });

  it('when articles giving one person different roles are loaded at the same time, then every role is listed', async () => {
    const dora = `Dora ${uniqueWord('Holder')}`;
    const council = `Council ${uniqueWord('Of')}`;

    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        writeRoles(`at once ${i} ${dora}`, [{ person: dora, organization: council, title: `seat ${i}` }]),
      ),
    );

    expect(Object.keys(await checkedRoles(dora))).toHaveLength(8);
  });

  it("when an organization has more people than a page, then its pages follow the members' order both ways", async () => {
    const agency = `Agency ${uniqueWord('Of')}`;
    const people = ['Zed', 'Amy', 'Kai', 'Bea', 'Lou'].map((first) => `${first} ${uniqueWord('Member')}`);
    await writeRoles(`staff one ${agency}`, [
      ...people.map((person) => ({ person, organization: agency, title: 'officer' })),
      { person: people[0]!, organization: agency, title: 'deputy' },
    ]);
    await writeRoles(`staff two ${agency}`, [{ person: people[2]!, organization: agency, title: 'officer' }]);

    await checkMembers(agency);
    expect((await members(agency, false)).listed).toHaveLength(6);
  });

  it('when roles were stored before migration 0016, then the migration keys them as ingest would have', async () => {
    const eve = `Eve ${uniqueWord('Holder')}`;
    const [ministry, panel] = [`Ministry ${uniqueWord('Of')}`, `Panel ${uniqueWord('Of')}`];
    await writeRoles(`eve one ${eve}`, [{ person: eve, organization: ministry, title: 'minister' }]);
    await writeRoles(`eve two ${eve}`, [
      { person: eve, organization: ministry, title: 'minister', former: true },
      { person: eve, organization: panel, title: 'adviser', former: true },
    ]);
    const keyed = await checkedRoles(eve);
    await db.executor.runRaw(
      'MATCH (p:Person {name: $eve})-[r:HOLDS_ROLE]->() REMOVE p.roleKeys, r.roleKey, r.memberKey',
      { eve },
      'WRITE',
    );
    expect(await roles(eve)).toEqual([]);

    const backfill = readMigrations()
      .find((migration) => migration.id === '0016-role-keys')!
      .statements.filter((statement) => !statement.startsWith('CREATE INDEX'));
    for (const statement of backfill) await db.executor.runRaw(statement);

    expect(await checkedRoles(eve)).toEqual(keyed);
  });
});
