/**
 * Regenerates resources/demo deterministically: the demo keys (derived from fixed seeds, so anyone can
 * reproduce them — they are demo keys and say so), the spreadsheet, one PDF per application, the call
 * description and the signed bundle. `npm run demo [-- --out DIR]`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { utf8 } from '@core/crypto/bytes';
import { sha256 } from '@core/crypto/hash';
import { formatPrivateKey, formatPublicKey, keyPairFromSeed, type KeyPair } from '@core/crypto/keys';
import { bundleCommand } from '../src/cli/bundle-command';
import { verifyBundle } from '@core/documents/bundle';
import { createScoreFile } from '@core/documents/scorefile';
import {
  DEMO_APPLICATIONS,
  DEMO_CRITERIA,
  DEMO_JURORS,
  DEMO_OUTCOMES,
  DEMO_QUESTIONS,
  type DemoApplication,
} from './demo-content';

const FIXED_DATE = new Date('2026-11-02T09:00:00Z');
export const DEMO_ISSUED_AT = '2026-11-02T09:00:00Z';
const DEMO_LABEL = 'DEMO KEY, NOT SECRET';

async function demoKey(name: string, comment: string): Promise<KeyPair> {
  return keyPairFromSeed(await sha256(utf8(`jurydesk demo key/${name}`)), `${comment} — ${DEMO_LABEL}`);
}

async function pitchDeck(application: DemoApplication): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(`${application.name} — dossier de présentation`);
  pdf.setAuthor(application.name);
  pdf.setProducer('Jurydesk demo generator');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  const wrap = (text: string, size: number, width: number) => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (regular.widthOfTextAtSize(candidate, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) lines.push(line);
    return lines;
  };

  const cover = pdf.addPage([842, 595]);
  cover.drawRectangle({ x: 0, y: 495, width: 842, height: 100, color: rgb(0.13, 0.27, 0.45) });
  cover.drawText(application.name, { x: 48, y: 532, size: 34, font: bold, color: rgb(1, 1, 1) });
  cover.drawText('Dossier de présentation — Appel Cap Inclusion 2027 (démonstration)', {
    x: 48,
    y: 450,
    size: 16,
    font: regular,
    color: rgb(0.2, 0.2, 0.2),
  });
  let y = 400;
  for (const line of wrap(application.summary, 18, 740)) {
    cover.drawText(line, { x: 48, y, size: 18, font: regular });
    y -= 26;
  }
  const facts = [
    `Forme juridique : ${application.legalForm}`,
    `Région : ${application.region}`,
    `Création : ${application.yearFounded}`,
    `Bénéficiaires accompagnés : ${application.beneficiaries.toLocaleString('fr-FR')}`,
    `Chiffre d’affaires ou budget annuel : ${application.revenue.toLocaleString('fr-FR')} €`,
    `Équipe : ${application.teamSize} personnes`,
  ];
  y -= 20;
  for (const fact of facts) {
    cover.drawText(fact.replace(/\u202f/g, ' '), { x: 48, y, size: 14, font: regular, color: rgb(0.25, 0.25, 0.25) });
    y -= 22;
  }

  const body = pdf.addPage([842, 595]);
  y = 540;
  for (const [question, answer] of [
    [DEMO_QUESTIONS.problem, application.problem],
    [DEMO_QUESTIONS.solution, application.solution],
    [DEMO_QUESTIONS.spread, application.spread],
  ] as const) {
    body.drawText(question, { x: 48, y, size: 16, font: bold, color: rgb(0.13, 0.27, 0.45) });
    y -= 26;
    for (const line of wrap(answer, 13, 740)) {
      body.drawText(line, { x: 48, y, size: 13, font: regular });
      y -= 19;
    }
    y -= 24;
  }
  body.drawText('Document fictif, produit pour la démonstration de Jurydesk.', {
    x: 48,
    y: 30,
    size: 10,
    font: regular,
    color: rgb(0.4, 0.4, 0.4),
  });
  return pdf.save({ useObjectStreams: false });
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Saved as a French spreadsheet program does: a BOM, “;” between cells, CRLF line ends, decimal numbers unformatted. */
function applicationsCsv(): string {
  const header = [
    'Numéro',
    'Structure',
    'Forme juridique',
    'Région',
    'Année de création',
    'Bénéficiaires',
    'Chiffre d’affaires (€)',
    'Effectif',
    'Résumé',
    'Problème',
    'Solution',
    'Essaimage',
    'Dossier PDF',
  ];
  const rows = DEMO_APPLICATIONS.map((application) => [
    application.id,
    application.name,
    application.legalForm,
    application.region,
    application.yearFounded,
    application.beneficiaries,
    application.revenue,
    application.teamSize,
    application.summary,
    application.problem,
    application.solution,
    application.spread,
    `${application.id}-dossier.pdf`,
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

async function callDescription(keys: Map<string, KeyPair>) {
  return {
    call: {
      id: 'cap-inclusion-2027-demo',
      title: { fr: 'Cap Inclusion — Appel 2027 (démonstration)', en: 'Cap Inclusion — 2027 call (demo)' },
      organizer: 'Accélérateur Cap Inclusion (fictif)',
      description: {
        fr: 'Appel fictif de démonstration : sélection de deux promotions de quatre structures de l’inclusion numérique.',
        en: 'A fictional demo call: selecting two cohorts of four digital-inclusion organisations.',
      },
      language: 'fr',
    },
    issuer: { name: 'Équipe Cap Inclusion (clé de démonstration)' },
    criteria: DEMO_CRITERIA,
    jurors: DEMO_JURORS.map(({ id, name, role, keyInRoster }) => ({
      id,
      name,
      role,
      ...(keyInRoster ? { publicKey: formatPublicKey(keys.get(id)!.publicKey) } : {}),
    })),
    outcomes: DEMO_OUTCOMES,
    conflicts: [{ jurorId: 'karim-benali', applicationId: 'C2027-008', reason: 'Sa banque finance la structure.' }],
    retention: { deleteAfter: '2027-06-30' },
    columns: {
      id: 'Numéro',
      name: 'Structure',
      summary: 'Résumé',
      fields: {
        legalForm: { column: 'Forme juridique', type: 'string', label: { fr: 'Forme juridique', en: 'Legal form' } },
        region: { column: 'Région', type: 'string', label: { fr: 'Région', en: 'Region' } },
        yearFounded: {
          column: 'Année de création',
          type: 'integer',
          label: { fr: 'Année de création', en: 'Founded' },
        },
        beneficiaries: {
          column: 'Bénéficiaires',
          type: 'integer',
          label: { fr: 'Bénéficiaires accompagnés', en: 'Beneficiaries reached' },
        },
        revenue: {
          column: 'Chiffre d’affaires (€)',
          type: 'number',
          label: { fr: 'Chiffre d’affaires (€)', en: 'Revenue (€)' },
        },
        teamSize: { column: 'Effectif', type: 'integer', label: { fr: 'Effectif', en: 'Team size' } },
      },
      answers: [
        { question: DEMO_QUESTIONS.problem, column: 'Problème' },
        { question: DEMO_QUESTIONS.solution, column: 'Solution' },
        { question: DEMO_QUESTIONS.spread, column: 'Essaimage' },
      ],
      attachments: ['Dossier PDF'],
    },
  };
}

/** A deterministic number in [0, 1) from a text: the demo's jurors disagree the same way at every regeneration. */
async function unit(text: string): Promise<number> {
  const digest = await sha256(utf8(text));
  return ((digest[0]! << 8) | digest[1]!) / 65536;
}

/** How lenient each demo juror is, so that calibration has something to correct. */
const JUROR_BIAS: Record<string, number> = {
  'claire-martin': 0,
  'karim-benali': -0.6,
  'sophie-lefevre': 0.4,
  'julien-moreau': -0.2,
  'nadia-haddad': 0.5,
};

/** Each application's underlying quality on the four criteria (1–5). */
const QUALITY: Record<string, [number, number, number, number]> = {
  'C2027-001': [4, 3, 4, 4],
  'C2027-002': [5, 3, 3, 4],
  'C2027-003': [3, 5, 5, 4],
  'C2027-004': [4, 3, 4, 4],
  'C2027-005': [3, 4, 2, 3],
  'C2027-006': [4, 4, 3, 4],
  'C2027-007': [4, 4, 2, 4],
  'C2027-008': [3, 4, 5, 4],
  'C2027-009': [3, 2, 1, 2],
  'C2027-010': [4, 4, 5, 5],
  'C2027-011': [3, 3, 3, 3],
  'C2027-012': [3, 4, 4, 3],
};

const DEMO_EXPORTED_AT = '2026-11-18T17:30:00Z';

/** The five jurors' score files, as their laptops would have exported them before the selection meeting. */
async function demoScoreFiles(
  outDirectory: string,
  keys: Map<string, KeyPair>,
  manifestSha256: string,
  sequence: number,
) {
  await mkdir(join(outDirectory, 'scores'), { recursive: true });
  const criteria = DEMO_CRITERIA.map((criterion) => criterion.id);
  for (const juror of DEMO_JURORS) {
    const evaluations = [];
    for (const application of DEMO_APPLICATIONS) {
      if (juror.id === 'karim-benali' && application.id === 'C2027-008') continue;
      const updatedAt = DEMO_EXPORTED_AT.replace('17:30', '16:00');
      if (juror.id === 'nadia-haddad' && application.id === 'C2027-004') {
        evaluations.push({
          applicationId: application.id,
          status: 'recused' as const,
          recusalReason: 'Je siège au conseil d’administration de la structure.',
          scores: Object.fromEntries(criteria.map((id) => [id, null])),
          updatedAt,
        });
        continue;
      }
      const scores: Record<string, number> = {};
      for (const [index, id] of criteria.entries()) {
        const noise = (await unit(`${juror.id}/${application.id}/${id}`)) * 2 - 1;
        // Julien reads business models harshly and C2027-007's beneficiaries generously: a real disagreement.
        const twist = juror.id === 'julien-moreau' && application.id === 'C2027-007' && id === 'beneficiaires' ? 3 : 0;
        scores[id] = Math.min(
          5,
          Math.max(
            1,
            Math.round(QUALITY[application.id]![index]! + (JUROR_BIAS[juror.id] ?? 0) + noise * 0.45 + twist),
          ),
        );
      }
      evaluations.push({
        applicationId: application.id,
        status: 'complete' as const,
        scores,
        ...(application.id === 'C2027-009'
          ? { comment: 'Projet prometteur mais trop jeune pour cette promotion.' }
          : {}),
        updatedAt,
      });
    }
    const { blob } = await createScoreFile(
      {
        call: { id: 'cap-inclusion-2027-demo' },
        bundle: { sequence, manifestSha256 },
        juror: { id: juror.id, name: juror.name },
        revision: 1,
        exportedAt: DEMO_EXPORTED_AT,
        evaluations,
      },
      keys.get(juror.id)!,
    );
    await writeFile(join(outDirectory, 'scores', `${juror.id}.juryscores`), new Uint8Array(await blob.arrayBuffer()));
  }
}

export async function makeDemo(outDirectory: string, log: (line: string) => void = () => undefined): Promise<void> {
  await rm(outDirectory, { recursive: true, force: true });
  await mkdir(join(outDirectory, 'keys'), { recursive: true });
  await mkdir(join(outDirectory, 'files'), { recursive: true });

  const staff = await demoKey('staff', 'Cap Inclusion staff');
  const keys = new Map<string, KeyPair>();
  for (const juror of DEMO_JURORS) keys.set(juror.id, await demoKey(juror.id, juror.name));
  const allowedSigners = [
    `# Demo keys only: their private halves are published in resources/demo/keys.`,
    `cap-inclusion-staff namespaces="jurydesk-bundle-v1" ${formatPublicKey(staff.publicKey)}`,
    ...DEMO_JURORS.map(
      (juror) =>
        `${juror.id} namespaces="jurydesk-scores-v1${juror.role === 'chair' ? ',jurydesk-deliberation-v1' : ''}" ${formatPublicKey(keys.get(juror.id)!.publicKey)}`,
    ),
  ];
  for (const [name, pair] of [
    ['demo-staff', staff],
    ...[...keys].map(([id, pair]) => [`demo-${id}`, pair] as const),
  ] as const) {
    await writeFile(join(outDirectory, 'keys', name), formatPrivateKey(pair), { mode: 0o600 });
    await writeFile(join(outDirectory, 'keys', `${name}.pub`), `${formatPublicKey(pair.publicKey)}\n`);
  }
  await writeFile(join(outDirectory, 'allowed_signers'), `${allowedSigners.join('\n')}\n`);

  for (const application of DEMO_APPLICATIONS) {
    await writeFile(join(outDirectory, 'files', `${application.id}-dossier.pdf`), await pitchDeck(application));
  }
  await writeFile(join(outDirectory, 'applications.csv'), applicationsCsv());
  await writeFile(join(outDirectory, 'call.json'), `${JSON.stringify(await callDescription(keys), null, 2)}\n`);

  await bundleCommand(
    {
      callPath: join(outDirectory, 'call.json'),
      applicationsPath: join(outDirectory, 'applications.csv'),
      filesDirectory: join(outDirectory, 'files'),
      keyPath: join(outDirectory, 'keys', 'demo-staff'),
      outPath: join(outDirectory, 'demo.jurybundle'),
      force: true,
      issuedAt: DEMO_ISSUED_AT,
    },
    log,
  );
  const bundle = await verifyBundle(new Blob([await readFile(join(outDirectory, 'demo.jurybundle'))]));
  if (!bundle.ok) throw new Error(`the demo bundle does not verify: ${bundle.error.code}`);
  await demoScoreFiles(outDirectory, keys, bundle.value.manifestSha256, bundle.value.manifest.sequence);
}

if (process.argv[1]?.endsWith('make-demo.ts')) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  await makeDemo(resolve(values.out ?? 'resources/demo'), (line) => console.log(line));
}
