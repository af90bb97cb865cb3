// French abbreviations that end with a period inside a sentence. Sources: the Imprimerie
// nationale's "Lexique des règles typographiques" (abbreviations list) and the forms seen in
// Vietnamese and Japanese agency dispatches in French (VNA/Le Courrier du Vietnam, NHK World).
// Single capital letters (initials, "J. Smith") are handled by the splitter itself.

export const abbreviations = [
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste',
  'av', 'apr', 'J.-C', 'env', 'cf', 'p', 'pp', 'vol', 'n°', 'no', 'art', 'chap',
  'éd', 'ibid', 'op', 'cit', 'boul', 'bd', 'fig', 'tél', 'Cie', 'Ets', 'vs', 'min', 'max',
  'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'Inc', 'Co', 'Ltd', 'Corp',
] as const;

/** Honorifics before a person's name. */
export const honorifics = ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr'] as const;
export const feminineHonorifics = ['Mme', 'Mmes', 'Mlle'] as const;
