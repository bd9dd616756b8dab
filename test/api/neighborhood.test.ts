import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from '../../loaders/ingest-sample-corpus.js';
import { openTestDatabase, testLogger } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const db = openTestDatabase();
let server: Awaited<ReturnType<typeof startTestServer>>;
const ids = { ice: '', dhs: '', fahey: '' };

const NEIGHBORHOOD = `
  query Neighborhood($id: ID!, $depth: Int, $first: Int) {
    neighborhood(id: $id, depth: $depth, first: $first) {
      nodes { id kind label }
      edges { id from to type label }
    }
  }`;

type Graph = {
  nodes: { id: string; kind: string; label: string }[];
  edges: { id: string; from: string; to: string; type: string; label: string }[];
};

async function neighborhood(variables: Record<string, unknown>): Promise<Graph> {
  const result = await server.execute(NEIGHBORHOOD, variables);
  expect(result.errors).toBeUndefined();
  return (result.data as { neighborhood: Graph }).neighborhood;
}

beforeAll(async () => {
  await ingestSampleCorpus(db.executor, testLogger);
  server = await startTestServer(db.executor);
  const found = await server.execute(
    `{ ice: organization(name: "ICE") { id } dhs: organization(name: "DHS") { id } fahey: person(name: "Fahey") { id } }`,
  );
  expect(found.errors).toBeUndefined();
  for (const key of Object.keys(ids) as (keyof typeof ids)[])
    ids[key] = (found.data as Record<string, { id: string }>)[key]!.id;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('neighborhood', () => {
  it('when ICE is asked, then it comes first, DHS is among its neighbours, and the edge between them reads "part of"', async () => {
    const graph = await neighborhood({ id: ids.ice });

    expect(graph.nodes[0]).toEqual({
      id: ids.ice,
      kind: 'ORGANIZATION',
      label: 'U.S. Immigration and Customs Enforcement',
    });
    expect(graph.nodes).toContainEqual({
      id: ids.dhs,
      kind: 'ORGANIZATION',
      label: 'U.S. Department of Homeland Security',
    });
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ from: ids.ice, to: ids.dhs, type: 'PART_OF', label: 'part of' }),
    );
    expect(graph.nodes.map((node) => node.kind)).toContain('ARTICLE');
  });

  it('when a graph is returned, then every edge joins two returned nodes and ids are unique', async () => {
    const graph = await neighborhood({ id: ids.ice, depth: 2, first: 30 });

    const nodeIds = new Set(graph.nodes.map((node) => node.id));
    expect(nodeIds.size).toBe(graph.nodes.length);
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
    for (const edge of graph.edges) {
      expect(nodeIds.has(edge.from), edge.label).toBe(true);
      expect(nodeIds.has(edge.to), edge.label).toBe(true);
    }
  });

  it('when depth is 2, then nodes two hops away come too: DHS is two hops from Fahey, through ICE', async () => {
    const one = await neighborhood({ id: ids.fahey, depth: 1 });
    const two = await neighborhood({ id: ids.fahey, depth: 2, first: 200 });

    expect(one.nodes.map((node) => node.id)).toContain(ids.ice);
    expect(one.nodes.map((node) => node.id)).not.toContain(ids.dhs);
    expect(two.nodes.map((node) => node.id)).toContain(ids.dhs);
  });

  it('when first is 3, then at most 3 nodes come back, the asked one first', async () => {
    const graph = await neighborhood({ id: ids.ice, first: 3 });

    expect(graph.nodes.length).toBeLessThanOrEqual(3);
    expect(graph.nodes[0]!.id).toBe(ids.ice);
  });

  it('when articles are in the graph, then they are labelled by title and their text never comes back', async () => {
    const graph = await neighborhood({ id: ids.ice, depth: 2, first: 200 });
    const articles = graph.nodes.filter((node) => node.kind === 'ARTICLE');
    const stored = await server.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { title text } } }`, {
      ids: articles.map((node) => node.id),
    });
    const texts = (stored.data as { nodes: { title: string; text: string }[] }).nodes;

    expect(articles.length).toBeGreaterThan(0);
    articles.forEach((node, index) => {
      const { title, text } = texts[index]!;
      expect(node.label.length).toBeLessThanOrEqual(80);
      expect(title.startsWith(node.label.replace(/…$/, '')) || node.label === 'untitled article').toBe(true);
      expect(text.length).toBeGreaterThan(node.label.length);
    });
    for (const node of graph.nodes) expect(node.label.length).toBeLessThanOrEqual(80);
  });

  it.each([
    { depth: 0, first: 50 },
    { depth: 3, first: 50 },
    { depth: 1, first: 0 },
    { depth: 1, first: 201 },
  ])('when depth is $depth and first is $first, then the error is BAD_USER_INPUT', async ({ depth, first }) => {
    const result = await server.execute(NEIGHBORHOOD, { id: ids.ice, depth, first });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when the node does not exist, then the neighborhood is null, like every lookup', async () => {
    const ghost = Buffer.from('Organization:org:nothing-here', 'utf8').toString('base64url');
    const result = await server.execute(NEIGHBORHOOD, { id: ghost });

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ neighborhood: null });
  });

  it('when only the nodes are asked, then they are the same nodes, and edges asked through a fragment still come', async () => {
    const full = await neighborhood({ id: ids.ice, depth: 2 });
    const nodesOnly = await server.execute(
      'query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id kind label } } }',
      { id: ids.ice },
    );
    expect(nodesOnly.errors).toBeUndefined();
    expect((nodesOnly.data as { neighborhood: Graph }).neighborhood.nodes).toEqual(full.nodes);

    const throughFragment = await server.execute(
      'query($id: ID!) { neighborhood(id: $id, depth: 2) { ...Drawn } } fragment Drawn on Graph { nodes { id } edges { id from to type label } }',
      { id: ids.ice },
    );
    expect(throughFragment.errors).toBeUndefined();
    expect((throughFragment.data as { neighborhood: Graph }).neighborhood.edges).toEqual(full.edges);
  });
});
