// Titles of officials in French-language coverage of Vietnam and Japan. Sources: the official
// French renderings used by Vietnam's government portal and VNA (Premier ministre, vice-Premier
// ministre permanent, président du Comité populaire provincial, secrétaire du Comité du Parti),
// the Japanese embassy in France (gouverneur de préfecture, maire), and the seed articles.
// Matched without regard to case; the engine tries longer forms first.
import type { TitleEntry } from '../../extract/rules.ts';

/**
 * A title head qualified by an adjective of rank ("vice-président permanent", "vice-président
 * exécutif du groupe X", "directrice déléguée"): the same office, the body after it still named.
 */
const ranks: ReadonlyArray<[masculine: string, feminine: string]> = [
  ['permanent', 'permanente'],
  ['exécutif', 'exécutive'],
  ['délégué', 'déléguée'],
  ['honoraire', 'honoraire'],
  ['adjoint', 'adjointe'],
  // "directeur en chef du bureau de la JETRO", "représentante en chef": the head of an office.
  ['en chef', 'en chef'],
];
const rankedHeads: ReadonlyArray<[masculine: string, feminine?: string]> = [
  ['président', 'présidente'],
  ['vice-président', 'vice-présidente'],
  ['directeur', 'directrice'],
  ['directeur général', 'directrice générale'],
  ['secrétaire'],
  ['secrétaire général'],
  ['vice-ministre'],
];
const rankedTitles: TitleEntry[] = rankedHeads.flatMap(([head, feminine]) =>
  ranks.flatMap(([rank, rankFeminine]) => [
    { form: `${head} ${rank}`, ...(head.endsWith('ministre') ? { portfolio: 'Ministère' } : {}) },
    ...(feminine ? [{ form: `${feminine} ${rankFeminine}`, role: `${head} ${rank}`, feminine: true }] : []),
  ]),
);

export const titles: readonly TitleEntry[] = [
  ...rankedTitles,
  { form: 'vice-Premier ministre permanent', role: 'vice-Premier ministre permanent', government: true },
  { form: 'vice-Premier ministre', government: true },
  { form: 'Premier ministre', government: true },
  { form: 'chef du gouvernement', role: 'Premier ministre', government: true },
  { form: 'président de la République', role: 'président de la République' },
  { form: 'vice-présidente', role: 'vice-président', feminine: true },
  { form: 'vice-président' },
  { form: 'présidente', role: 'président', feminine: true },
  { form: 'président' },
  { form: 'vice-ministre', portfolio: 'Ministère' },
  { form: 'ministre', portfolio: 'Ministère' },
  { form: "secrétaire d'État" },
  { form: 'secrétaire général' },
  { form: 'secrétaire adjoint' },
  { form: 'secrétaire adjointe', role: 'secrétaire adjoint', feminine: true },
  { form: 'secrétaire' },
  { form: 'gouverneur adjoint', headsPlace: true },
  { form: 'gouverneure adjointe', role: 'gouverneur adjoint', feminine: true, headsPlace: true },
  { form: 'vice-gouverneure', role: 'vice-gouverneur', feminine: true, headsPlace: true },
  { form: 'vice-gouverneur', headsPlace: true },
  { form: 'gouverneure', role: 'gouverneur', feminine: true, headsPlace: true },
  { form: 'gouverneur', headsPlace: true },
  { form: 'maire adjoint', headsPlace: true },
  { form: 'maire adjointe', role: 'maire adjoint', feminine: true, headsPlace: true },
  { form: 'adjoint au maire', headsPlace: true },
  { form: 'adjointe au maire', role: 'adjoint au maire', feminine: true, headsPlace: true },
  { form: 'maire', headsPlace: true },
  { form: 'ambassadeur extraordinaire et plénipotentiaire', role: 'ambassadeur' },
  { form: 'ambassadrice extraordinaire et plénipotentiaire', role: 'ambassadeur', feminine: true },
  { form: 'ambassadrice', role: 'ambassadeur', feminine: true },
  { form: 'ambassadeur' },
  { form: 'consul général' },
  { form: 'consule générale', role: 'consul général', feminine: true },
  { form: 'consul' },
  { form: 'membre du Bureau politique', impliesOrganization: 'Bureau politique' },
  { form: 'membre du Comité central', impliesOrganization: 'Comité central du Parti' },
  { form: 'conseiller spécial' },
  { form: 'conseillère spéciale', role: 'conseiller spécial', feminine: true },
  { form: 'conseiller' },
  // The office of an agency stands for the agency ("directeur du bureau de la JICA au Vietnam").
  { form: 'directeur du bureau', role: 'directeur' },
  { form: 'directeur en chef du bureau', role: 'directeur en chef' },
  { form: 'directrice en chef du bureau', role: 'directeur en chef', feminine: true },
  { form: 'directrice du bureau', role: 'directeur', feminine: true },
  { form: 'chef du bureau', role: 'chef du bureau' },
  { form: 'chef du bureau de représentation', role: 'chef du bureau' },
  { form: 'directeur du bureau de représentation', role: 'directeur' },
  { form: 'directrice du bureau de représentation', role: 'directeur', feminine: true },
  // "président du conseil d'administration du groupe X": the group.
  { form: "président du conseil d'administration", role: "président du conseil d'administration" },
  { form: "présidente du conseil d'administration", role: "président du conseil d'administration", feminine: true },
  // The head of a department or commission ("chef du Département des Affaires étrangères de la
  // province"): the body after it, read as any title's ("le chef de la diplomatie" names none).
  { form: 'chef adjoint', role: 'chef adjoint' },
  { form: 'cheffe adjointe', role: 'chef adjoint', feminine: true },
  { form: 'chef' },
  { form: 'cheffe', role: 'chef', feminine: true },
  { form: 'vice-secrétaire' },
  { form: 'secrétaire adjoint permanent', role: 'secrétaire adjoint' },
  { form: 'représentant en chef du bureau', role: 'représentant en chef' },
  { form: 'directeur général' },
  { form: 'directrice générale', role: 'directeur général', feminine: true },
  { form: 'directeur' },
  { form: 'directrice', role: 'directeur', feminine: true },
  { form: 'représentant en chef' },
  { form: 'représentant' },
  { form: 'chef de la délégation' },
  { form: 'chef de délégation', role: 'chef de la délégation' },
  { form: 'député' },
  { form: 'députée', role: 'député', feminine: true },
  { form: 'sénateur' },
  { form: 'PDG' },
  { form: 'homologue' },
] as const;

/** A former office ("l'ancien Premier ministre", "l'ex-gouverneur"). */
export const formerMarkers = ['ancien', 'ancienne', 'ex-', 'ex'] as const;
/** "son président": the body just named. */
export const possessives = ['son', 'sa', 'leur'] as const;

/** Words joining two titles of one holder (not a comma: "gouverneur de Gunma, président de …" may be a list). */
export const titleJoiners = ['et'] as const;
