import { REFERENCE_CRITERIA } from '../src/core/calls/template';

/** The fictional call shipped with the app: a French digital-inclusion accelerator, the reference scenario of docs/DESIGN.md §1. */

export interface DemoApplication {
  id: string;
  name: string;
  legalForm: string;
  region: string;
  yearFounded: number;
  beneficiaries: number;
  revenue: number;
  teamSize: number;
  summary: string;
  problem: string;
  solution: string;
  spread: string;
}

export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    id: 'C2027-001',
    name: 'Clic’Solidaire',
    legalForm: 'Association loi 1901',
    region: 'Hauts-de-France',
    yearFounded: 2019,
    beneficiaries: 4200,
    revenue: 310000,
    teamSize: 9,
    summary: 'Permanences numériques itinérantes dans les bourgs ruraux de l’Aisne, en camion aménagé.',
    problem:
      'Dans les communes de moins de 2 000 habitants, un tiers des personnes âgées ne peut pas faire ses démarches en ligne seul.',
    solution:
      'Un camion équipé de postes et d’une connexion satellite tient des permanences hebdomadaires avec des médiateurs formés.',
    spread: 'Le modèle est documenté en kit ; deux départements voisins nous ont sollicités pour 2027.',
  },
  {
    id: 'C2027-002',
    name: 'Parole Numérique',
    legalForm: 'SCIC',
    region: 'Auvergne-Rhône-Alpes',
    yearFounded: 2021,
    beneficiaries: 1800,
    revenue: 240000,
    teamSize: 6,
    summary: 'Assistant vocal en français facile pour remplir les formulaires administratifs les plus courants.',
    problem: 'Les personnes en situation d’illettrisme abandonnent les démarches dès le premier formulaire.',
    solution:
      'Un assistant vocal guide pas à pas et relit les réponses ; un médiateur humain reprend la main si besoin.',
    spread: 'Licence ouverte aux centres sociaux ; trois réseaux régionaux en test.',
  },
  {
    id: 'C2027-003',
    name: 'ReBoot Ordis',
    legalForm: 'SAS (agrément ESUS)',
    region: 'Île-de-France',
    yearFounded: 2018,
    beneficiaries: 12500,
    revenue: 1450000,
    teamSize: 24,
    summary: 'Reconditionnement d’ordinateurs d’entreprises en chantier d’insertion, revendus à prix solidaire.',
    problem: 'Le coût de l’équipement reste le premier frein à l’usage du numérique chez les ménages modestes.',
    solution:
      'Des salariés en insertion reconditionnent le parc réformé des entreprises ; les ordinateurs sont vendus 90 € avec une prise en main.',
    spread: 'Ouverture d’un second atelier à Lyon prévue ; modèle de franchise sociale à l’étude.',
  },
  {
    id: 'C2027-004',
    name: 'Les Connectés du Quartier',
    legalForm: 'Association loi 1901',
    region: 'Provence-Alpes-Côte d’Azur',
    yearFounded: 2016,
    beneficiaries: 3100,
    revenue: 185000,
    teamSize: 5,
    summary:
      'Ateliers numériques entre pairs dans les quartiers prioritaires de Marseille, animés par des jeunes du quartier.',
    problem: 'Les dispositifs existants touchent peu les familles des quartiers prioritaires, qui s’en méfient.',
    solution:
      'Des jeunes du quartier, formés et rémunérés, animent des ateliers au pied des immeubles et dans les écoles.',
    spread: 'Méthode reprise à Nice ; formation de formateurs en préparation.',
  },
  {
    id: 'C2027-005',
    name: 'AidantsConnect+',
    legalForm: 'SASU',
    region: 'Occitanie',
    yearFounded: 2022,
    beneficiaries: 650,
    revenue: 95000,
    teamSize: 3,
    summary: 'Outil de suivi des démarches confiées par les usagers aux travailleurs sociaux, avec consentement tracé.',
    problem: 'Les travailleurs sociaux font des démarches à la place des usagers sans cadre ni traçabilité.',
    solution: 'Un registre simple des mandats, des rappels d’échéances et un historique partagé avec l’usager.',
    spread: 'Vendu aux collectivités ; deux départements clients, cinq en discussion.',
  },
  {
    id: 'C2027-006',
    name: 'Tiers-Lieu Le Fil',
    legalForm: 'Association loi 1901',
    region: 'Nouvelle-Aquitaine',
    yearFounded: 2017,
    beneficiaries: 2300,
    revenue: 420000,
    teamSize: 11,
    summary: 'Tiers-lieu rural mêlant espace France Services, fablab et formation aux métiers du numérique.',
    problem: 'En Creuse, l’éloignement des services publics se double d’un manque de formations qualifiantes.',
    solution: 'Un lieu unique : accompagnement aux démarches, fablab ouvert et formations certifiantes courtes.',
    spread: 'Fait partie d’un réseau de tiers-lieux ; essaimage en Corrèze engagé.',
  },
  {
    id: 'C2027-007',
    name: 'Braille & Pixels',
    legalForm: 'SAS',
    region: 'Bretagne',
    yearFounded: 2020,
    beneficiaries: 900,
    revenue: 520000,
    teamSize: 8,
    summary:
      'Audit et correction de l’accessibilité des sites publics locaux, par une équipe incluant des testeurs non-voyants.',
    problem: 'Moins d’un site public local sur cinq est accessible aux personnes aveugles ou malvoyantes.',
    solution: 'Des audits faits par des testeurs concernés, un plan de correction et une formation des équipes.',
    spread: 'Marché national des mairies ; partenariat en cours avec une association nationale.',
  },
  {
    id: 'C2027-008',
    name: 'Mobilité Clé',
    legalForm: 'Association loi 1901',
    region: 'Grand Est',
    yearFounded: 2015,
    beneficiaries: 5400,
    revenue: 680000,
    teamSize: 14,
    summary: 'Plateforme téléphonique et numérique pour trouver une solution de transport vers l’emploi.',
    problem: 'Sans permis ni voiture, de nombreux demandeurs d’emploi ruraux refusent des offres faute de transport.',
    solution:
      'Un conseiller joignable par téléphone et une application simple recensent covoiturage, location solidaire et transport à la demande.',
    spread: 'Convention avec deux régions ; la plateforme est conçue pour être déployée ailleurs.',
  },
  {
    id: 'C2027-009',
    name: 'Éclo',
    legalForm: 'SAS',
    region: 'Pays de la Loire',
    yearFounded: 2023,
    beneficiaries: 240,
    revenue: 40000,
    teamSize: 2,
    summary: 'Application de budget familial pensée avec des personnes en situation de précarité.',
    problem: 'Les outils de budget supposent des revenus réguliers et une aisance avec les chiffres.',
    solution: 'Une application visuelle, co-conçue en ateliers, qui anticipe les échéances et les aides à demander.',
    spread: 'Pilote avec une épicerie solidaire ; modèle économique encore à confirmer.',
  },
  {
    id: 'C2027-010',
    name: 'Fibre Commune',
    legalForm: 'SCIC',
    region: 'Bourgogne-Franche-Comté',
    yearFounded: 2019,
    beneficiaries: 7800,
    revenue: 960000,
    teamSize: 17,
    summary: 'Coopérative d’accès à internet à tarif social, avec accompagnement à l’usage pour les nouveaux abonnés.',
    problem: 'Le raccordement arrive, mais les ménages modestes ne s’abonnent pas ou ne savent pas s’en servir.',
    solution: 'Un abonnement solidaire et trois séances d’accompagnement à domicile pour chaque nouvel abonné.',
    spread: 'Statut coopératif réplicable ; deux collectivités sont entrées au capital.',
  },
  {
    id: 'C2027-011',
    name: 'Lire l’Écran',
    legalForm: 'Association loi 1901',
    region: 'Normandie',
    yearFounded: 2018,
    beneficiaries: 1500,
    revenue: 130000,
    teamSize: 4,
    summary: 'Parcours d’apprentissage du numérique couplé à la lecture pour les adultes en reprise d’études.',
    problem: 'Les formations au numérique supposent une lecture aisée que beaucoup d’adultes n’ont pas.',
    solution: 'Des parcours courts qui travaillent ensemble lecture et usages numériques, en petits groupes.',
    spread: 'Partenariat avec les missions locales de la région ; supports diffusés en licence libre.',
  },
  {
    id: 'C2027-012',
    name: 'Senior Visio',
    legalForm: 'SARL',
    region: 'Centre-Val de Loire',
    yearFounded: 2021,
    beneficiaries: 2100,
    revenue: 350000,
    teamSize: 7,
    summary: 'Tablette simplifiée et visites de lien social par visio pour les personnes âgées isolées à domicile.',
    problem: 'L’isolement des personnes âgées à domicile s’aggrave quand les proches sont loin.',
    solution:
      'Une tablette à une seule touche, installée et suivie par des bénévoles, et des rendez-vous de visio réguliers.',
    spread: 'Distribuée par des caisses de retraite ; ouverture à trois nouveaux départements prévue.',
  },
];

/** The demo's grid is the reference template staff start a call from. */
export const DEMO_CRITERIA = REFERENCE_CRITERIA;

export const DEMO_JURORS = [
  {
    id: 'claire-martin',
    name: 'Claire Martin',
    role: 'chair',
    organisation: 'Fondation Horizons Solidaires',
    keyInRoster: false,
  },
  {
    id: 'karim-benali',
    name: 'Karim Benali',
    role: 'juror',
    organisation: 'Banque coopérative régionale',
    keyInRoster: true,
  },
  { id: 'sophie-lefevre', name: 'Sophie Lefèvre', role: 'juror', organisation: 'Conseil régional', keyInRoster: true },
  {
    id: 'julien-moreau',
    name: 'Julien Moreau',
    role: 'juror',
    organisation: 'Fonds d’investissement à impact',
    keyInRoster: true,
  },
  {
    id: 'nadia-haddad',
    name: 'Nadia Haddad',
    role: 'juror',
    organisation: 'Fédération des centres sociaux',
    keyInRoster: false,
  },
] as const;

export const DEMO_OUTCOMES = [
  { id: 'cohorte-1', label: { fr: 'Promotion 1', en: 'Cohort 1' }, kind: 'selected', capacity: 4 },
  { id: 'cohorte-2', label: { fr: 'Promotion 2', en: 'Cohort 2' }, kind: 'selected', capacity: 4 },
  { id: 'liste-attente', label: { fr: 'Liste d’attente', en: 'Waitlist' }, kind: 'waitlist' },
  { id: 'non-retenu', label: { fr: 'Non retenu', en: 'Not selected' }, kind: 'rejected' },
] as const;

export const DEMO_QUESTIONS = {
  problem: 'Quel problème résolvez-vous, et pour qui ?',
  solution: 'Comment y répondez-vous ?',
  spread: 'Comment votre action peut-elle essaimer ?',
};
