import type { z } from 'zod';

/**
 * A plausible value for a zod schema, read from the schema itself: the right keys with values
 * of the right kind (a uuid where a uuid goes, an option of an enum ...). It is not always
 * valid (patterns and refinements are not solved); the IPC fuzz test breaks one part of it
 * at a time, to get past the outer checks into the inner ones.
 */
export function sampleFor(schema: z.ZodType, ids: readonly string[]): unknown {
  const def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape ?? {}).map(([key, inner]) => [key, sampleFor(inner, ids)]),
      );
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return sampleFor(def.innerType!, ids);
    case 'pipe':
      return sampleFor(def.in!, ids);
    case 'lazy':
      return sampleFor(def.getter!(), ids);
    case 'union':
      return sampleFor(def.options![0]!, ids);
    case 'intersection':
      return Object.assign({}, sampleFor(def.left!, ids), sampleFor(def.right!, ids));
    case 'array':
      return [sampleFor(def.element!, ids)];
    case 'tuple':
      return (def.items ?? []).map((item) => sampleFor(item, ids));
    case 'record':
      return {};
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string':
      return sampleString(def, ids);
    default:
      return undefined;
  }
}

interface SchemaDef {
  type: string;
  format?: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
}

function sampleString(def: SchemaDef, ids: readonly string[]): string {
  switch (def.format) {
    case 'uuid':
      return ids[0] ?? '01900000-0000-7000-8000-000000000000';
    case 'email':
      return 'ana@example.com';
    case 'date':
      return '2026-11-20';
    case 'datetime':
      return '2026-11-20T09:30:00.000Z';
    default:
      return 'Ana';
  }
}
