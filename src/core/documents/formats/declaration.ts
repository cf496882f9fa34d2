import * as z from 'zod';
import { callReferenceSchema, idSchema, openSshPublicKeySchema, sha256HexSchema, timestampSchema } from './common';

export const DECLARATION_FORMAT = 'jurydesk.declaration';

/** One application a juror has an interest in: a founder they know, a former employer, a competitor. */
export const interestSchema = z.looseObject({
  applicationId: idSchema,
  reason: z.string().optional(),
});

/**
 * A juror's declaration of interests (docs/FORMATS.md §11): made before the draw, on any version of the call staff
 * published — version 0 above all, the applications' names and summaries only. An empty list declares none.
 */
export const declarationSchema = z.looseObject({
  format: z.literal(DECLARATION_FORMAT),
  formatVersion: z.literal(1),
  call: callReferenceSchema,
  bundle: z.looseObject({ sequence: z.int().min(0), manifestSha256: sha256HexSchema }),
  juror: z.looseObject({ id: idSchema, name: z.string().min(1), publicKey: openSshPublicKeySchema }),
  revision: z.int().min(1),
  exportedAt: timestampSchema,
  interests: z.array(interestSchema),
});

export type Declaration = z.infer<typeof declarationSchema>;
export type Interest = z.infer<typeof interestSchema>;
