import * as z from 'zod';
import { isWholeStepsFrom } from './decimal';
import { idSchema, labelSchema, labelText, openSshPublicKeySchema, sha256HexSchema, timestampSchema } from './common';

export const BUNDLE_FORMAT = 'jurydesk.bundle';

export const scaleSchema = z.looseObject({
  min: z.number(),
  max: z.number(),
  step: z.number().positive(),
});

export const criterionSchema = z.looseObject({
  id: idSchema,
  label: labelSchema,
  description: labelSchema.optional(),
  weight: z.number().positive(),
  scale: scaleSchema,
  levels: z.array(z.looseObject({ value: z.number(), label: labelSchema })).optional(),
  counted: z.boolean().optional(),
});

export const jurorSchema = z.looseObject({
  id: idSchema,
  name: z.string().min(1),
  role: z.enum(['juror', 'chair']),
  publicKey: openSshPublicKeySchema.optional(),
});

export const outcomeSchema = z.looseObject({
  id: idSchema,
  label: labelSchema,
  kind: z.enum(['selected', 'waitlist', 'rejected']),
  capacity: z.int().min(0).optional(),
});

export const attachmentSchema = z.looseObject({
  path: z.string().min(1),
  name: z.string().min(1),
  mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'a media type such as application/pdf'),
  size: z.int().min(0),
  sha256: sha256HexSchema,
});

export const applicationSchema = z.looseObject({
  id: idSchema,
  name: z.string().min(1),
  summary: z.string().optional(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  answers: z.array(z.looseObject({ question: labelSchema, answer: z.string() })).optional(),
  attachments: z.array(attachmentSchema).optional(),
});

export const bundleManifestSchema = z.looseObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(1),
  call: z.looseObject({
    id: idSchema,
    title: labelSchema,
    organizer: z.string().optional(),
    description: labelSchema.optional(),
    language: z.string().optional(),
  }),
  /** 0 for the version that only gathers declarations of interests, before the one jurors score (§4). */
  sequence: z.int().min(0),
  previousManifestSha256: sha256HexSchema.nullable(),
  issuedAt: timestampSchema,
  issuer: z.looseObject({ name: z.string().min(1), publicKey: openSshPublicKeySchema }),
  criteria: z.array(criterionSchema).min(1),
  jurors: z.array(jurorSchema).min(1),
  outcomes: z.array(outcomeSchema).min(1),
  /** What a person reads for each key of the applications' `fields` (docs/FORMATS.md §4). */
  fieldLabels: z.record(z.string(), labelSchema).optional(),
  /** The order staff gave the facts: a signed manifest's keys are sorted, so the order travels apart (§4). */
  fieldOrder: z.array(z.string()).optional(),
  /**
   * A call that changes hands: signed by a new staff key, naming the key that signed the versions before. Jurors'
   * laptops then ask them to compare the new fingerprint with staff before taking it (§4).
   */
  handover: z
    .looseObject({ previousIssuerPublicKey: openSshPublicKeySchema, reason: z.string().optional() })
    .optional(),
  applications: z.array(applicationSchema),
  conflicts: z
    .array(z.looseObject({ jurorId: idSchema, applicationId: idSchema, reason: z.string().optional() }))
    .optional(),
  assignments: z.array(z.looseObject({ jurorId: idSchema, applicationIds: z.array(idSchema) })).optional(),
  retention: z.looseObject({ deleteAfter: z.union([z.iso.date(), timestampSchema]) }).optional(),
});

export type BundleManifest = z.infer<typeof bundleManifestSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Juror = z.infer<typeof jurorSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Application = z.infer<typeof applicationSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;

/**
 * The fact keys in the order apps show them: those `fieldOrder` names first, in its order, then any other key the
 * labels or the applications carry, as they come.
 */
export function factOrder(manifest: Pick<BundleManifest, 'fieldOrder' | 'fieldLabels' | 'applications'>): string[] {
  const keys = new Set(manifest.fieldOrder ?? []);
  for (const key of Object.keys(manifest.fieldLabels ?? {})) keys.add(key);
  for (const application of manifest.applications)
    for (const key of Object.keys(application.fields ?? {})) keys.add(key);
  return [...keys];
}

/** What a person reads for a fact key: its label in the manifest, in their language where it gives one; never the key when there is a label. */
export function fieldLabelText(manifest: Pick<BundleManifest, 'fieldLabels'>, key: string, language: string): string {
  const label = manifest.fieldLabels?.[key];
  return label === undefined ? key : labelText(label, language);
}

export function isCounted(criterion: Criterion): boolean {
  return criterion.counted !== false;
}

/** On the scale: within it, and a whole number of steps from its minimum, as exact decimals (0.1 steps included). */
export function isOnScale(value: number, scale: Scale): boolean {
  return isWholeStepsFrom(value, scale);
}
