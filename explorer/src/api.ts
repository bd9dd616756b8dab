/** The only way the explorer talks to the server: the public GraphQL API, POSTed as JSON to /graphql. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The server answered ${response.status} without JSON.`);
  }
  const first = body.errors?.[0];
  if (first)
    throw new ApiError(
      first.extensions?.code === 'NOT_FOUND' ? `Not found: ${first.message}` : first.message,
      first.extensions?.code,
    );
  if (!body.data) throw new ApiError(`The server answered ${response.status} with no data.`);
  return body.data;
}

/** The name of any node, whatever its kind: used wherever a node is shown as a link. */
export const NODE_NAME = /* GraphQL */ `
  fragment NodeName on Node {
    id
    __typename
    ... on Person {
      name
    }
    ... on Organization {
      name
    }
    ... on Place {
      name
    }
    ... on Policy {
      name
    }
    ... on Article {
      title
    }
    ... on AnonymousSource {
      description
      speaksFor {
        id
        name
      }
    }
    ... on Statistic {
      name
      measure
    }
    ... on Quote {
      text
    }
  }
`;

export const SPEAKER = /* GraphQL */ `
  fragment SpeakerName on Speaker {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organization {
      id
      name
    }
    ... on AnonymousSource {
      id
      description
      speaksFor {
        id
        name
      }
    }
  }
`;

export interface NamedNode {
  id: string;
  __typename: string;
  name?: string;
  title?: string;
  description?: string;
  measure?: string;
  text?: string;
  speaksFor?: { id: string; name: string } | null;
}

export type Speaker = NamedNode;

export interface EvidenceRef {
  sentence: string;
  text?: string;
  start: number;
  end: number;
  article: { id: string; title: string; publishedAt?: string | null; outlet?: string | null };
}

export interface Connection<T> {
  totalCount?: number;
  edges: { node: T }[];
}
