import { z } from 'zod';
import { bundleReferenceSchema, callReferenceSchema, idSchema, openSshPublicKeySchema, timestampSchema } from './common';

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
