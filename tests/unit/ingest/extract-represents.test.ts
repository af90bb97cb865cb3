// The REPRESENTS convention (ingest/dev/README.md, "Annotation rules"): an official represents
// what the title names — the body when it names one, the prefecture of a governor, the city of a
// mayor, the country of an ambassador or consul, the government of a (deputy) Prime Minister —
// and a body is LOCATED_IN the place its name names, so the place is still reached through it.
import { beforeAll, describe, expect, it } from 'vitest';
import { draftOf, fact, facts } from './extract-helpers.ts';

describe('REPRESENTS goes to what the title names', () => {
  // The first extraction loads the gazetteers: done once here, outside the tests' own time limit.
  beforeAll(() => void draftOf('Le gouverneur de Gunma, M. Yamamoto Ichita, a reçu une délégation.'), 60_000);
  it('a federation, an assembly: the body, and the body LOCATED_IN the place its name names', () => {
    const d = draftOf(
      "Le vice-Premier ministre Trần Hồng Hà a reçu M. Kuratomi Sumio, président de la Fédération économique de Kyushu, et le président de l'Assemblée préfectorale de Gunma, M. Hoshino Gen.",
    );
    fact(d, 'REPRESENTS', 'kuratomi-sumio', 'federation-economique-de-kyushu');
    fact(d, 'REPRESENTS', 'hoshino-gen', 'gunma-prefectural-assembly');
    fact(d, 'REPRESENTS', 'tran-hong-ha', 'gouvernement-vietnamien');
    expect(facts(d, 'LOCATED_IN').sort()).toEqual(['federation-economique-de-kyushu -> kyushu', 'gunma-prefectural-assembly -> gunma']);
    expect(fact(d, 'LOCATED_IN', 'federation-economique-de-kyushu', 'kyushu').evidence).toContain('Fédération économique de Kyushu');
  });

  it('a Party secretary: the Party committee; a governor: the prefecture; a mayor: the city', () => {
    const d = draftOf(
      'Le secrétaire du Comité provincial du Parti de Nghệ An, Phan Đức Thịnh, a reçu le gouverneur de la préfecture de Shizuoka, M. Kawabe Noriyuki, et le maire de la ville de Hamamatsu, M. Nakano Yusuke.',
    );
    fact(d, 'REPRESENTS', 'phan-duc-thinh', 'nghe-an-party-committee');
    fact(d, 'LOCATED_IN', 'nghe-an-party-committee', 'nghe-an');
    fact(d, 'REPRESENTS', 'kawabe-noriyuki', 'shizuoka');
    fact(d, 'REPRESENTS', 'nakano-yusuke', 'hamamatsu');
    expect(facts(d, 'REPRESENTS')).not.toContain('phan-duc-thinh -> nghe-an');
  });

  it('an ambassador and a consul general: the country they represent; a consulate is where its name says', () => {
    const d = draftOf(
      "Le consul général du Japon à Đà Nẵng, M. Mori Taro, et l'ambassadeur du Vietnam au Japon, M. Phạm Quang Huy, ont visité le Consulat général du Vietnam à Fukuoka.",
    );
    fact(d, 'REPRESENTS', 'mori-taro', 'japan');
    fact(d, 'REPRESENTS', 'pham-quang-huy', 'vietnam');
    expect(facts(d, 'REPRESENTS').some((f) => f.endsWith('da-nang'))).toBe(false);
    fact(d, 'LOCATED_IN', 'consulat-general-du-vietnam-a-fukuoka', 'fukuoka');
  });

  it('"son gouverneur" of a prefecture\'s delegation is the prefecture\'s; "son président" of a committee\'s delegation the committee\'s', () => {
    const tottori = draftOf(
      'Le président Đỗ Văn Khải a reçu une délégation de la préfecture de Tottori conduite par son gouverneur, M. Hirai Kenta.',
    );
    fact(tottori, 'REPRESENTS', 'hirai-kenta', 'tottori');
    const committee = draftOf(
      'Le gouverneur Saito Motohiko a reçu une délégation du Comité populaire de la province de Bắc Ninh conduite par son président, M. Vương Quốc Tuấn.',
    );
    fact(committee, 'REPRESENTS', 'vuong-quoc-tuan', 'bac-ninh-peoples-committee');
    fact(committee, 'LOCATED_IN', 'bac-ninh-peoples-committee', 'bac-ninh');
  });

  it('places no delegation, company or ministry: they are not where their name points', () => {
    const d = draftOf(
      "Une délégation de la province de Đồng Nai a rencontré le représentant de la société Iwate Kaihatsu et le ministre japonais de l'Économie Saito Ken.",
    );
    expect(facts(d, 'LOCATED_IN')).toEqual([]);
  });
});

describe('one body, however the article words it', () => {
  it('"Comité populaire de la province de X" then "Comité populaire provincial": one committee, the title pointing at it', () => {
    const d = draftOf(
      'Le Comité populaire de la province de Quảng Ninh a organisé le forum. M. Phan Thế Lực, président du Comité populaire provincial, a reçu le gouverneur Yamamoto Ichita.',
    );
    const committees = d.nodes.filter((n) => n.label === 'Organization' && /Comité populaire/.test(n.name));
    expect(committees.map((n) => n.id)).toEqual(['quang-ninh-peoples-committee']);
    fact(d, 'REPRESENTS', 'phan-the-luc', 'quang-ninh-peoples-committee');
  });

  it("keeps apart bodies of different kinds of one place (the People's Committee, the Party committee)", () => {
    const d = draftOf(
      'Le Comité populaire de la province de Quảng Ninh a organisé le forum. M. Lê Văn An, secrétaire du Comité provincial du Parti, a reçu le gouverneur Yamamoto Ichita.',
    );
    expect(d.nodes.filter((n) => n.label === 'Organization').length).toBe(2);
  });
});
