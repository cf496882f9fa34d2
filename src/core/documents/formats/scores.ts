import * as z from 'zod';
import {
  bundleReferenceSchema,
  callReferenceSchema,
  idSchema,
  openSshPublicKeySchema,
  timestampSchema,
  TIMESTAMP_PATTERN,
  ID_MAX_LENGTH,
} from './common';

export const SCORES_FORMAT = 'jurydesk.scores';

export const evaluationSchema = z.looseObject({
  applicationId: idSchema,
  status: z.enum(['draft', 'complete', 'recused']),
  recusalReason: z.string().optional(),
  scores: z.record(idSchema, z.number().nullable()),
  comments: z.record(idSchema, z.string()).optional(),
  comment: z.string().optional(),
  recommendation: idSchema.optional(),
  updatedAt: timestampSchema,
});

export const scoreFileSchema = z.looseObject({
  format: z.literal(SCORES_FORMAT),
  formatVersion: z.literal(1),
  call: callReferenceSchema,
  bundle: bundleReferenceSchema,
  juror: z.looseObject({ id: idSchema, name: z.string().min(1), publicKey: openSshPublicKeySchema }),
  revision: z.int().min(1),
  exportedAt: timestampSchema,
  evaluations: z.array(evaluationSchema),
});

export type ScoreFile = z.infer<typeof scoreFileSchema>;
export type Evaluation = z.infer<typeof evaluationSchema>;
export type EvaluationStatus = Evaluation['status'];

const STATUSES: ReadonlySet<unknown> = new Set(evaluationSchema.shape.status.options);

function isId(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= ID_MAX_LENGTH;
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isRecordOf(value: unknown, isMember: (member: unknown) => boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value))
    if (!isId(key) || !isMember((value as Record<string, unknown>)[key])) return false;
  return true;
}

const isScore = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value));
const isText = (value: unknown) => typeof value === 'string';

/**
 * What `evaluationSchema` accepts, as a plain predicate: never true where the schema would refuse. A national
 * call's score file holds thousands of evaluations, and this is an order of magnitude quicker than the schema.
 */
export function isValidEvaluation(value: unknown): value is Evaluation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const evaluation = value as Record<string, unknown>;
  return (
    isId(evaluation.applicationId) &&
    STATUSES.has(evaluation.status) &&
    isOptionalString(evaluation.recusalReason) &&
    isRecordOf(evaluation.scores, isScore) &&
    (evaluation.comments === undefined || isRecordOf(evaluation.comments, isText)) &&
    isOptionalString(evaluation.comment) &&
    (evaluation.recommendation === undefined || isId(evaluation.recommendation)) &&
    typeof evaluation.updatedAt === 'string' &&
    TIMESTAMP_PATTERN.test(evaluation.updatedAt)
  );
}

const scoreFileEnvelopeSchema = scoreFileSchema.extend({ evaluations: z.array(z.unknown()) });

/**
 * How a received score file is read: the schema checks the envelope and the predicate each evaluation; any
 * evaluation it does not accept sends the whole document through the schema, which then names the problem.
 */
export const scoreFileDocument: Pick<typeof scoreFileSchema, 'safeParse'> = {
  safeParse(value, context) {
    const envelope = scoreFileEnvelopeSchema.safeParse(value, context);
    if (envelope.success && envelope.data.evaluations.every(isValidEvaluation))
      return envelope as z.ZodSafeParseSuccess<ScoreFile>;
    return scoreFileSchema.safeParse(value, context);
  },
};
