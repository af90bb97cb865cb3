// Facts and citations: parallel relationships become one fact, and an article's text is cut at
// its facts' sentences for highlighting.
import { describe, expect, it } from 'vitest';
import { articleCount, groupFacts, highlightSegments } from '../../../client/src/evidence/facts.ts';
import { safeHttpUrl } from '../../../client/src/evidence/evidence.ts';

const rel = (id: string, type: string, source: string, target: string, article: string, evidence: string) => ({
  id,
  type,
  source,
  target,
  properties: { source: article, evidence },
});

describe('groupFacts', () => {
  it('makes parallel relationships of one type between the same ends one fact with a citation each', () => {
    const facts = groupFacts([
      rel('r1', 'MET_WITH', 'pm', 'gov', 'a1', 'Le PM a reçu le gouverneur.'),
      rel('r2', 'REPRESENTS', 'gov', 'gunma', 'a1', 'Le PM a reçu le gouverneur.'),
      rel('r3', 'MET_WITH', 'pm', 'gov', 'a2', 'Le PM a rencontré le gouverneur.'),
      // The reverse direction is another fact; the same sentence twice is one citation.
      rel('r4', 'MET_WITH', 'gov', 'pm', 'a2', 'Le gouverneur a reçu le PM.'),
      rel('r5', 'MET_WITH', 'pm', 'gov', 'a2', 'Le PM a rencontré le gouverneur.'),
    ]);
    expect(facts.map((f) => [f.type, f.source, f.target, f.rels.map((r) => r.id)])).toEqual([
      ['MET_WITH', 'pm', 'gov', ['r1', 'r3', 'r5']],
      ['REPRESENTS', 'gov', 'gunma', ['r2']],
      ['MET_WITH', 'gov', 'pm', ['r4']],
    ]);
    expect(facts[0]!.citations).toEqual([
      { source: 'a1', evidence: 'Le PM a reçu le gouverneur.' },
      { source: 'a2', evidence: 'Le PM a rencontré le gouverneur.' },
    ]);
    expect(articleCount(facts.flatMap((f) => f.citations))).toBe(2);
  });
});

describe('highlightSegments', () => {
  const text = 'Premier. Le PM a reçu le gouverneur. Entre-temps. Le gouverneur a   remercié le PM. Fin.';

  it('cuts the text into plain runs and the runs each sentence covers, losing no character', () => {
    const { segments, missing } = highlightSegments(text, [
      'Le PM a reçu le gouverneur.',
      'Le gouverneur a remercié le PM.',
      'Absente du texte.',
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.sentences.length).map((s) => [s.text, s.sentences])).toEqual([
      ['Le PM a reçu le gouverneur.', ['Le PM a reçu le gouverneur.']],
      // Found across different white space.
      ['Le gouverneur a   remercié le PM.', ['Le gouverneur a remercié le PM.']],
    ]);
    expect(missing).toEqual(['Absente du texte.']);
  });

  it('merges overlapping sentences into one run that carries both', () => {
    const { segments } = highlightSegments(text, ['Le PM a reçu le gouverneur. Entre-temps.', 'Entre-temps. Le gouverneur']);
    const marked = segments.filter((s) => s.sentences.length);
    expect(marked).toHaveLength(1);
    expect(marked[0]!.text).toBe('Le PM a reçu le gouverneur. Entre-temps. Le gouverneur');
    expect(marked[0]!.sentences).toHaveLength(2);
  });
});

describe('safeHttpUrl', () => {
  it('keeps http(s) links and drops anything else', () => {
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
