// Sentence splitting: French abbreviations, initials, numbers, ellipses and quotes do not end
// a sentence; every sentence is text.slice(start, end) of the article, trimmed.
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../../ingest/extract/sentences.ts';
import { french } from '../../../ingest/lang/fr/index.ts';

const split = (text: string) => splitSentences(text, french.abbreviations).map((s) => s.text);

describe('splitSentences (French)', () => {
  it('splits at a period followed by a capital, and keeps offsets into the text', () => {
    const text = '  Le ministre est arrivé.  Il a reçu la délégation ! Puis ? Fin.';
    const sentences = splitSentences(text, french.abbreviations);
    expect(sentences.map((s) => s.text)).toEqual(['Le ministre est arrivé.', 'Il a reçu la délégation !', 'Puis ?', 'Fin.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('does not split after honorifics and abbreviations (M., Mme, MM., Dr, St, av. J.-C.)', () => {
    expect(split('M. Omura Hideaki a reçu Mme Nguyễn Thị Hà. MM. Sato et Suzuki étaient présents.')).toEqual([
      'M. Omura Hideaki a reçu Mme Nguyễn Thị Hà.',
      'MM. Sato et Suzuki étaient présents.',
    ]);
    expect(split('Le Dr. Tanaka est venu de St. Louis. La ville date de 200 av. J.-C. Elle est ancienne.')).toEqual([
      'Le Dr. Tanaka est venu de St. Louis.',
      'La ville date de 200 av. J.-C. Elle est ancienne.',
    ]);
  });

  it('does not split after an initial, inside a number, or inside « … »', () => {
    expect(split('Le rapport de J. Smith cite une croissance de 3.5 %. Le texte suit.')).toEqual([
      'Le rapport de J. Smith cite une croissance de 3.5 %.',
      'Le texte suit.',
    ]);
    expect(split('Il a déclaré : « Nous sommes prêts. Nous viendrons. » La séance a été levée.')).toEqual([
      'Il a déclaré : « Nous sommes prêts. Nous viendrons. »',
      'La séance a été levée.',
    ]);
  });

  it('treats an ellipsis before a lower-case word as inside the sentence, and a line break as an end', () => {
    expect(split('Il hésitait... puis il a signé… Le texte est public.\nTitre sans point\nSuite.')).toEqual([
      'Il hésitait... puis il a signé…',
      'Le texte est public.',
      'Titre sans point',
      'Suite.',
    ]);
  });

  it('keeps a period before a closing quote or bracket in the sentence it ends', () => {
    expect(split('Le forum (tenu à Tokyo.) Les débats ont suivi.')).toEqual(['Le forum (tenu à Tokyo.)', 'Les débats ont suivi.']);
  });

  it('cuts a run longer than MAX_SENTENCE at a separator, keeping every piece a span of the text', () => {
    const text = `${'la coopération économique, '.repeat(200)}fin.`;
    const sentences = splitSentences(text, french.abbreviations);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(sentences[0]!.text.endsWith(',')).toBe(true);
    expect(sentences.map((s) => s.text).join(' ')).toBe(text.trim());
  });
});
