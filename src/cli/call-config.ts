import { z } from 'zod';
import { bundleManifestSchema, schemaFailureReason, parseStrictJson } from '@core/documents';
import { JurydeskError } from '@core/errors';
import { CliError } from './cli-error';

const fieldColumnSchema = z.union([
  z.string().min(1),
  z.strictObject({
    column: z.string().min(1),
    type: z.enum(['string', 'number', 'integer', 'boolean']).default('string'),
  }),
]);

/** How spreadsheet columns become applications; documented in docs/CALL-CONFIG.md. */
export const columnsSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  summary: z.string().min(1).optional(),
  fields: z.record(z.string().min(1), fieldColumnSchema).default({}),
  answers: z.array(z.strictObject({ question: z.string().min(1), column: z.string().min(1) })).default([]),
  attachments: z.array(z.string().min(1)).default([]),
});

const manifest = bundleManifestSchema.shape;

/** CALL.json: everything of the manifest that is not per application, plus the column mapping. */
export const callConfigSchema = z.strictObject({
  call: manifest.call,
  sequence: manifest.sequence.optional(),
  issuer: z.strictObject({ name: z.string().min(1) }),
  criteria: manifest.criteria,
  jurors: manifest.jurors,
  outcomes: manifest.outcomes,
  conflicts: manifest.conflicts,
  assignments: manifest.assignments,
  retention: manifest.retention,
  columns: columnsSchema,
});

export type CallConfig = z.infer<typeof callConfigSchema>;
export type ColumnMapping = z.infer<typeof columnsSchema>;

export function parseCallConfig(text: string, path: string): CallConfig {
  let json;
  try {
    json = parseStrictJson(text.replace(/^\uFEFF/, ''), path);
  } catch (error) {
    if (error instanceof JurydeskError) throw new CliError(error.message, error.message);
    throw error;
  }
  const parsed = callConfigSchema.safeParse(json);
  if (!parsed.success) {
    const reason = schemaFailureReason(parsed.error);
    throw new CliError(
      `${path} is not a valid call description: ${reason}.`,
      `${path} n’est pas une description d’appel valide : ${reason}.`,
    );
  }
  return parsed.data;
}
