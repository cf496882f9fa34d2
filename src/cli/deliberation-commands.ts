import { createTranslator } from '@core/catalogue';
import type { Language } from '@core/errors';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  chosenMethod,
  computeResults,
  jurorTotals,
  type MethodChoice,
  rankUncertainty,
  type UncertaintySettings,
  deliberationContent,
  mergeScoreFiles,
  deliberationTable,
  toCsv,
  toXlsx,
} from '@core/jury';
import {
  verifyBundle,
  type VerifiedBundle,
  keysAllowedFor,
  parseAllowedSigners,
  createDeliberation,
  requirePinnedChair,
  type Decision,
} from '@core/documents';
import { verifyDeliberation } from '@core/verify';
import { NAMESPACES, fingerprint, parsePublicKey, samePublicKey } from '@core/crypto';
import { JurydeskError } from '@core/errors';
import { readPrivateKeyFile } from './bundle-command';
import { CliError } from './cli-error';
import { checkOutPath, readFileBlob, writeBlobFile } from './files';
import { methodLine } from './merge-command';
import { readSpreadsheet } from './spreadsheet';

async function loadBundle(path: string): Promise<VerifiedBundle> {
  const loaded = await verifyBundle(await readFileBlob(path));
  if (!loaded.ok) throw new JurydeskError(loaded.error.code, loaded.error.details);
  return loaded.value;
}

/** Decisions from a spreadsheet with the columns applicationId, outcome, rationale; every error names its row. */
export async function readDecisions(path: string, bundle: VerifiedBundle): Promise<Decision[]> {
  const sheet = await readSpreadsheet(path);
  for (const column of ['applicationId', 'outcome', 'rationale']) {
    if (!sheet.columns.includes(column)) {
      throw CliError.of('decisionColumn', { path, column });
    }
  }
  const { manifest } = bundle;
  return sheet.rows.map((row) => {
    const text = (column: string) => String(row.cells.get(column) ?? '').trim();
    const applicationId = text('applicationId');
    const outcome = text('outcome');
    if (!manifest.applications.some((application) => application.id === applicationId)) {
      throw CliError.of('decisionApplication', { row: row.row, applicationId });
    }
    if (!manifest.outcomes.some((candidate) => candidate.id === outcome)) {
      throw CliError.of('decisionOutcome', {
        row: row.row,
        outcome,
        outcomes: manifest.outcomes.map((candidate) => candidate.id).join(', '),
      });
    }
    return { applicationId, outcome, rationale: text('rationale') };
  });
}

export interface DeliberateOptions {
  bundlePath: string;
  scorePaths: string[];
  decisionsPath: string;
  keyPath: string;
  outPath: string;
  /** Replace a file already at `outPath` (`--force`). */
  force?: boolean;
  /** The method options given; the rest is recommended from the score files. */
  choice: MethodChoice;
  uncertainty: UncertaintySettings;
  minutesPath?: string;
  revision: number;
  decidedAt?: string;
  language: Language;
}

/** A signed deliberation for scripted or paper-based meetings: the merge's results and the decisions of a spreadsheet. */
export async function deliberateCommand(
  options: DeliberateOptions,
  log: (line: string) => void,
  warn: (line: string) => void = () => {},
): Promise<void> {
  await checkOutPath(options.outPath, options.force === true);
  const bundle = await loadBundle(options.bundlePath);
  const signer = await readPrivateKeyFile(options.keyPath);
  const chair = bundle.manifest.jurors.find((juror) => juror.role === 'chair')!;
  if (chair.publicKey && !samePublicKey(parsePublicKey(chair.publicKey), signer.publicKey)) {
    throw new JurydeskError('deliberation.signer-mismatch', {
      actual: await fingerprint(signer.publicKey),
      expected: await fingerprint(parsePublicKey(chair.publicKey)),
    });
  }
  const inputs = await Promise.all(
    options.scorePaths.map(async (path) => ({ name: basename(path), source: await readFileBlob(path) })),
  );
  const report = await mergeScoreFiles(inputs, { bundle, trustOnFirstUse: true });
  const refused = report.refused[0];
  if (refused) throw new JurydeskError(refused.failure.code, refused.failure.details);
  const equivocation = report.equivocations[0];
  if (equivocation) {
    throw new CliError((t, language) =>
      t('errors.equivocation', {
        files: new Intl.ListFormat(language, { type: 'conjunction' }).format(
          equivocation.files.map((file) => file.name),
        ),
        juror: equivocation.jurorId,
        revision: equivocation.revision,
      }),
    );
  }
  const decisions = await readDecisions(options.decisionsPath, bundle);
  const minutes = options.minutesPath ? await readFile(options.minutesPath, 'utf8') : undefined;
  const files = report.accepted.map((file) => file.scoreFile);
  const totals = jurorTotals(bundle.manifest, files);
  const method = chosenMethod(options.choice, totals);
  const content = deliberationContent({
    manifest: bundle.manifest,
    manifestSha256: bundle.manifestSha256,
    chair: { id: chair.id, name: chair.name },
    revision: options.revision,
    decidedAt: options.decidedAt ?? new Date().toISOString(),
    method,
    accepted: report.accepted,
    results: computeResults(bundle.manifest, files, { method }),
    uncertainty: {
      settings: options.uncertainty,
      byApplication: rankUncertainty(bundle.manifest, totals, method, options.uncertainty),
    },
    decisions,
    ...(minutes ? { minutes } : {}),
  });
  const { blob } = await createDeliberation(content, signer, report.accepted);
  await writeBlobFile(options.outPath, blob, { force: options.force === true });
  const unpinned = new Set(
    report.accepted
      .filter((file) => !bundle.manifest.jurors.find((juror) => juror.id === file.jurorId)?.publicKey)
      .map((file) => file.sha256),
  );
  const t = createTranslator(options.language, 'cli');
  for (const file of report.accepted.filter((candidate) => unpinned.has(candidate.sha256))) {
    warn(t('deliberate.unpinnedJuror', { juror: file.jurorId, file: file.name, fingerprint: file.fingerprint }));
  }
  log(
    [
      t('deliberate.wrote', {
        path: options.outPath,
        decisions: t('deliberate.decisions', { count: decisions.length }),
        revision: options.revision,
        fingerprint: await fingerprint(signer.publicKey),
      }),
      methodLine(t, options.choice, method),
      t('deliberate.used', { count: report.accepted.length }),
      ...report.accepted.map((file) =>
        t('deliberate.usedFile', { file: file.name, juror: file.jurorId, revision: file.revision, sha: file.sha256 }),
      ),
      ...report.ignored.map(({ file, keptRevision }) =>
        t('deliberate.leftOut', { file: file.name, revision: file.revision, juror: file.jurorId, kept: keptRevision }),
      ),
    ].join('\n'),
  );
}

export interface ExportOptions {
  filePath: string;
  bundlePath: string;
  format: 'csv' | 'csv-fr' | 'xlsx';
  outPath: string;
  /** Replace a file already at `outPath` (`--force`). */
  force?: boolean;
  language: 'fr' | 'en';
  allowedSignersPath?: string;
}

/** A verified deliberation as CSV (RFC 4180 or Excel-France) or XLSX, for staff's own tools; its chair must be pinned. */
export async function exportCommand(options: ExportOptions, log: (line: string) => void): Promise<void> {
  await checkOutPath(options.outPath, options.force === true);
  const bundle = await loadBundle(options.bundlePath);
  const signers = options.allowedSignersPath
    ? parseAllowedSigners(
        await readFile(options.allowedSignersPath, 'utf8').catch(() => unreadable(options.allowedSignersPath!)),
      )
    : null;
  const verified = await verifyDeliberation(await readFileBlob(options.filePath), {
    bundle,
    ...(signers
      ? {
          confirmedChairKeys: (deliberation) => keysAllowedFor(signers, deliberation.chair.id, NAMESPACES.deliberation),
        }
      : {}),
  });
  if (!verified.ok) throw new JurydeskError(verified.error.code, verified.error.details);
  requirePinnedChair(verified.value);
  const table = deliberationTable(verified.value.deliberation, bundle.manifest, options.language);
  const t = createTranslator(options.language, 'cli');
  const data =
    options.format === 'xlsx'
      ? await toXlsx(table, t('export.sheet'), (await import('exceljs')).default)
      : new TextEncoder().encode(toCsv(table, options.format === 'csv-fr' ? 'excel-fr' : 'rfc4180'));
  await writeBlobFile(options.outPath, new Blob([data as Uint8Array<ArrayBuffer>]), {
    force: options.force === true,
  });
  log(t('export.wrote', { path: options.outPath, count: table.rows.length, format: options.format }));
}

function unreadable(path: string): never {
  throw CliError.of('cannotRead', { path: path });
}
