import * as z from 'zod';

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
export const timestampSchema = z.iso.datetime({ offset: true });
/** The pattern `timestampSchema` checks, for loops that check thousands of timestamps without the schema. */
export const TIMESTAMP_PATTERN = z.regexes.datetime({ offset: true });
export const ID_MAX_LENGTH = 200;
export const idSchema = z.string().min(1).max(ID_MAX_LENGTH);
export const openSshPublicKeySchema = z
  .string()
  .regex(/^ssh-ed25519 [A-Za-z0-9+/]+={0,2}( .*)?$/, 'an OpenSSH ssh-ed25519 line');

/** A label is plain text or one text per language (`{ fr, en }`); extra languages are allowed. */
export const labelSchema = z.union([
  z.string().min(1),
  z
    .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/), z.string().min(1))
    .refine((texts) => Object.keys(texts).length > 0, 'at least one language'),
]);

export type Label = z.infer<typeof labelSchema>;

export function labelText(label: Label, language: string): string {
  if (typeof label === 'string') return label;
  return label[language] ?? label.fr ?? label.en ?? Object.values(label)[0] ?? '';
}

/**
 * The language of the text `labelText` picks, so that the page can say so (docs/ACCESSIBILITY.md, language of
 * parts): a plain text is in the bundle's declared language, `undefined` when the bundle declares none.
 */
export function labelLanguage(label: Label, language: string, bundleLanguage: string | undefined): string | undefined {
  if (typeof label === 'string') return bundleLanguage;
  return [language, 'fr', 'en'].find((candidate) => label[candidate] !== undefined) ?? Object.keys(label)[0];
}

export const callReferenceSchema = z.looseObject({ id: idSchema });

export const bundleReferenceSchema = z.looseObject({
  sequence: z.int().min(1),
  manifestSha256: sha256HexSchema,
});

/** Rounds every number written to a file to 4 decimals (docs/DESIGN.md §3). */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
