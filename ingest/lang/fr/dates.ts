// French calendar words (Académie française spellings, with the usual unaccented variants of
// news feeds: "fevrier", "aout", "decembre").
import type { DateWords } from '../../extract/rules.ts';

export const dateWords: DateWords = {
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  dayParts: ['matin', 'après-midi', 'soir', 'soirée', 'matinée', 'nuit'],
  firstDay: ['1er', '1ᵉʳ'],
  // "dans la soirée du 5 mai", "dans l'après-midi du 3 juin".
  articles: ['le', 'la', "l'", 'dans la', "dans l'"],
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
  // Agency dispatches date an event by the weekday or "hier" when it is days old: resolved against the publication date.
  daysBefore: { "aujourd'hui": 0, 'ce matin': 0, 'cet après-midi': 0, 'ce soir': 0, hier: 1, 'hier soir': 1, 'avant-hier': 2 },
  weekdayBefore: ['ce'],
  weekdayAfter: ['dernier'],
};
