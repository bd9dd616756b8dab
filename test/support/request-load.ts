/**
 * Clients asking the server a nested query in a loop while the database fails under it: what each
 * request got and how long it took, so fault tests can bound every wait (faults-database-down,
 * faults-neo4j-killed).
 */

/** The bound every request must answer within while the database is gone: no client is left hanging. */
export const ANSWER_BOUND_MS = 10_000;
const ERROR_PAUSE_MS = 250;
// Nested, so a request makes several round-trips and an outage can catch it between two of them.
const QUERY =
  '{ articles(first: 5) { totalCount edges { node { title people(first: 3) { edges { node { name } } } } } } }';

export interface Outcome {
  readonly started: number;
  readonly ended: number;
  readonly status: number | 'no answer';
  readonly codes: readonly string[];
  readonly ok: boolean;
}

export async function ask(url: string): Promise<Outcome> {
  const started = Date.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
      // Far beyond the bound: a request that needs it has hung, and is recorded as such.
      signal: AbortSignal.timeout(3 * ANSWER_BOUND_MS),
    });
    const body = (await response.json()) as {
      data?: { articles?: { totalCount: number } } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    const codes = (body.errors ?? []).map((error) => String(error.extensions?.code));
    return {
      started,
      ended: Date.now(),
      status: response.status,
      codes,
      ok: codes.length === 0 && (body.data?.articles?.totalCount ?? 0) > 0,
    };
  } catch {
    return { started, ended: Date.now(), status: 'no answer', codes: [], ok: false };
  }
}

/**
 * Clients that each send the next request as soon as the previous one is answered, until told to stop;
 * after an error they pause a little, as the error asks, rather than spin on the two cores Neo4j restarts on.
 */
export function requestLoad(url: string, clients: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const outcome = await ask(url);
      outcomes.push(outcome);
      if (!outcome.ok) await new Promise((resolve) => setTimeout(resolve, ERROR_PAUSE_MS));
    }
  });
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
