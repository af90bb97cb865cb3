// The extraction patterns, one at a time, on sentences written in the agency style: titles
// before and after names, each meeting verb, requests with sector lists, agreements,
// coreference, organisations, cities named with a cue, and the article block.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract/extract.ts';
import { loadGazetteers } from '../../../ingest/gazetteers/index.ts';
import { extractDraft } from '../../../ingest/index.ts';
import { french } from '../../../ingest/lang/fr/index.ts';
import { draftOf, fact, facts, nodeOf } from './extract-helpers.ts';

describe('officials: a title next to a name, in either order', () => {
  it('title, comma, name ("le gouverneur de Kagoshima, Shiota Koichi") and a list of guests', () => {
    const d = draftOf(
      'Le 17 décembre à Tokyo, le Premier ministre Phạm Minh Chính a reçu le gouverneur de Kagoshima, Shiota Koichi, et le gouverneur de la préfecture de Gunma, Yamamoto Ichita.',
    );
    expect(nodeOf(d, 'shiota-koichi')).toMatchObject({ label: 'Official', name: 'Shiota Koichi', properties: { country: 'japan' } });
    fact(d, 'REPRESENTS', 'shiota-koichi', 'kagoshima');
    expect(fact(d, 'REPRESENTS', 'yamamoto-ichita', 'gunma').properties).toEqual({ role: 'gouverneur' });
    expect(facts(d, 'MET_WITH').sort()).toEqual(['pham-minh-chinh -> shiota-koichi', 'pham-minh-chinh -> yamamoto-ichita']);
    expect(fact(d, 'MET_WITH', 'pham-minh-chinh', 'shiota-koichi').properties).toMatchObject({ dateText: '17 décembre', place: 'tokyo' });
  });

  it('honorific, name, comma, title ("M. Omura Hideaki, gouverneur de …") and a Vietnamese name holding a province\'s name', () => {
    const d = draftOf(
      "Le vice-Premier ministre permanent Nguyễn Hòa Bình s'est entretenu avec M. Omura Hideaki, gouverneur de la préfecture d'Aichi.",
    );
    expect(nodeOf(d, 'omura-hideaki').properties).toMatchObject({ honorific: 'M.', country: 'japan' });
    expect(nodeOf(d, 'nguyen-hoa-binh').properties).toMatchObject({ country: 'vietnam', title: 'vice-Premier ministre permanent' });
    expect(d.nodes.some((n) => n.id === 'hoa-binh')).toBe(false);
    fact(d, 'REPRESENTS', 'omura-hideaki', 'aichi');
    expect(fact(d, 'REPRESENTS', 'nguyen-hoa-binh', 'gouvernement-vietnamien').properties.role).toBe('vice-Premier ministre permanent');
    fact(d, 'MET_WITH', 'nguyen-hoa-binh', 'omura-hideaki');
  });

  it("a People's Committee president represents the committee, LOCATED_IN the province; a minister the ministry of the portfolio", () => {
    const d = draftOf(
      "Le président du Comité populaire de la province de Bắc Ninh, Nguyễn Hương Giang, a rencontré le ministre japonais de l'Économie Saito Ken.",
    );
    expect(fact(d, 'REPRESENTS', 'nguyen-huong-giang', 'bac-ninh-peoples-committee').properties.role).toBe('président du Comité populaire');
    expect(fact(d, 'LOCATED_IN', 'bac-ninh-peoples-committee', 'bac-ninh').evidence).toContain('Bắc Ninh');
    expect(facts(d, 'REPRESENTS')).not.toContain('nguyen-huong-giang -> bac-ninh');
    expect(nodeOf(d, 'bac-ninh-peoples-committee').label).toBe('Organization');
    const ministry = nodeOf(d, 'ministere-japonais-de-l-economie');
    expect(ministry.properties.country).toBe('japan');
    expect(fact(d, 'REPRESENTS', 'saito-ken', ministry.id).properties.role).toBe("ministre de l'Économie");
    fact(d, 'MET_WITH', 'nguyen-huong-giang', 'saito-ken');
  });

  it('a portfolio listed with commas ("ministre japonais de l\'Économie, du Commerce et de l\'Industrie")', () => {
    const d = draftOf(
      "M. Nishimura Yasutoshi, ministre japonais de l'Économie, du Commerce et de l'Industrie, a rencontré le ministre Nguyễn Chí Dũng.",
    );
    const r = fact(d, 'REPRESENTS', 'nishimura-yasutoshi', 'ministere-japonais-de-l-economie-du-commerce-et-de-l-industrie');
    expect(r.properties.role).toBe("ministre de l'Économie, du Commerce et de l'Industrie");
    fact(d, 'MET_WITH', 'nishimura-yasutoshi', 'nguyen-chi-dung');
  });

  it('title, name, then the body ("le gouverneur Fukuda Tomikazu de la préfecture de Tochigi")', () => {
    const d = draftOf('Le gouverneur Fukuda Tomikazu de la préfecture de Tochigi a rencontré le ministre Nguyễn Hồng Diên.');
    fact(d, 'REPRESENTS', 'fukuda-tomikazu', 'tochigi');
    fact(d, 'MET_WITH', 'fukuda-tomikazu', 'nguyen-hong-dien');
  });

  it('a former office represents nothing ("l\'ancien Premier ministre japonais Suga Yoshihide")', () => {
    const d = draftOf(
      "Le vice-Premier ministre Trần Hồng Hà a reçu l'ancien Premier ministre japonais Suga Yoshihide, conseiller spécial de l'Alliance parlementaire d'amitié Japon-Vietnam.",
    );
    expect(facts(d, 'REPRESENTS').filter((r) => r.startsWith('suga'))).toEqual([
      'suga-yoshihide -> alliance-parlementaire-d-amitie-japon-vietnam',
    ]);
    fact(d, 'MET_WITH', 'tran-hong-ha', 'suga-yoshihide');
  });

  it('"une délégation de la Fédération … (Keidanren) conduite par son président X": X represents the federation', () => {
    const d = draftOf(
      "Le vice-Premier ministre Lê Thành Long a reçu une délégation de la Fédération des organisations économiques du Japon (Keidanren) conduite par son président Tokura Masakazu. Le vice-Premier ministre a suggéré au Keidanren d'accroître ses investissements dans les infrastructures.",
    );
    const federation = nodeOf(d, 'keidanren');
    expect(federation.aliases).toContain('Keidanren');
    fact(d, 'REPRESENTS', 'tokura-masakazu', federation.id);
    fact(d, 'MET_WITH', 'le-thanh-long', 'delegation-de-la-federation-des-organisations-economiques-du-japon');
    expect(fact(d, 'REQUESTED_COOPERATION_IN', 'le-thanh-long', 'infrastructure-development').properties.askedOf).toEqual([federation.id]);
  });

  it('"Le chef de la délégation japonaise, M. Kato Katsunobu": the honorific sits between title and name', () => {
    const d = draftOf(
      "Le chef de la délégation japonaise, M. Kato Katsunobu, a rencontré Mme Nguyễn Thị Hồng, gouverneure de la Banque d'État du Vietnam.",
    );
    expect(nodeOf(d, 'kato-katsunobu').properties).toMatchObject({ title: 'chef de la délégation japonaise', country: 'japan' });
    expect(fact(d, 'REPRESENTS', 'nguyen-thi-hong', 'banque-d-etat-du-vietnam').properties.role).toBe('gouverneur');
    fact(d, 'MET_WITH', 'kato-katsunobu', 'nguyen-thi-hong');
  });

  it('a surname in capitals ("M. YAMAMOTO Ichita") is a name; an acronym in capitals is not', () => {
    const d = draftOf('Le ministre Nguyễn Hồng Diên a reçu M. YAMAMOTO Ichita, gouverneur de Gunma, et le directeur de la JETRO.');
    expect(nodeOf(d, 'yamamoto-ichita')).toMatchObject({ name: 'Yamamoto Ichita', aliases: ['YAMAMOTO Ichita'] });
    expect(facts(d, 'MET_WITH')).toEqual(['nguyen-hong-dien -> yamamoto-ichita']);
    expect(d.nodes.filter((n) => n.label === 'Official')).toHaveLength(2);
  });

  it('a run of capitalised words with no title or honorific is not an official', () => {
    const d = draftOf('Photo : Tran Minh Tuan pour Le Courrier du Vietnam.');
    expect(d.nodes.filter((n) => n.label === 'Official')).toEqual([]);
  });
});

describe('meeting verbs and cues', () => {
  const guest = 'M. Suzuki Naomichi, gouverneur de Hokkaido';
  it.each([
    'a reçu',
    'reçoit',
    "s'est entretenu avec",
    'a rencontré',
    'a eu des réunions de travail avec',
    'a eu une séance de travail avec',
    'a accueilli',
    'a également reçu',
  ])('"%s": host before, guest after', (verb) => {
    const d = draftOf(`Le 3 avril à Hanoï, le vice-Premier ministre Trần Hồng Hà ${verb} ${guest}.`, { publishedDate: '2025-04-04' });
    const met = fact(d, 'MET_WITH', 'tran-hong-ha', 'suzuki-naomichi');
    expect(met.properties).toEqual({ dateText: '3 avril', inferredDate: '2025-04-03', place: 'hanoi' });
    expect(met.evidence).toBe(d.articles[0]!.text);
    expect(met.review).toMatchObject({ status: 'proposed', spans: [{ start: 0, end: d.articles[0]!.text.length }] });
  });

  it('"a reçu, le 17 décembre à Tokyo, le gouverneur …": circumstances between commas', () => {
    const d = draftOf('Le Premier ministre Phạm Minh Chính a reçu, le 17 décembre à Tokyo, le gouverneur de Kagoshima, Shiota Koichi.', {
      publishedDate: '2025-07-01',
    });
    expect(fact(d, 'MET_WITH', 'pham-minh-chinh', 'shiota-koichi').properties).toEqual({
      dateText: '17 décembre',
      inferredDate: '2024-12-17',
      place: 'tokyo',
    });
  });

  it.each(['En recevant', 'Recevant', 'Lors de la rencontre avec'])('"%s" guest, then the host of the main clause', (cue) => {
    const d = draftOf(`${cue} ${guest}, le vice-Premier ministre Trần Hồng Hà a salué la coopération.`);
    expect(facts(d, 'MET_WITH')).toEqual(['tran-hong-ha -> suzuki-naomichi']);
  });

  it('"a été reçu par": guest before, host after', () => {
    const d = draftOf(
      'Le 15 juin, le vice-gouverneur de la préfecture de Nagasaki, Baba Hiroshi, a été reçu par le président du Comité populaire de Hải Phòng, Nguyễn Văn Tùng.',
    );
    expect(facts(d, 'MET_WITH')).toEqual(['nguyen-van-tung -> baba-hiroshi']);
  });

  it('"s\'est entretenu le 27 avril avec son homologue vietnamien X"', () => {
    const d = draftOf(
      "Le Premier ministre japonais Ishiba Shigeru s'est entretenu le 27 avril avec son homologue vietnamien Phạm Minh Chính.",
    );
    expect(fact(d, 'MET_WITH', 'ishiba-shigeru', 'pham-minh-chinh').properties.dateText).toBe('27 avril');
    fact(d, 'REPRESENTS', 'ishiba-shigeru', 'gouvernement-japonais');
  });

  it('"Elle" after a delegation is the delegation; its leader\'s committee is of the province named before', () => {
    const d = draftOf(
      'Une délégation de la province de Bắc Giang conduite par M. Nguyễn Văn Gấu, président du Comité populaire provincial, a visité la préfecture de Saitama. Elle a été reçue par le gouverneur Ono Motohiro.',
    );
    expect(fact(d, 'REPRESENTS', 'nguyen-van-gau', 'bac-giang-peoples-committee').properties.role).toBe(
      'président du Comité populaire provincial',
    );
    fact(d, 'LOCATED_IN', 'bac-giang-peoples-committee', 'bac-giang');
    // A delegation comes from its place; it is not located there.
    expect(facts(d, 'LOCATED_IN').some((f) => f.startsWith('delegation'))).toBe(false);
    expect(facts(d, 'MET_WITH')).toEqual(['ono-motohiro -> delegation-de-la-province-de-bac-giang']);
    expect(d.nodes.some((n) => n.id === 'comite-populaire-provincial')).toBe(false);
  });

  it('"X et Y se sont entretenus": both parties before the verb', () => {
    const d = draftOf(
      'Le 12 mars, le Premier ministre Phạm Minh Chính et le Premier ministre japonais Kishida Fumio se sont entretenus à Tokyo.',
    );
    expect(facts(d, 'MET_WITH')).toEqual(['pham-minh-chinh -> kishida-fumio']);
  });

  it('a delegation is a guest (an organisation)', () => {
    const d = draftOf('Le ministre Nguyễn Hồng Diên a reçu une délégation de la préfecture de Fukuoka.');
    const delegation = nodeOf(d, 'delegation-de-la-prefecture-de-fukuoka');
    expect(delegation).toMatchObject({ label: 'Organization', properties: { kind: 'delegation', country: 'japan' } });
    fact(d, 'MET_WITH', 'nguyen-hong-dien', delegation.id);
  });

  it('a date and a place between the verb and the guest ("a reçu le 12 septembre à Hanoï une délégation …")', () => {
    const d = draftOf(
      "Le président de l'Assemblée nationale Trần Thanh Mẫn a reçu le 12 septembre à Hanoï une délégation de l'Alliance parlementaire d'amitié Japon-Vietnam.",
      { publishedDate: '2024-09-20' },
    );
    const met = fact(d, 'MET_WITH', 'tran-thanh-man', 'delegation-de-l-alliance-parlementaire-d-amitie-japon-vietnam');
    expect(met.properties).toEqual({ dateText: '12 septembre', inferredDate: '2024-09-12', place: 'hanoi' });
    fact(d, 'REPRESENTS', 'tran-thanh-man', 'assemblee-nationale');
  });

  it('a place inside a guest\'s title is not where the meeting was ("consul général du Japon à Hô Chi Minh-Ville")', () => {
    const d = draftOf(
      'Le vice-président du Comité populaire de Hô Chi Minh-Ville, Võ Văn Hoan, a reçu M. Ono Masaru, consul général du Japon à Hô Chi Minh-Ville.',
    );
    expect(fact(d, 'MET_WITH', 'vo-van-hoan', 'ono-masaru').properties).toEqual({});
    expect(fact(d, 'REPRESENTS', 'vo-van-hoan', 'ho-chi-minh-city-peoples-committee').properties.role).toBe(
      'vice-président du Comité populaire',
    );
  });

  it('no meeting without a meeting verb (the noun "la rencontre" alone states none)', () => {
    const d = draftOf('La rencontre entre le ministre Nguyễn Hồng Diên et M. Saito Ken a été fructueuse.');
    expect(facts(d, 'MET_WITH')).toEqual([]);
  });
});

describe('requests for cooperation', () => {
  it('"a demandé à X de …" with "dans les domaines de A, B et C": one fact per sector, askedOf the one named', () => {
    const d = draftOf(
      "Le Premier ministre Phạm Minh Chính a demandé à M. Kishida Fumio de renforcer la coopération dans les domaines de l'agriculture de haute technologie, des semi-conducteurs et de la transformation numérique.",
    );
    expect(facts(d, 'REQUESTED_COOPERATION_IN').sort()).toEqual([
      'pham-minh-chinh -> digital-transformation',
      'pham-minh-chinh -> high-tech-agriculture',
      'pham-minh-chinh -> semiconductors',
    ]);
    const r = fact(d, 'REQUESTED_COOPERATION_IN', 'pham-minh-chinh', 'semiconductors');
    expect(r.properties.askedOf).toEqual(['kishida-fumio']);
    expect(r.properties.evidenceClause).toContain('semi-conducteurs');
    expect(r.review.rule).toContain('sector connector');
  });

  it('"espère que X …" asks X; "tels que" lists', () => {
    const d = draftOf(
      "Le vice-Premier ministre Bùi Thanh Sơn espère que Kyushu coopérera dans des domaines tels que l'intelligence artificielle et le big data.",
    );
    expect(fact(d, 'REQUESTED_COOPERATION_IN', 'bui-thanh-son', 'artificial-intelligence').properties.askedOf).toEqual(['kyushu']);
    fact(d, 'REQUESTED_COOPERATION_IN', 'bui-thanh-son', 'big-data');
  });

  it('"Lors de sa séance de travail avec X, Y a exprimé le souhait de coopérer dans le domaine de la santé"', () => {
    const d = draftOf(
      "Lors de sa séance de travail avec le président du Conseil populaire de Thanh Hóa, Lại Thế Nguyên, le président de l'Assemblée préfectorale de Toyama, Watanabe Hideki, a exprimé le souhait de coopérer dans le domaine de la santé.",
    );
    fact(d, 'MET_WITH', 'watanabe-hideki', 'lai-the-nguyen');
    expect(fact(d, 'REPRESENTS', 'watanabe-hideki', 'toyama-prefectural-assembly').properties.role).toBe(
      "président de l'Assemblée préfectorale",
    );
    fact(d, 'LOCATED_IN', 'toyama-prefectural-assembly', 'toyama');
    fact(d, 'REPRESENTS', 'lai-the-nguyen', 'thanh-hoa-peoples-council');
    expect(fact(d, 'REQUESTED_COOPERATION_IN', 'watanabe-hideki', 'health').properties.askedOf).toEqual(['lai-the-nguyen']);
  });

  it("a request naming nobody asks the guests of the requester's meeting", () => {
    const d = draftOf(
      'Le Premier ministre Phạm Minh Chính a reçu M. Yamamoto Ichita, gouverneur de Gunma. Le Premier ministre a proposé de coopérer en matière de tourisme.',
    );
    expect(fact(d, 'REQUESTED_COOPERATION_IN', 'pham-minh-chinh', 'tourism').properties.askedOf).toEqual(['yamamoto-ichita']);
  });

  it('a request verb without a sector states no request (never invent)', () => {
    const d = draftOf('Le ministre Nguyễn Hồng Diên a proposé de poursuivre les échanges.');
    expect(facts(d, 'REQUESTED_COOPERATION_IN')).toEqual([]);
  });
});

describe('agreements between places', () => {
  it('"ont signé un protocole d\'accord": Vietnamese locality → Japanese prefecture, with kind and date', () => {
    const d = draftOf(
      "Le 3 mars 2024, la province de Bắc Ninh et la préfecture de Fukuoka ont signé un protocole d'accord de coopération.",
    );
    expect(fact(d, 'PARTNERS_WITH', 'bac-ninh', 'fukuoka').properties).toEqual({
      kind: "protocole d'accord",
      dateText: '3 mars 2024',
      date: '2024-03-03',
    });
  });

  it('a Japanese city named with a cue is a Locality in Japan ("la ville japonaise de X")', () => {
    const d = draftOf("La province de Thừa Thiên Huế et la ville japonaise de Kitakyushu ont signé un mémorandum d'entente.");
    expect(nodeOf(d, 'kitakyushu')).toMatchObject({ label: 'Locality', properties: { country: 'japan' } });
    expect(fact(d, 'PARTNERS_WITH', 'hue', 'kitakyushu').properties.kind).toBe("mémorandum d'entente");
  });

  it('"maire de la ville de Fukuoka" represents the city, not the prefecture of that name', () => {
    const d = draftOf('M. Takashima Soichiro, maire de la ville de Fukuoka, a reçu le ministre Nguyễn Hồng Diên.');
    expect(nodeOf(d, 'fukuoka-city')).toMatchObject({ label: 'Locality', name: 'Fukuoka' });
    fact(d, 'REPRESENTS', 'takashima-soichiro', 'fukuoka-city');
  });

  it('a place in parentheses situates a party, it is not one ("la ville de Sakai (préfecture d\'Osaka)")', () => {
    const d = draftOf("Le 8 août, la ville de Đà Nẵng et la ville de Sakai (préfecture d'Osaka) ont signé un accord de coopération.");
    expect(facts(d, 'PARTNERS_WITH')).toEqual(['da-nang -> sakai']);
  });

  it("an agreement's date is its sentence's own, not one stated earlier", () => {
    const d = draftOf(
      'Le 3 mars, le ministre Nguyễn Hồng Diên a reçu M. Saito Ken. En outre, la province de Bắc Ninh et la préfecture de Fukuoka ont signé un accord de coopération.',
    );
    expect(fact(d, 'PARTNERS_WITH', 'bac-ninh', 'fukuoka').properties).toEqual({ kind: 'accord de coopération' });
    expect(fact(d, 'MET_WITH', 'nguyen-hong-dien', 'saito-ken').properties).toEqual({ dateText: '3 mars' });
  });

  it('officials signing for their places, several parties, plural kinds', () => {
    const d = draftOf(
      "Le gouverneur de Gunma, Yamamoto Ichita, et les présidents des Comités populaires des provinces de Bắc Ninh et de Bắc Giang ont signé des mémorandums d'entente.",
    );
    expect(facts(d, 'PARTNERS_WITH').sort()).toEqual(['bac-giang -> gunma', 'bac-ninh -> gunma']);
    expect(fact(d, 'PARTNERS_WITH', 'bac-ninh', 'gunma').properties.kind).toBe("mémorandum d'entente");
  });

  it('no agreement without a signing verb', () => {
    expect(facts(draftOf("La province de Bắc Ninh et la préfecture de Fukuoka préparent un protocole d'accord."), 'PARTNERS_WITH')).toEqual(
      [],
    );
  });
});

describe('coreference', () => {
  it('"Ce dernier", a surname after a title, "Il" opening a sentence, "le chef du gouvernement"', () => {
    const d = draftOf(
      [
        'Le gouverneur de la préfecture de Tochigi, Fukuda Tomikazu, a rencontré le ministre Nguyễn Hồng Diên.',
        'Ce dernier a proposé de coopérer en matière de semi-conducteurs.',
        'Le gouverneur Fukuda a souhaité renforcer la coopération dans le tourisme.',
        "Il a également demandé au ministre de soutenir l'agriculture de haute technologie.",
        'Le chef du gouvernement a reçu le gouverneur Fukuda.',
      ].join(' '),
    );
    expect(fact(d, 'REQUESTED_COOPERATION_IN', 'nguyen-hong-dien', 'semiconductors').review.rule).toContain('REQUESTED');
    fact(d, 'REQUESTED_COOPERATION_IN', 'fukuda-tomikazu', 'tourism');
    fact(d, 'REQUESTED_COOPERATION_IN', 'fukuda-tomikazu', 'high-tech-agriculture');
    expect(
      d.nodes
        .filter((n) => n.label === 'Official')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['fukuda-tomikazu', 'nguyen-hong-dien']);
    // No Premier ministre was named: "le chef du gouvernement" resolves to nobody, and no meeting is invented.
    expect(facts(d, 'MET_WITH')).toEqual(['fukuda-tomikazu -> nguyen-hong-dien']);
  });

  it('name order and romanisation variants are one official ("Ohmura Hideaki" = "Hideaki Ōmura" = "le gouverneur Omura")', () => {
    const d = draftOf(
      "M. Ohmura Hideaki, gouverneur de la préfecture d'Aichi, est arrivé à Hanoï. Le ministre Nguyễn Hồng Diên a reçu Hideaki Ōmura. Le gouverneur Omura a proposé de coopérer en matière de tourisme.",
    );
    expect(
      d.nodes
        .filter((n) => n.label === 'Official')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['nguyen-hong-dien', 'ohmura-hideaki']);
    fact(d, 'MET_WITH', 'nguyen-hong-dien', 'ohmura-hideaki');
    expect(fact(d, 'REQUESTED_COOPERATION_IN', 'ohmura-hideaki', 'tourism').properties.askedOf).toEqual(['nguyen-hong-dien']);
    expect(nodeOf(d, 'ohmura-hideaki').aliases).toContain('Hideaki Ōmura');
  });

  it('"X a reçu Y et a demandé à ce dernier …": the host asks, the guest is asked', () => {
    const d = draftOf(
      'Le Premier ministre Phạm Minh Chính a reçu M. Yamamoto Ichita, gouverneur de Gunma, et a demandé à ce dernier de renforcer la coopération en matière de semi-conducteurs.',
    );
    expect(fact(d, 'REQUESTED_COOPERATION_IN', 'pham-minh-chinh', 'semiconductors').properties.askedOf).toEqual(['yamamoto-ichita']);
    expect(facts(d, 'REQUESTED_COOPERATION_IN')).toEqual(['pham-minh-chinh -> semiconductors']);
  });

  it('"le Premier ministre" alone is the Prime Minister named before, with a lower confidence than the named mention', () => {
    const d = draftOf('Le Premier ministre Phạm Minh Chính est arrivé à Tokyo. Le Premier ministre a reçu M. Kishida Fumio.');
    const met = fact(d, 'MET_WITH', 'pham-minh-chinh', 'kishida-fumio');
    expect(met.review.confidence).toBeLessThan(0.85);
    const pm = nodeOf(d, 'pham-minh-chinh');
    expect(pm.review.spans).toHaveLength(2);
    expect(pm.aliases).toEqual([]);
  });
});

describe('organisations', () => {
  it('an agency with its acronym, and the acronym alone later', () => {
    const d = draftOf(
      "L'Agence japonaise de coopération internationale (JICA) soutient la province de Quảng Nam. La JICA a reçu une délégation de la province de Quảng Nam. Le JETRO ouvre un bureau.",
    );
    const jica = nodeOf(d, 'jica');
    expect(jica.aliases).toContain('JICA');
    expect(jica.review.spans).toHaveLength(2);
    expect(jica.mentions).toHaveLength(2);
    expect(nodeOf(d, 'jetro').aliases).toContain('JETRO');
    fact(d, 'MET_WITH', jica.id, 'delegation-de-la-province-de-quang-nam');
  });

  it('a title naming an acronym represents that body; a place after "à" is where, not whose', () => {
    const d = draftOf(
      'Le directeur général de la JETRO à Hanoï, Takeo Nakajima, a rencontré M. Ono Masaru, consul général du Japon à Hô Chi Minh-Ville.',
    );
    fact(d, 'REPRESENTS', 'takeo-nakajima', 'jetro');
    expect(facts(d, 'REPRESENTS')).toContain('ono-masaru -> japan');
    expect(nodeOf(d, 'ono-masaru').properties.country).toBe('japan');
    expect(facts(d, 'REPRESENTS').some((r) => r.endsWith('hanoi') || r.endsWith('ho-chi-minh-city'))).toBe(false);
  });

  it('a head that is also a common noun starts a name only when capitalised', () => {
    const d = draftOf(
      "L'organisation de la conférence de Hanoï a été saluée par l'Organisation japonaise du commerce extérieur et l'Office général des statistiques.",
    );
    expect(d.nodes.filter((n) => n.label === 'Organization').map((n) => n.id)).toEqual(['jetro', 'office-general-des-statistiques']);
  });

  it('embassies, consulates, chambers of commerce and federations', () => {
    const d = draftOf(
      "Le consulat général du Vietnam à Fukuoka, l'Ambassade du Japon au Vietnam, la Chambre de commerce et d'industrie du Vietnam et la Fédération économique du Kansai ont participé.",
    );
    const ids = d.nodes
      .filter((n) => n.label === 'Organization')
      .map((n) => n.id)
      .sort();
    expect(ids).toEqual([
      'ambassade-du-japon-au-vietnam',
      'consulat-general-du-vietnam-a-fukuoka',
      'federation-economique-du-kansai',
      'vcci',
    ]);
    expect(nodeOf(d, 'consulat-general-du-vietnam-a-fukuoka').properties).toMatchObject({ kind: 'consulate general', country: 'vietnam' });
  });
});

describe('a whole dispatch', () => {
  const text = [
    'Le Premier ministre reçoit le gouverneur de la préfecture de Nagano',
    'Hanoï, 14 mai (VNA) – Le Premier ministre Phạm Minh Chính a reçu mardi 14 mai à Hanoï M. Abe Shuichi, gouverneur de la préfecture de Nagano (Japon), en visite de travail au Vietnam.',
    'Le chef du gouvernement a salué les résultats de la coopération entre Nagano et la province de Thái Nguyên.',
    "Il a demandé à la préfecture de Nagano de soutenir le Vietnam dans les domaines de l'agriculture de haute technologie, de la formation des ressources humaines et de la transformation numérique.",
    "À cette occasion, la préfecture de Nagano et la province de Thái Nguyên ont signé un protocole d'accord sur la coopération agricole.",
    "Auparavant, le vice-ministre des Affaires étrangères Đỗ Hùng Việt s'est entretenu avec le gouverneur Abe Shuichi. Ce dernier a proposé d'organiser des échanges culturels.",
  ].join('\n');
  const d = draftOf(text, { publishedDate: '2024-05-15' });

  it('finds the meetings with their date and place, and who represents what', () => {
    expect(fact(d, 'MET_WITH', 'pham-minh-chinh', 'abe-shuichi').properties).toEqual({
      dateText: '14 mai',
      inferredDate: '2024-05-14',
      place: 'hanoi',
    });
    // "Auparavant": another time, so the date stated before is not carried over.
    expect(fact(d, 'MET_WITH', 'do-hung-viet', 'abe-shuichi').properties).toEqual({});
    fact(d, 'REPRESENTS', 'abe-shuichi', 'nagano');
    expect(fact(d, 'REPRESENTS', 'do-hung-viet', 'ministere-vietnamien-des-affaires-etrangeres').properties.role).toBe(
      'vice-ministre des Affaires étrangères',
    );
    expect(nodeOf(d, 'ministere-vietnamien-des-affaires-etrangeres').aliases).toEqual([]);
  });

  it('attaches "Il" (after "le chef du gouvernement") and "Ce dernier" to the right officials', () => {
    for (const sector of ['high-tech-agriculture', 'human-resources-training', 'digital-transformation']) {
      expect(fact(d, 'REQUESTED_COOPERATION_IN', 'pham-minh-chinh', sector).properties.askedOf).toEqual(['nagano']);
    }
    expect(fact(d, 'REQUESTED_COOPERATION_IN', 'abe-shuichi', 'culture').properties.askedOf).toEqual(['do-hung-viet']);
  });

  it('finds the agreement, Vietnamese side first, and the title line as the title', () => {
    expect(facts(d, 'PARTNERS_WITH')).toEqual(['thai-nguyen -> nagano']);
    expect(d.articles[0]!.title).toBe('Le Premier ministre reçoit le gouverneur de la préfecture de Nagano');
    expect(facts(d, 'MET_WITH')).toHaveLength(2);
  });
});

describe('the article', () => {
  const text = 'Le Vietnam et le Japon renforcent leur coopération\nLe 5 mars à Hanoï, le ministre Nguyễn Hồng Diên a reçu M. Saito Ken.';

  it('title from the first line, id = slug + 8 hex of the text hash, date inferred from the first date', () => {
    const [article] = draftOf(text).articles;
    expect(article!.title).toBe('Le Vietnam et le Japon renforcent leur coopération');
    expect(article!.titleSource).toBe('article');
    expect(article!.id).toMatch(/^le-vietnam-et-le-japon-renforcent-leur-cooperation-[0-9a-f]{8}$/);
    expect(article!.published).toMatchObject({ dateText: '5 mars', date: null, yearStated: false });
    expect(article!.text).toBe(text);
  });

  it('an editorial title, URL, outlet and publication date are kept; the id changes with the text only', () => {
    const a = draftOf(text, {
      title: 'Coopération Vietnam–Japon',
      url: 'https://example.org/a',
      outlet: 'Le Courrier',
      publishedDate: '2025-03-06',
    });
    expect(a.articles[0]).toMatchObject({
      title: 'Coopération Vietnam–Japon',
      titleSource: 'editorial',
      url: 'https://example.org/a',
      outlet: 'Le Courrier',
    });
    expect(a.articles[0]!.published).toMatchObject({ date: '2025-03-06', yearStated: true });
    expect(fact(a, 'MET_WITH', 'nguyen-hong-dien', 'saito-ken').properties.inferredDate).toBe('2025-03-05');
    const same = draftOf(text, { title: 'Coopération Vietnam–Japon' });
    const other = draftOf(`${text} `, { title: 'Coopération Vietnam–Japon' });
    expect(same.articles[0]!.id).toBe(a.articles[0]!.id);
    expect(other.articles[0]!.id).not.toBe(a.articles[0]!.id);
  });

  it('every item is proposed, with no match (resolution is a later step)', () => {
    const d = draftOf(text);
    expect(d.nodes.every((n) => n.review.status === 'proposed' && n.review.match === null)).toBe(true);
    expect(d.relationships.every((r) => r.review.status === 'proposed' && r.review.confidence > 0)).toBe(true);
  });

  it('rejects an empty text', () => {
    expect(() => extractDraft({ text: '  \n ', language: 'fr' })).toThrow(/empty/);
  });
});

describe('decomposed input', () => {
  it('a text in NFD gives the same facts, with evidence cut from the NFD text', () => {
    const text = 'Le 17 décembre à Hanoï, le vice-Premier ministre Trần Hồng Hà a reçu M. Suzuki Naomichi, gouverneur de Hokkaido.';
    const nfc = draftOf(text, { publishedDate: '2025-01-01' });
    const nfd = draftOf(text.normalize('NFD'), { publishedDate: '2025-01-01' });
    const summary = (d: typeof nfc) =>
      d.relationships.map((r) => `${r.type} ${r.from} ${r.to} ${JSON.stringify(r.properties)}`.normalize('NFC')).sort();
    expect(summary(nfd)).toEqual(summary(nfc));
    expect(nfd.relationships[0]!.evidence).toBe(text.normalize('NFD'));
  });
});

describe('a language is its lists', () => {
  it('the engine knows only the verbs and titles the rule set gives it', () => {
    const text = 'Le ministre Nguyễn Hồng Diên a reçu M. Saito Ken, gouverneur de Gunma.';
    const request = { text, language: 'fr' as const };
    expect(facts(extract(request, french, loadGazetteers()), 'MET_WITH')).toEqual(['nguyen-hong-dien -> saito-ken']);
    const noReception = { ...french, meetingVerbs: french.meetingVerbs.filter((v) => v !== 'a reçu') };
    expect(facts(extract(request, noReception, loadGazetteers()), 'MET_WITH')).toEqual([]);
    const noGovernor = { ...french, titles: french.titles.filter((t) => t.form !== 'gouverneur') };
    expect(facts(extract(request, noGovernor, loadGazetteers()), 'REPRESENTS')).toEqual([]);
  });
});
