/**
 * Every type, field, argument, input field and enum value of the schema has a description, since GraphiQL's
 * docs pane and generated client types are how most people read this API.
 */
import 'reflect-metadata';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../resolvers/build-schema.js';

/** Every place in the schema a description belongs, as `Type.field(argument)`, with whether it has one. */
export function describedElements(schema: GraphQLSchema): { path: string; described: boolean }[] {
  const elements: { path: string; described: boolean }[] = [];
  const add = (path: string, description: string | null | undefined) =>
    elements.push({ path, described: Boolean(description?.trim()) });
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    add(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) add(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, field.description);
    if (isEnumType(type)) for (const value of type.getValues()) add(`${type.name}.${value.name}`, value.description);
    if (isUnionType(type)) continue;
  }
  return elements;
}

describe('schema documentation', () => {
  it('when the schema is built, then every type, field, argument, input field and enum value has a description', async () => {
    const elements = describedElements(await createSchema());
    const missing = elements.filter((element) => !element.described).map((element) => element.path);

    expect(elements.length).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });
});
