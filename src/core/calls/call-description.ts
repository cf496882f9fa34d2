import * as z from 'zod';
import { bundleManifestSchema, labelSchema, parseStrictJson, schemaFailureReason } from '../documents';
import { asResult, JurydeskError, type Result } from '../errors';

export const FIELD_TYPES = ['string', 'number', 'integer', 'boolean'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const fieldColumnSchema = z.union([
  z.string().min(1),
  z.strictObject({
    column: z.string().min(1),
    type: z.enum(FIELD_TYPES).default('string'),
    /** What jurors read for this fact; the column's header when absent. */
    label: labelSchema.optional(),
  }),
]);

/** How spreadsheet columns become applications (docs/FORMATS.md §9). */
export const columnsSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  summary: z.string().min(1).optional(),
  fields: z.record(z.string().min(1), fieldColumnSchema).default({}),
  answers: z.array(z.strictObject({ question: labelSchema, column: z.string().min(1) })).default([]),
  attachments: z.array(z.string().min(1)).default([]),
});

const manifest = bundleManifestSchema.shape;

/**
 * CALL.json: everything of a bundle's manifest that is not per application, and the column mapping. The staff desk
 * and `jurydesk bundle` read and write this same description: two doors to one call (docs/DESIGN.md §1).
 */
export const callDescriptionSchema = z.strictObject({
  call: manifest.call,
  // Version 0 is signed on purpose (--declarations, the desk's button), never numbered by a description.
  sequence: z.int().min(1).optional(),
  issuer: z.strictObject({ name: z.string().min(1) }),
  criteria: manifest.criteria,
  jurors: manifest.jurors,
  outcomes: manifest.outcomes,
  conflicts: manifest.conflicts,
  assignments: manifest.assignments,
  retention: manifest.retention,
  columns: columnsSchema,
});

export type CallDescription = z.infer<typeof callDescriptionSchema>;
export type ColumnMapping = z.infer<typeof columnsSchema>;
export type FieldColumn = z.infer<typeof fieldColumnSchema>;

/** A fact's column, type and label, whichever way the description wrote it. */
export function fieldColumn(field: FieldColumn): {
  column: string;
  type: FieldType;
  label?: z.infer<typeof labelSchema>;
} {
  return typeof field === 'string' ? { column: field, type: 'string' } : field;
}

/** A call description from the text of a CALL.json: strict JSON, then the schema, each failure in one sentence. */
export function parseCallDescription(text: string, path: string): Promise<Result<CallDescription>> {
  return asResult(async () => {
    const json = parseStrictJson(text.replace(/^\uFEFF/, ''), path);
    const parsed = callDescriptionSchema.safeParse(json, { reportInput: true });
    if (!parsed.success) throw new JurydeskError('call.invalid', { path, reason: schemaFailureReason(parsed.error) });
    return parsed.data;
  });
}

/** The text of a CALL.json, as `jurydesk bundle` reads it: indented, in the schema's order of fields. */
export function serializeCallDescription(description: CallDescription): string {
  return `${JSON.stringify(callDescriptionSchema.parse(description), null, 2)}\n`;
}
