import type { Criterion } from '../documents';

const LEVELS = (labels: Array<[string, string]>) =>
  labels.map(([fr, en], index) => ({ value: index + 1, label: { fr, en } }));

/**
 * The four criteria of the reference scenario (docs/DESIGN.md §1) — innovative character, viability of the business
 * model, beneficiaries already reached, potential to spread — each on a 1–5 scale with anchored levels in French and
 * English: the grid a new call starts from on the staff desk, and the demo call's.
 */
const REFERENCE: Criterion[] = [
  {
    id: 'innovation',
    label: { fr: 'Caractère innovant', en: 'Innovative character' },
    description: {
      fr: 'Nouveauté de la réponse apportée au problème, par rapport à ce qui existe sur le territoire.',
      en: 'How new the answer to the problem is, compared with what exists in the territory.',
    },
    weight: 1,
    scale: { min: 1, max: 5, step: 1 },
    levels: LEVELS([
      ['Reprend une solution existante sans apport', 'Copies an existing solution with nothing added'],
      ['Adaptation mineure de l’existant', 'Minor adaptation of what exists'],
      ['Nouvelle pour le territoire', 'New to the territory'],
      ['Nouvelle en France', 'New in France'],
      ['Rupture qui change la manière d’agir', 'A break that changes how things are done'],
    ]),
  },
  {
    id: 'viabilite',
    label: { fr: 'Viabilité du modèle économique', en: 'Viability of the business model' },
    description: {
      fr: 'Solidité des ressources, diversité des financements, capacité à durer après l’accompagnement.',
      en: 'Strength of resources, diversity of funding, ability to last after the programme.',
    },
    weight: 1,
    scale: { min: 1, max: 5, step: 1 },
    levels: LEVELS([
      ['Pas de modèle identifié', 'No model identified'],
      ['Dépend d’une seule subvention', 'Depends on a single grant'],
      ['Ressources diversifiées mais fragiles', 'Diverse but fragile resources'],
      ['Modèle équilibré, à consolider', 'Balanced model, to be consolidated'],
      ['Modèle éprouvé et autonome', 'Proven, self-sustaining model'],
    ]),
  },
  {
    id: 'beneficiaires',
    label: { fr: 'Nombre de bénéficiaires déjà touchés', en: 'Beneficiaries already reached' },
    description: {
      fr: 'Nombre de personnes déjà accompagnées, rapporté à l’âge de la structure.',
      en: 'Number of people already supported, relative to the organisation’s age.',
    },
    weight: 1,
    scale: { min: 1, max: 5, step: 1 },
    levels: LEVELS([
      ['Moins de 100', 'Fewer than 100'],
      ['100 à 500', '100 to 500'],
      ['500 à 2 000', '500 to 2,000'],
      ['2 000 à 5 000', '2,000 to 5,000'],
      ['Plus de 5 000', 'More than 5,000'],
    ]),
  },
  {
    id: 'essaimage',
    label: { fr: 'Potentiel d’essaimage territorial', en: 'Potential to spread across the territory' },
    description: {
      fr: 'Capacité du projet à être reproduit ou étendu à d’autres territoires.',
      en: 'How well the project can be reproduced or extended to other territories.',
    },
    weight: 1,
    scale: { min: 1, max: 5, step: 1 },
    levels: LEVELS([
      ['Propre à un seul lieu', 'Tied to one place'],
      ['Extension locale possible', 'Local extension possible'],
      ['Reproductible avec un fort appui', 'Reproducible with strong support'],
      ['Reproductible, méthode documentée', 'Reproducible, documented method'],
      ['Essaimage déjà engagé', 'Already spreading'],
    ]),
  },
];

export const REFERENCE_CRITERIA: readonly Criterion[] = REFERENCE;
