import * as z from 'zod';
import {
  bundleReferenceSchema,
  callReferenceSchema,
  idSchema,
  openSshPublicKeySchema,
  sha256HexSchema,
  timestampSchema,
} from './common';
import { outcomeSchema } from './bundle';

export const DELIBERATION_FORMAT = 'jurydesk.deliberation';

const statSchema = z.number().nullable();

/**
 * Strict, unlike the rest of the document: a result is recomputed field by field, and a field no reader recomputes
 * (`"score": 99`) would be signed figures nobody checked.
 */
export const resultSchema = z.strictObject({
  applicationId: idSchema,
  rank: z.int().min(1).nullable(),
  n: z.int().min(0),
  mean: statSchema,
  median: statSchema,
  sd: statSchema,
  min: statSchema,
  max: statSchema,
  calibrated: statSchema.optional(),
  criteria: z.record(idSchema, z.strictObject({ mean: statSchema, median: statSchema, n: z.int().min(0) })),
  flags: z.array(z.string()),
  /** The 90 % interval of the rank over the resamples the deliberation's `uncertainty` names. */
  rankInterval: z
    .strictObject({ low: z.int().min(1), high: z.int().min(1) })
    .nullable()
    .optional(),
  selectedProbability: z.number().min(0).max(1).nullable().optional(),
});

export const deliberationSchema = z.looseObject({
  format: z.literal(DELIBERATION_FORMAT),
  formatVersion: z.literal(1),
  call: callReferenceSchema,
  bundle: bundleReferenceSchema,
  chair: z.looseObject({ id: idSchema, name: z.string().min(1), publicKey: openSshPublicKeySchema }),
  revision: z.int().min(1),
  decidedAt: timestampSchema,
  method: z.looseObject({
    aggregate: z.enum(['mean', 'median', 'trimmed-mean']),
    normalization: z.enum(['none', 'z-score', 'bias-model']),
  }),
  /** How the rank intervals of the results were drawn: anyone can draw them again from the inputs. */
  uncertainty: z
    .looseObject({ resamples: z.int().min(1).max(100_000), seed: z.int().min(0).max(0xffff_ffff) })
    .optional(),
  /** The bundle's outcomes, so that a deliberation read alone says what each decision means and holds. */
  outcomes: z.array(outcomeSchema).optional(),
  inputs: z.array(
    z.looseObject({
      jurorId: idSchema,
      revision: z.int().min(1),
      sha256: sha256HexSchema,
      fingerprint: z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, 'an SSH fingerprint'),
    }),
  ),
  results: z.array(resultSchema),
  decisions: z.array(z.looseObject({ applicationId: idSchema, outcome: idSchema, rationale: z.string() })),
  minutes: z.string().optional(),
});

export type Deliberation = z.infer<typeof deliberationSchema>;
export type ApplicationResult = z.infer<typeof resultSchema>;
export type Decision = Deliberation['decisions'][number];
