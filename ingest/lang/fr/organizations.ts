// Organisation head nouns and acronyms. Sources: the names of bodies in Vietnamese state media
// in French (Comité populaire, Conseil populaire, Union des organisations d'amitié), Japanese
// local government in French (Assemblée préfectorale), and the usual agencies of the
// Vietnam–Japan relationship (JICA, JETRO; Keidanren, Kyukeiren as named by the federations).
import type { OrganizationHead } from '../../extract/rules.ts';

// capitalOnly: the word is also a common noun ("l'organisation de la conférence"), so only the
// capitalised form starts a name.

export const organizationHeads: readonly OrganizationHead[] = [
  { form: 'Comité populaire', governsPlace: true, country: 'vietnam', idSuffix: 'peoples-committee' },
  { form: 'Conseil populaire', governsPlace: true, country: 'vietnam', idSuffix: 'peoples-council' },
  { form: 'Assemblée préfectorale', governsPlace: true, country: 'japan', idSuffix: 'prefectural-assembly' },
  { form: 'Assemblée départementale', governsPlace: true, country: 'japan', sameAs: 'Assemblée préfectorale' },
  { form: 'gouvernement préfectoral', governsPlace: true, country: 'japan', idSuffix: 'prefectural-government' },
  // A Japanese city's assembly ("le président de l'Assemblée municipale de Nagoya").
  { form: 'Assemblée municipale', governsPlace: true, country: 'japan', idSuffix: 'city-assembly' },
  { form: 'Comité du Parti', governsPlace: true, country: 'vietnam', idSuffix: 'party-committee' },
  // The same bodies with the level written out: one body per place, whichever wording the article uses.
  { form: 'Comité provincial du Parti', governsPlace: true, country: 'vietnam', sameAs: 'Comité du Parti' },
  { form: 'Comité municipal du Parti', governsPlace: true, country: 'vietnam', sameAs: 'Comité du Parti' },
  { form: 'Comité populaire provincial', governsPlace: true, country: 'vietnam', sameAs: 'Comité populaire' },
  { form: 'Comité populaire municipal', governsPlace: true, country: 'vietnam', sameAs: 'Comité populaire' },
  { form: 'Conseil populaire municipal', governsPlace: true, country: 'vietnam', sameAs: 'Conseil populaire' },
  { form: 'Conseil populaire provincial', governsPlace: true, country: 'vietnam', sameAs: 'Conseil populaire' },
  { form: 'Assemblée nationale' },
  { form: 'Bureau politique' },
  { form: 'Comité central' },
  { form: 'Fédération' },
  { form: 'Confédération' },
  { form: 'Ministère' },
  { form: 'Agence', capitalOnly: true },
  { form: 'Chambre de commerce' },
  { form: 'Chambre des représentants' },
  { form: 'Chambre des conseillers' },
  { form: 'Diète' },
  { form: 'Sénat', capitalOnly: true },
  { form: 'Association', capitalOnly: true },
  { form: 'Alliance', capitalOnly: true },
  { form: 'Union', capitalOnly: true },
  { form: 'Organisation', capitalOnly: true },
  { form: 'Banque', capitalOnly: true },
  { form: 'Université', capitalOnly: true },
  { form: 'Institut', capitalOnly: true },
  { form: 'Commission', capitalOnly: true },
  { form: 'Office', capitalOnly: true },
  { form: 'Conseil', capitalOnly: true },
  { form: 'Département', capitalOnly: true },
  { form: 'Service', capitalOnly: true },
  { form: 'Comité', capitalOnly: true },
  { form: 'Front de la Patrie' },
  { form: 'Parti', capitalOnly: true },
  { form: 'Ambassade', kind: 'embassy' },
  { form: 'Consulat général', kind: 'consulate general' },
  { form: 'Consulat', kind: 'consulate' },
  { form: 'délégation', kind: 'delegation' },
  // The diaspora of a place, a body the articles thank and support ("la communauté vietnamienne de Fukuoka").
  { form: 'communauté vietnamienne', kind: 'community' },
  { form: 'communauté japonaise', kind: 'community' },
  { form: 'Gouvernement', kind: 'government' },
  // Companies: the word is common, the name after it is what matters ("la société Iwate Kaihatsu").
  { form: 'société', kind: 'company', properName: true },
  { form: 'groupe', kind: 'company', properName: true },
  { form: 'compagnie', kind: 'company', properName: true },
  { form: 'entreprise', kind: 'company', properName: true },
] as const;

/** Acronyms that name an organisation on their own. */
export const acronyms: Readonly<Record<string, string>> = {
  JICA: 'Agence japonaise de coopération internationale',
  JETRO: 'Organisation japonaise du commerce extérieur',
  VCCI: "Chambre de commerce et d'industrie du Vietnam",
  ASEAN: "Association des nations de l'Asie du Sud-Est",
  Keidanren: 'Fédération des organisations économiques du Japon',
  JBIC: 'Banque japonaise pour la coopération internationale',
};

/** Prepositions and articles inside a title or an organisation name. */
export const nameConnectors = [
  'de',
  'du',
  'des',
  'de la',
  "de l'",
  "d'",
  'et du',
  'et de',
  "et d'",
  'et de la',
  'et des',
  'au',
  'aux',
] as const;

export const innerConnectors = ['au', 'aux'] as const;

/** Names of each government, by country id. */
export const governmentNames: Readonly<Record<string, string>> = {
  vietnam: 'Gouvernement vietnamien',
  japan: 'Gouvernement japonais',
};
