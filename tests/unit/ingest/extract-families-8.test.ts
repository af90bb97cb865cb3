// The rule families added after dev batch 8 (items 49–60, written blind, issue 10), one family per
// test, each on sentences written for the test (other people, places and fields than the items),
// so that a rule is held to the shape it reads and not to the item it was found on.
import { beforeAll, describe, expect, it } from 'vitest';
import { draftOf, facts } from './extract-helpers.ts';

// The first extraction loads the gazetteers: done once here, outside the tests' own time limit.
beforeAll(() => void draftOf('Le gouverneur de Gunma, M. Yamamoto Ichita, a reçu une délégation.'), 60_000);

const requested = (text: string) =>
  facts(draftOf(text), 'REQUESTED_COOPERATION_IN')
    .map((f) => f.split(' -> ')[1])
    .sort();

describe('titles: the acronym and the seat after the body, an office "en chef"', () => {
  it('a name after "… de l\'Organisation X (ACRONYME) à Ville," is the title\'s holder', () => {
    const d = draftOf(
      "Le président du Comité populaire de la province de Nam Định, M. Trần Văn Sơn, a reçu le directeur de l'Organisation japonaise du commerce extérieur (JETRO) à Hanoï, Ueda Ken.",
    );
    expect(facts(d, 'MET_WITH')).toEqual(['tran-van-son -> ueda-ken']);
    expect(facts(d, 'REPRESENTS').filter((f) => f.startsWith('ueda-ken'))).toHaveLength(1);
  });

  it('"directeur en chef du bureau de la JICA", "la représentante en chef": the head of the office', () => {
    const d = draftOf('Le gouverneur de Gunma, M. Yamamoto Ichita, a reçu le directeur en chef du bureau de la JICA à Hanoï, Mori Taro.');
    expect(facts(d, 'MET_WITH')).toEqual(['yamamoto-ichita -> mori-taro']);
    expect(facts(d, 'REPRESENTS').some((f) => f.startsWith('mori-taro ->'))).toBe(true);
  });
});

describe('REPRESENTS: a former province governs nothing once its successor is named', () => {
  it('"le Comité populaire municipal" after "la fusion avec l\'ancienne province de X" is the new one\'s', () => {
    const d = draftOf(
      "La province de Tuyên Quang compte 1,8 million d'habitants depuis sa fusion avec l'ancienne province de Hà Giang. Le président du Comité populaire provincial, M. Lý Văn Dũng, a reçu M. Sato Ken.",
    );
    const represents = facts(d, 'REPRESENTS').filter((f) => f.startsWith('ly-van-dung'));
    expect(represents).toHaveLength(1);
    expect(represents[0]).toContain('tuyen-quang');
  });
});

describe('sectors: the act is not the field, the people trained are not a field of their own', () => {
  it('"la construction de ponts" is building, "la construction" alone the sector', () => {
    const asked = requested(
      "Le gouverneur de Gunma, M. Yamamoto Ichita, a reçu M. Lý Văn Dũng. Ce dernier a demandé à la préfecture de soutenir la construction de ponts et de stations d'épuration.",
    );
    expect(asked).not.toContain('construction');
    expect(
      requested(
        "M. Lý Văn Dũng, président du Comité populaire de la province de Tuyên Quang, a proposé de coopérer dans la construction et l'agriculture.",
      ),
    ).toContain('construction');
  });

  it('"former des ressources humaines" is training, not human resources besides', () => {
    const asked = requested(
      'M. Lý Văn Dũng, président du Comité populaire de la province de Tuyên Quang, a demandé à la préfecture de Gunma de former des ressources humaines pour ses zones industrielles.',
    );
    expect(asked).toContain('human-resources-training');
    expect(asked).not.toContain('human-resources');
  });

  it('fields the lexicon gained: data centres, submarine cables, quantum technologies, digital government, dairy, fertilisers', () => {
    const asked = requested(
      "Le ministre vietnamien de l'Information, M. Hồ Văn Nam, a proposé que les deux parties coopèrent dans les centres de données, les câbles sous-marins, les technologies quantiques, le gouvernement numérique, les produits laitiers et les engrais organiques.",
    );
    for (const id of [
      'data-centres',
      'submarine-cables',
      'quantum-technology',
      'digital-government',
      'dairy-processing',
      'organic-fertilizers',
    ])
      expect(asked, id).toContain(id);
  });

  it('wordings of known fields: "ligne ferroviaire urbaine", "gestion urbaine intelligente", "ouverture du marché"', () => {
    const asked = requested(
      "M. Lý Văn Dũng, président du Comité populaire de la province de Tuyên Quang, a demandé à la JICA de soutenir une ligne ferroviaire urbaine, la gestion urbaine intelligente et l'ouverture du marché japonais à ses fruits, ainsi que des vols charter.",
    );
    expect(asked).toEqual(expect.arrayContaining(['urban-railways', 'smart-urban-development', 'trade', 'air-transport']));
    expect(asked).not.toContain('urban-development');
  });
});

describe('organisations: a name does not run into the sentence', () => {
  const organizations = (text: string) =>
    draftOf(text)
      .nodes.filter((n) => n.label === 'Organization')
      .map((n) => n.name)
      .sort();

  it('"au ministère japonais de soutenir …": an infinitive after a bare "de" is what is asked', () => {
    const names = organizations("Le ministre Hồ Văn Nam a demandé au ministère japonais de renforcer l'aide au Vietnam.");
    expect(names.some((n) => /renforcer/.test(n))).toBe(false);
    // A noun after "de" still names the body.
    expect(organizations('Il a reçu le directeur de la Banque de développement, M. Sato Ken.')).toContain('Banque de développement');
  });

  it('"le vice-ministre japonais s\'était entretenu": a lower-case word after a nationality ends the name', () => {
    const names = organizations("La veille, le vice-ministre japonais s'était entretenu avec le vice-ministre de la Santé, M. Hồ Văn Nam.");
    expect(names.some((n) => /entretenu/.test(n))).toBe(false);
    expect(organizations("Il a reçu le président de l'Agence japonaise de coopération internationale, M. Sato Ken.")).toContain(
      'Agence japonaise de coopération internationale',
    );
  });
});

describe('REPRESENTS: a governor or a mayor leading a delegation heads its place', () => {
  it('"une délégation de la préfecture de X conduite par la vice-gouverneure Y": Y → X', () => {
    const d = draftOf(
      'Le président du Comité populaire de la province de Tuyên Quang, M. Lý Văn Dũng, a reçu une délégation de la préfecture de Tottori conduite par la vice-gouverneure Inoue Mika.',
    );
    expect(facts(d, 'REPRESENTS')).toContain('inoue-mika -> tottori');
    expect(facts(d, 'MET_WITH')).toContain('ly-van-dung -> inoue-mika');
  });
});

describe('PARTNERS_WITH: the document names its parties with "entre A et B"', () => {
  it('the places after "entre" are the parties, not another place of the sentence', () => {
    const d = draftOf(
      "M. Lý Văn Dũng a rappelé que l'accord de coopération signé en 2018 entre Hà Giang et Tottori a porté ses fruits, et que la province de Tuyên Quang entend le poursuivre.",
    );
    expect(facts(d, 'PARTNERS_WITH')).toEqual(['ha-giang -> tottori']);
  });
});

describe('REQUESTED_COOPERATION_IN: a request in a relative clause, an acronym as the field', () => {
  it('"…, M. X, qui a suggéré aux deux localités de …": the relative clause is X\'s request', () => {
    const d = draftOf(
      "La délégation a été reçue par le président de l'Assemblée préfectorale de Tottori, Inoue Ken, qui a suggéré aux deux localités de développer le tourisme et la pêche.",
    );
    expect(facts(d, 'REQUESTED_COOPERATION_IN').sort()).toEqual(['inoue-ken -> fisheries', 'inoue-ken -> tourism']);
    // A relative clause that describes someone asked still names no field of the request.
    expect(
      requested('M. Lê Văn An a demandé aux entreprises de Kobe, qui investissent dans le textile, de coopérer dans la santé.'),
    ).toEqual(['health']);
  });

  it('"le décaissement des projets d\'APD": an acronym the lexicon writes in capitals is a field, not a name', () => {
    expect(
      requested(
        "M. Lý Văn Dũng, président du Comité populaire de la province de Tuyên Quang, a demandé au Japon d'accélérer les projets d'APD.",
      ),
    ).toEqual(['official-development-assistance']);
  });
});

describe('REPRESENTS: a mayor named alone heads the city just named as one', () => {
  it('"… dans la ville de Sakai, où il a été reçu par le maire, X": X → Sakai', () => {
    const d = draftOf(
      "Le consul général du Vietnam à Osaka, M. Hồ Văn Nam, s'est rendu dans la ville de Sakai, où il a été reçu par le maire, Nagata Ken.",
    );
    expect(facts(d, 'REPRESENTS')).toContain('nagata-ken -> sakai');
    expect(facts(d, 'MET_WITH')).toContain('nagata-ken -> ho-van-nam');
  });
});
