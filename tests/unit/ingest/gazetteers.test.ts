import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphSchema } from '../../../contract/dataset.ts';
import {
  buildGazetteers,
  loadGazetteers,
  matchPlaces,
  matchSectors,
  type GazetteerFiles,
  type Place,
} from '../../../ingest/gazetteers/index.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
const DATA = '../../../ingest/gazetteers/';
const g = loadGazetteers();
const seed = graphSchema.parse(read('../../../seed/graph.json'));
const vietnam = g.places.filter((p) => p.country === 'vietnam' && p.label === 'Locality');

function ids(text: string): string[] {
  return matchPlaces(text).map((m) => m.place.id);
}

describe('gazetteer data', () => {
  it('has the 47 prefectures of Japan, each in one of the 8 regions', () => {
    const prefectures = g.places.filter((p) => p.label === 'Prefecture');
    const regions = g.places.filter((p) => p.label === 'Region' && p.country === 'japan');
    expect(prefectures).toHaveLength(47);
    expect(regions.map((r) => r.id).sort()).toEqual(
      ['chubu', 'chugoku', 'hokkaido-region', 'kansai', 'kanto', 'kyushu', 'shikoku', 'tohoku'].sort(),
    );
    for (const p of prefectures) expect(regions.map((r) => r.id)).toContain(p.parent);
    expect(g.placeById('okinawa')?.parent).toBe('kyushu');
    expect(prefectures.filter((p) => p.parent === 'kyushu')).toHaveLength(8);
  });

  it('has the 63 Vietnamese units before 1 July 2025 and the 34 after, each merged one pointing at a current one', () => {
    expect(vietnam).toHaveLength(63);
    const current = vietnam.filter((p) => p.status === 'current');
    expect(current).toHaveLength(34);
    expect(
      current
        .filter((p) => p.level === 'city')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['can-tho', 'da-nang', 'hai-phong', 'hanoi', 'ho-chi-minh-city', 'hue'].sort());
    for (const p of vietnam.filter((v) => v.status === 'merged-2025')) {
      const next = g.placeById(p.successor!);
      expect(next?.status, p.id).toBe('current');
      expect(next?.mergedFrom).toContain(p.id);
    }
    expect(g.placeById('ha-nam')?.successor).toBe('ninh-binh');
    expect(g.placeById('binh-duong')?.successor).toBe('ho-chi-minh-city');
    expect(g.placeById('ho-chi-minh-city')?.mergedFrom?.sort()).toEqual(['ba-ria-vung-tau', 'binh-duong']);
    expect(g.placeById('lao-cai')?.capital).toMatch(/^Yên Bái/);
    expect(g.placeById('lao-cai')?.seatBefore2025?.capital).toBe('Lào Cai');
  });

  it('gives every place coordinates within its country', () => {
    for (const p of g.places.filter((x) => x.country === 'japan')) {
      expect(p.coordinates.lat, p.id).toBeGreaterThan(24);
      expect(p.coordinates.lat, p.id).toBeLessThan(46);
      expect(p.coordinates.lon, p.id).toBeGreaterThan(122);
    }
    for (const p of vietnam) {
      expect(p.coordinates.lat, p.id).toBeGreaterThan(8.5);
      expect(p.coordinates.lat, p.id).toBeLessThan(23.4);
      expect(p.coordinates.lon, p.id).toBeGreaterThan(102);
      expect(p.coordinates.lon, p.id).toBeLessThan(110);
    }
  });

  it('reuses the seed graph ids of places and sectors, with the seed label', () => {
    for (const node of seed.nodes.filter((n) => ['Prefecture', 'Region', 'Locality', 'Country'].includes(n.label))) {
      expect(g.placeById(node.id)?.label, node.id).toBe(node.label);
    }
    for (const node of seed.nodes.filter((n) => n.label === 'Sector')) {
      expect(g.sectorById(node.id)?.name, node.id).toBe(node.name);
    }
  });

  it('marks prefectures that are common surnames', () => {
    for (const id of ['saga', 'oita', 'ishikawa', 'miyazaki']) expect(g.placeById(id)?.ambiguousAsSurname, id).toBe(true);
    expect(g.placeById('gunma')?.ambiguousAsSurname).toBeUndefined();
  });
});

describe('Japanese cities', () => {
  it('lists every prefectural capital but Tokyo, and the designated cities, each in its prefecture', () => {
    const cities = g.places.filter((p) => p.label === 'Locality' && p.country === 'japan');
    expect(cities).toHaveLength(46 + 5);
    for (const c of cities) expect(g.placeById(c.parent!)?.label, c.id).toBe('Prefecture');
    expect(g.placeById('kitakyushu')?.parent).toBe('fukuoka');
  });

  it('keeps a bare name shared with the prefecture for the prefecture; the city needs its designation', () => {
    expect(ids('Fukuoka')).toEqual(['fukuoka']);
    expect(ids('la ville de Fukuoka, 福岡市, 福岡県')).toEqual(['fukuoka-city', 'fukuoka-city', 'fukuoka']);
    expect(ids('Yokohama et 北九州市')).toEqual(['yokohama', 'kitakyushu']);
    expect(ids('北九州')).toEqual(['kitakyushu']);
  });
});

describe('matchPlaces', () => {
  it('knows the French, English, romaji and kanji forms of a prefecture', () => {
    for (const form of ['préfecture de Gunma', 'Gunma-ken', '群馬県', 'Gunma Prefecture', 'GUNMA', 'tỉnh Gunma']) {
      expect(ids(`Visite : ${form}.`), form).toEqual(['gunma']);
    }
    expect(ids('la préfecture d’Ōita et Oita')).toEqual(['oita', 'oita']);
    expect(ids('région du Kyūshū, 九州, Kyushu')).toEqual(['kyushu', 'kyushu', 'kyushu']);
    expect(ids('le Kinki (Kansai)')).toEqual(['kansai', 'kansai']);
    const japonaise = matchPlaces("la préfecture japonaise d'Hiroshima");
    expect(japonaise.map((m) => [m.place.id, m.surface, m.cued])).toEqual([['hiroshima', "préfecture japonaise d'Hiroshima", true]]);
  });

  it('knows Vietnamese names with and without diacritics and the French forms', () => {
    for (const [form, id] of [
      ['Hanoï', 'hanoi'],
      ['Ha Noi', 'hanoi'],
      ['Hà Nội', 'hanoi'],
      ['Hô Chi Minh-Ville', 'ho-chi-minh-city'],
      ['Thành phố Hồ Chí Minh', 'ho-chi-minh-city'],
      ['Huê', 'hue'],
      ['Thừa Thiên-Huế', 'hue'],
      ['Haïphong', 'hai-phong'],
      ['Quang Ninh', 'quang-ninh'],
      ['province de Quảng Ninh', 'quang-ninh'],
      ['Đắk Lắk', 'dak-lak'],
      ['Dak Lak', 'dak-lak'],
      ['Bà Rịa – Vũng Tàu', 'ba-ria-vung-tau'],
    ] as const) {
      expect(ids(`Selon ${form}, oui.`), form).toEqual([id]);
    }
  });

  it('resolves a pre-2025 name to its own entry, which names its successor', () => {
    const [m] = matchPlaces('la province de Bình Dương');
    expect(m?.place.id).toBe('binh-duong');
    expect(m?.place.status).toBe('merged-2025');
    expect(m?.place.successor).toBe('ho-chi-minh-city');
  });

  it('gives offsets into the original text, whatever the normalisation of the input', () => {
    const text = 'À  Hà Nội et à Quảng Ninh, puis 九州.';
    for (const input of [text, text.normalize('NFD')]) {
      const hits = matchPlaces(input);
      expect(hits.map((h) => input.slice(h.start, h.end))).toEqual(hits.map((h) => h.surface));
      expect(hits.map((h) => h.surface.normalize('NFC'))).toEqual(['Hà Nội', 'Quảng Ninh', '九州']);
    }
  });

  it('finds every form it is given between separators, with exact, ordered, disjoint spans', () => {
    const forms = g.places.flatMap((p) => p.forms.map((form) => ({ form, id: p.id })));
    // Separators that end a name. A bare space is not one: two forms side by side can read as a
    // third ("Hokkaidō" + "région de Hokkaido" → "Hokkaidō région", the region, then "Hokkaido"),
    // which is the longest match, not an error (fast-check found it; see the case below).
    const separator = fc.constantFrom(', ', ' et ', ' (', ') ', ' ; ', '. ');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...forms), separator), { minLength: 1, maxLength: 8 }), fc.boolean(), (parts, nfd) => {
        const raw = parts.map(([f, sep]) => `${f.form}${sep}`).join('');
        const text = nfd ? raw.normalize('NFD') : raw;
        const hits = matchPlaces(`x ${text}`);
        for (const [i, h] of hits.entries()) {
          expect(`x ${text}`.slice(h.start, h.end)).toBe(h.surface);
          if (i > 0) expect(h.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
        }
        expect(hits.map((h) => h.place.id)).toEqual(parts.map(([f]) => f.id));
      }),
      { numRuns: 300 },
    );
  });

  it('reads two names side by side as the longest form they make', () => {
    expect(ids('Hokkaidō région de Hokkaido')).toEqual(['hokkaido-region', 'hokkaido']);
  });

  it('takes the longest form and never overlaps', () => {
    expect(ids('Hà Nam')).toEqual(['ha-nam']);
    expect(ids('Quảng Nam, Nam Định et le Việt Nam')).toEqual(['quang-nam', 'nam-dinh', 'vietnam']);
    const hits = matchPlaces('la préfecture de Gunma');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.cued).toBe(true);
    expect(matchPlaces('Gunma')[0]?.cued).toBe(false);
    expect(ids('東京都と京都府')).toEqual(['tokyo', 'kyoto']);
  });

  it('matches whole words only', () => {
    expect(ids('Nam, Bac, Namur, Gunmax, Naram, Osakaa, Bắc, la Chinette')).toEqual([]);
    expect(ids('Hanoïen')).toEqual([]);
    expect(ids('群馬県知事')).toEqual(['gunma']);
  });

  it('does not take common French words for places', () => {
    expect(ids('une saga familiale, la mie de pain, la foule hue')).toEqual([]);
    expect(ids('Saga, Mie et Hue')).toEqual(['saga', 'mie', 'hue']);
    expect(ids('la préfecture de saga')).toEqual(['saga']);
    expect(ids('佐賀 et 三重')).toEqual(['saga', 'mie']);
  });
});

describe('lookups by name', () => {
  it('finds a place or a sector from any of its forms', () => {
    expect(g.placeByName('HANOI')?.id).toBe('hanoi');
    expect(g.placeByName('Kinki')?.id).toBe('kansai');
    expect(g.placeByName('Hokkaido')?.label).toBe('Prefecture');
    expect(g.placeByName('région de Hokkaido')?.id).toBe('hokkaido-region');
    expect(g.sectorByName('semiconductors')?.id).toBe('semiconductors');
    expect(g.sectorByName('chuyển đổi số')?.id).toBe('digital-transformation');
    expect(g.placeByName('Nam')).toBeUndefined();
  });
});

describe('matchSectors', () => {
  it('maps French, English and Vietnamese forms onto the lexicon', () => {
    const text =
      'dans les domaines des semi-conducteurs, de la main-d’œuvre, de l’agriculture de haute technologie et de la formation des ressources humaines';
    const hits = matchSectors(text);
    expect(hits.map((h) => h.sector.id)).toEqual(['semiconductors', 'labour', 'high-tech-agriculture', 'human-resources-training']);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(hits.map((h) => h.surface));
    expect(matchSectors('ressources humaines')[0]?.sector.id).toBe('human-resources');
  });

  it('matches acronyms in capitals only, and not the words of titles and meeting types', () => {
    expect(matchSectors("l'IA, l'AI et le DX").map((h) => h.sector.id)).toEqual([
      'artificial-intelligence',
      'artificial-intelligence',
      'digital-transformation',
    ]);
    expect(matchSectors("j'ai dit qu'il y a une séance de travail avec le ministre des Affaires étrangères")).toEqual([]);
    expect(ids('la TPHCM et HCMC, pas tphcm')).toEqual(['ho-chi-minh-city', 'ho-chi-minh-city']);
  });
});

describe('validation', () => {
  const files = (): GazetteerFiles => ({
    'japan.json': read(`${DATA}japan.json`),
    'vietnam.json': read(`${DATA}vietnam.json`),
    'countries.json': read(`${DATA}countries.json`),
    'sectors.json': read(`${DATA}sectors.json`),
  });
  const places = (f: GazetteerFiles, file: 'japan.json' | 'vietnam.json') => (f[file] as { places: Place[] }).places;

  it('accepts the files as they are', () => {
    expect(buildGazetteers(files()).places.length).toBe(g.places.length);
  });

  it('names the file and the entry of a bad field', () => {
    const f = files();
    (places(f, 'japan.json').find((p) => p.id === 'gunma') as { coordinates: unknown }).coordinates = { lat: 123, lon: 0 };
    expect(() => buildGazetteers(f)).toThrow(/japan\.json: entry "gunma": coordinates\.lat/);
  });

  it('refuses a successor that is not a current unit', () => {
    const f = files();
    places(f, 'vietnam.json').find((p) => p.id === 'ha-nam')!.successor = 'nam-dinh';
    expect(() => buildGazetteers(f)).toThrow(/vietnam\.json: entry "ha-nam": successor "nam-dinh" is not a current unit/);
  });

  it('refuses one form claimed by two places', () => {
    const f = files();
    places(f, 'vietnam.json')
      .find((p) => p.id === 'hanoi')!
      .forms.push('Gunma-ken');
    expect(() => buildGazetteers(f)).toThrow(/entry "hanoi": form "Gunma-ken".*already a form of "gunma"/);
  });
});
