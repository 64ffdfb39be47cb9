/** The JSON type of a parsed YAML or JSON value, as JSON Schema names it (an integer is a `number` here). */
export function jsonType(value: unknown): 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as 'object' | 'string' | 'number' | 'boolean';
}

type Schema = Record<string, unknown>;

/**
 * The JSON type a schema asks for: its `type`, else that of its `enum` or `const` values, following `$ref` (with
 * `resolve`) and `allOf`; undefined when it does not say (it then fits any value). Picks the branch of an `anyOf`.
 */
export function schemaType(schema: Schema, resolve: (ref: string) => Schema): string | undefined {
  if (typeof schema.type === 'string') return schema.type === 'integer' ? 'number' : schema.type;
  const values = (schema.enum as unknown[] | undefined) ?? ('const' in schema ? [schema.const] : undefined);
  if (values?.length) return jsonType(values[0]);
  if (typeof schema.$ref === 'string') return schemaType(resolve(schema.$ref), resolve);
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) {
    const type = schemaType(part, resolve);
    if (type) return type;
  }
  return undefined;
}
