/**
 * What the benchmark asks about: people, places and measure words drawn from the graph being measured
 * (so every query finds something), combined into numbered cases that every target gets in the same order.
 */
import type { Executor } from '../../db/executor.js';
import { benchmarkCypher } from '../support/benchmark-cypher.js';

export interface Case {
  readonly person: { readonly id: string; readonly name: string };
  readonly figure: { readonly placeId: string; readonly measureWord: string };
  /** A word to search for: a surname or a measure's word. */
  readonly word: string;
}

const SAMPLE_SIZE = 40;

export async function sampleCases(executor: Executor): Promise<Case[]> {
  const [row] = await executor.runRaw(benchmarkCypher('sample-cases'), { limit: SAMPLE_SIZE }, 'READ');
  const people = (row?.people ?? []) as { id: string; name: string }[];
  const figures = (row?.figures ?? []) as { placeId: string; measureWord: string }[];
  if (people.length === 0 || figures.length === 0)
    throw new Error('the graph has no quoted people or no figures about a place: load a corpus first');
  return Array.from({ length: SAMPLE_SIZE }, (_, i) => {
    const person = people[i % people.length]!;
    const figure = figures[i % figures.length]!;
    const surname = person.name.split(' ').at(-1)!.toLowerCase();
    return { person, figure, word: i % 2 === 0 ? surname : figure.measureWord };
  });
}
