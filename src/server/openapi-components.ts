type Document = { paths?: object; components?: { schemas?: Record<string, unknown> } };

const REF_PREFIX = '#/components/schemas/';

/** Every component name a JSON value refers to with `$ref`, at any depth. */
function refsIn(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(REF_PREFIX))
        found.add(child.slice(REF_PREFIX.length));
      else refsIn(child, found);
    }
}

/**
 * Keeps only the components the operations use, directly or through other components. The type
 * provider writes every registered schema twice — as it is read (`XInput`) and as it is
 * answered (`X`) — whether or not a route takes or gives it; the unused half would only be
 * noise in the document and in the client generated from it.
 */
export function withoutUnusedComponents<T extends Document>(document: T): T {
  const schemas = document.components?.schemas;
  if (!schemas) return document;
  const used = new Set<string>();
  refsIn(document.paths, used);
  const pending = [...used];
  while (pending.length > 0) {
    const found = new Set<string>();
    refsIn(schemas[pending.pop()!], found);
    for (const name of found)
      if (!used.has(name)) {
        used.add(name);
        pending.push(name);
      }
  }
  const kept = Object.fromEntries(
    Object.keys(schemas)
      .filter((name) => used.has(name))
      .sort()
      .map((name) => [name, schemas[name]]),
  );
  return { ...document, components: { ...document.components, schemas: kept } };
}
