// French calendar words (Académie française spellings, with the usual unaccented variants of
// news feeds: "fevrier", "aout", "decembre").
import type { DateWords } from '../../extract/rules.ts';

export const dateWords: DateWords = {
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  dayParts: ['matin', 'après-midi', 'soir', 'soirée', 'matinée', 'nuit'],
  firstDay: ['1er', '1ᵉʳ'],
  articles: ['le', 'la', "l'"],
  dayPartLinks: ['du', 'de'],
  rangeStarts: ['du'],
  rangeLinks: ['au', 'et', '-', '–'],
  otherTime: [
    'auparavant',
    'plus tôt',
    'précédemment',
    'la veille',
    'le lendemain',
    'avant cela',
    'par la suite',
    'ensuite',
    "l'an dernier",
    "l'année dernière",
    "l'an prochain",
  ],
};
