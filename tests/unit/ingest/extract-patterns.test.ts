// Patterns found while developing on ingest/dev/: one sentence (or two) each, and the fact it states.
import { describe, expect, it } from 'vitest';
import { resolveDraft } from '../../../ingest/resolve/draft.ts';
import { draftOf, fact, facts, nodeOf } from './extract-helpers.ts';

describe('meetings', () => {
  it('a date inside the verb phrase ("a eu le 12 août une séance de travail avec")', () => {
    const d = draftOf(
      'Le secrétaire du Comité provincial du Parti de Đồng Nai, Vương Thị Hạnh, a eu le 12 août une séance de travail avec M. Sugano Takeshi.',
      { publishedDate: '2025-08-20' },
    );
    expect(fact(d, 'MET_WITH', 'vuong-thi-hanh', 'sugano-takeshi').properties).toMatchObject({ dateText: '12 août' });
  });

  it('a visit paid: the one visited is the host ("a rendu le 21 mars une visite de courtoisie au vice-Premier ministre")', () => {
    const d = draftOf(
      'M. Sakamoto Ryohei, président de la JETRO, a rendu le 21 mars une visite de courtoisie au vice-Premier ministre Trần Quốc Phong.',
    );
    expect(facts(d, 'MET_WITH')).toEqual(['tran-quoc-phong -> sakamoto-ryohei']);
  });

  it('a passive with two hosts ("a été accueillie par X, et par Y"), the delegation pointed back to ("la délégation")', () => {
    const d = draftOf(
      "Une délégation de la province de Bình Định a visité la préfecture de Yamanashi. La délégation a été accueillie par le gouverneur de Yamanashi, M. Nakamura Shigeru, et par le président de l'Assemblée préfectorale, M. Kondo Hideo.",
    );
    expect(facts(d, 'MET_WITH').sort()).toEqual([
      'kondo-hideo -> delegation-de-la-province-de-binh-dinh',
      'nakamura-shigeru -> delegation-de-la-province-de-binh-dinh',
    ]);
    // The assembly's president represents the assembly, which is in the prefecture named before.
    fact(d, 'REPRESENTS', 'kondo-hideo', 'yamanashi-prefectural-assembly');
    fact(d, 'LOCATED_IN', 'yamanashi-prefectural-assembly', 'yamanashi');
    fact(d, 'REPRESENTS', 'nakamura-shigeru', 'yamanashi');
  });

  it('a pluperfect passive ("avait été reçue par")', () => {
    const d = draftOf(
      'La consule générale du Vietnam à Osaka, Mme Ngô Thị Hòa, avait été reçue par le maire de la ville de Sakai, M. Nagata Hiroshi.',
    );
    expect(facts(d, 'MET_WITH')).toEqual(['nagata-hiroshi -> ngo-thi-hoa']);
  });

  it("a delegation's leader is a guest too, and \"son gouverneur\" is the delegation's place's", () => {
    const d = draftOf(
      'Le président du Comité populaire de la province de Thái Nguyên, Đỗ Văn Khải, a reçu une délégation de la préfecture de Tottori (Japon) conduite par son gouverneur, M. Hirai Kenta.',
    );
    expect(facts(d, 'MET_WITH').sort()).toEqual(['do-van-khai -> delegation-de-la-prefecture-de-tottori', 'do-van-khai -> hirai-kenta']);
    expect(facts(d, 'REPRESENTS').filter((f) => f.startsWith('hirai'))).toEqual(['hirai-kenta -> tottori']);
  });

  it('"s\'est entretenu par téléphone … avec son homologue"', () => {
    const d = draftOf(
      "Le ministre des Affaires étrangères Vũ Minh Quân s'est entretenu par téléphone le 27 janvier avec son homologue japonais Oguri Tetsuya.",
    );
    fact(d, 'MET_WITH', 'vu-minh-quan', 'oguri-tetsuya');
  });

  it('"a rencontré des représentants de la société X": the company is the guest, named with a place inside', () => {
    const d = draftOf("Mme Đoàn Thị Huyên a rencontré des représentants de la société Mie Seiki, qui envisage d'ouvrir une usine.");
    fact(d, 'MET_WITH', 'doan-thi-huyen', 'societe-mie-seiki');
    expect(nodeOf(d, 'societe-mie-seiki').properties.kind).toBe('company');
  });

  it('"Lors de sa rencontre avec X, le responsable de Huế …": a leader described is the official named last', () => {
    const d = draftOf(
      'Le secrétaire du Comité municipal du Parti de Huế, Nguyễn Văn Phương, a présenté la ville. Lors de sa rencontre avec M. Sato Koji, le responsable de Huế a rappelé les liens des deux localités.',
    );
    fact(d, 'MET_WITH', 'nguyen-van-phuong', 'sato-koji');
  });
});

describe('titles and bodies', () => {
  it('"le vice-président du Comité populaire de la ville, X": the city named before, and its committee', () => {
    const d = draftOf(
      'Cần Thơ accueille les investisseurs. En recevant une délégation japonaise, le vice-président du Comité populaire de la ville, Trương Minh Tâm, a présenté les projets.',
    );
    fact(d, 'REPRESENTS', 'truong-minh-tam', 'can-tho-peoples-committee');
    expect(nodeOf(d, 'can-tho-peoples-committee').label).toBe('Organization');
    fact(d, 'LOCATED_IN', 'can-tho-peoples-committee', 'can-tho');
    expect(facts(d, 'REPRESENTS')).not.toContain('truong-minh-tam -> can-tho');
  });

  it('"directeur général de la société Iwate Kaihatsu" represents the company; "directeur du bureau de la JICA" the agency', () => {
    const d = draftOf(
      'M. Sato Koji a reçu le directeur général de la société Iwate Kaihatsu, M. Endo Takumi, et le directeur du bureau de la JICA au Vietnam, M. Sugano Takeshi.',
    );
    fact(d, 'REPRESENTS', 'endo-takumi', 'societe-iwate-kaihatsu');
    expect(nodeOf(d, 'jica').aliases).toContain('JICA');
    fact(d, 'REPRESENTS', 'sugano-takeshi', 'jica');
  });

  it('one node for a delegation of a place however it is worded', () => {
    const d = draftOf(
      'Une délégation de Nghệ An reçue par le gouverneur de Shizuoka\n\nUne délégation de la province de Nghệ An a visité la préfecture de Shizuoka.',
    );
    expect(d.nodes.filter((n) => n.properties.kind === 'delegation').map((n) => n.id)).toEqual(['delegation-de-nghe-an']);
  });

  it('"le président de la Fédération" and "la Fédération incite" are the federation named before', () => {
    const d = draftOf(
      'Le vice-Premier ministre Nguyễn Văn Thạch a reçu une délégation de la Fédération économique du Chubu, conduite par son président, M. Mizuno Akihisa. Il a souhaité que la Fédération incite ses membres à investir au Vietnam. Le président de la Fédération a demandé au gouvernement vietnamien de développer les infrastructures de transport.',
    );
    expect(
      d.nodes
        .filter((n) => n.label === 'Organization')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['delegation-de-la-federation-economique-du-chubu', 'federation-economique-du-chubu', 'gouvernement-vietnamien']);
    expect(fact(d, 'REQUESTED_COOPERATION_IN', 'nguyen-van-thach', 'investment-and-business').properties.askedOf).toEqual([
      'federation-economique-du-chubu',
    ]);
    fact(d, 'REQUESTED_COOPERATION_IN', 'mizuno-akihisa', 'infrastructure-development');
  });
});

describe('requests', () => {
  it('"X, à qui il a demandé …": the sentence\'s subject asks, X is asked', () => {
    const d = draftOf(
      'M. Đào Trọng Nghĩa a eu un entretien avec le président de la JETRO, M. Sakamoto Ryohei, à qui il a demandé de soutenir la promotion du commerce à Thanh Hóa.',
    );
    expect(facts(d, 'REQUESTED_COOPERATION_IN')).toEqual(['dao-trong-nghia -> trade']);
  });

  it('"Le secrétaire a demandé …" is the official whose title begins so', () => {
    const d = draftOf(
      'Le secrétaire du Comité municipal du Parti de Huế, Nguyễn Văn Phương, a reçu M. Sato Koji. Le secrétaire a demandé à Iwate de soutenir Huế dans le développement du tourisme.',
    );
    fact(d, 'REQUESTED_COOPERATION_IN', 'nguyen-van-phuong', 'tourism');
  });

  it('"Le dirigeant a souhaité que …" is the previous subject', () => {
    const d = draftOf(
      'Le président du Comité populaire de la ville de Cần Thơ, Lê Quang Vinh, a reçu M. Nakata Shingo. Le dirigeant a souhaité développer la coopération dans la logistique.',
    );
    fact(d, 'REQUESTED_COOPERATION_IN', 'le-quang-vinh', 'logistics');
  });

  it('"l\'agence japonaise" alone is the agency named before, and the one asked', () => {
    const d = draftOf(
      "Mme Vương Thị Hạnh a remercié l'Agence japonaise de coopération internationale (JICA). Elle a demandé à l'agence japonaise de soutenir la formation des ressources humaines.",
    );
    expect(fact(d, 'REQUESTED_COOPERATION_IN', 'vuong-thi-hanh', 'human-resources-training').properties.askedOf).toEqual(['jica']);
    expect(d.nodes.filter((n) => n.label === 'Organization')).toHaveLength(1);
  });

  it('"Elle" after a sentence whose subject is a man is the woman it named', () => {
    const d = draftOf(
      "La consule générale du Vietnam à Osaka, Mme Ngô Thị Hòa, avait été reçue par le maire de la ville de Sakai, M. Nagata Hiroshi. Elle a sollicité l'appui de la ville pour promouvoir les produits agricoles vietnamiens.",
    );
    expect(facts(d, 'REQUESTED_COOPERATION_IN')).toEqual(['ngo-thi-hoa -> agriculture']);
  });

  it('companies asked to invest ("à investir") is investment; "environnement des affaires" is not the environment', () => {
    const d = draftOf(
      'M. Lương Nguyễn Minh a exhorté les entreprises de Kitakyushu à investir à Đà Nẵng. Ce dernier a exprimé le souhait que le Japon améliore son environnement des affaires.',
    );
    expect(d.nodes.filter((n) => n.label === 'Sector').map((n) => n.id)).toEqual(['investment-and-business']);
  });

  it('a capitalised name is not a sector ("Trần Quốc Phong" folds to the Vietnamese for defence)', () => {
    const d = draftOf('Le vice-Premier ministre Trần Quốc Phong a demandé un soutien dans le domaine de la santé.');
    expect(d.nodes.filter((n) => n.label === 'Sector').map((n) => n.id)).toEqual(['health']);
  });
});

describe('agreements', () => {
  it('"ont échangé une lettre d\'intention" is an agreement, with the fields it covers', () => {
    const d = draftOf(
      "La province de Lâm Đồng et la préfecture de Kochi ont échangé une lettre d'intention sur la coopération dans les domaines de l'agriculture et du tourisme.",
    );
    expect(fact(d, 'PARTNERS_WITH', 'lam-dong', 'kochi').properties).toMatchObject({
      kind: "lettre d'intention",
      sectors: ['agriculture', 'tourism'],
    });
  });

  it('a signing only planned is none ("était disposée à étudier la signature d\'un protocole d\'accord")', () => {
    const d = draftOf(
      "Le gouverneur Ikeda Shunsuke a déclaré que la préfecture d'Okayama était disposée à étudier la signature d'un protocole d'accord avec la province de Thanh Hóa.",
    );
    expect(facts(d, 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('sector mentions', () => {
  it('a sector word is a sector where it is a field (a request, an agreement, after "le secteur"), not elsewhere', () => {
    const d = draftOf(
      "La construction du pont a été financée par la JICA. M. Lê Quang Vinh a demandé au Japon de soutenir la logistique. Les entreprises du secteur de l'électronique sont nombreuses.",
    );
    expect(
      d.nodes
        .filter((n) => n.label === 'Sector')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['electronics', 'logistics']);
  });
});

describe('found on the third dev batch', () => {
  it('"X, et Y, ont été reçus par Z": every guest of the list', () => {
    const d = draftOf(
      'Le président du Conseil populaire de la province de Quảng Trị, Lê Văn Hưng, et le vice-président du Comité populaire provincial, Hoàng Nam, ont été reçus le 7 novembre par le gouverneur de la préfecture de Toyama, M. Nitta Kazuo.',
    );
    expect(facts(d, 'MET_WITH').sort()).toEqual(['nitta-kazuo -> hoang-nam', 'nitta-kazuo -> le-van-hung']);
    fact(d, 'REPRESENTS', 'hoang-nam', 'quang-tri-peoples-committee');
    fact(d, 'REPRESENTS', 'le-van-hung', 'quang-tri-peoples-council');
    fact(d, 'LOCATED_IN', 'quang-tri-peoples-council', 'quang-tri');
    fact(d, 'LOCATED_IN', 'quang-tri-peoples-committee', 'quang-tri');
  });

  it('"les deux parties ont signé": the places last named on each side; "a souhaité la bienvenue" asks nothing', () => {
    const d = draftOf(
      "Le gouverneur de la préfecture de Toyama a souhaité la bienvenue à la délégation de Quảng Trị et a présenté la pharmacie. À l'issue de la rencontre, les deux parties ont signé un protocole d'accord.",
    );
    expect(facts(d, 'PARTNERS_WITH')).toEqual(['quang-tri -> toyama']);
    expect(facts(d, 'REQUESTED_COOPERATION_IN')).toEqual([]);
  });

  it('"a, pour sa part, demandé": an aside between auxiliary and participle', () => {
    const d = draftOf(
      "Le vice-président Hoàng Nam, du Comité populaire de Quảng Trị, a, pour sa part, demandé à Toyama d'accueillir des stagiaires dans le secteur des soins infirmiers.",
    );
    // "soins infirmiers" is the specific field (elderly-care), not health at large.
    expect(facts(d, 'REQUESTED_COOPERATION_IN').sort()).toEqual(['hoang-nam -> elderly-care', 'hoang-nam -> labour']);
  });

  it('a short name in parentheses is an alias ("(Tohokukeiren)"), a place in parentheses is not', () => {
    const d = draftOf(
      'M. Takahashi Hiroyuki, président de la Fédération économique du Tohoku (Tohokukeiren), a été reçu. Le Tohokukeiren compte 700 membres.',
    );
    const federation = nodeOf(d, 'federation-economique-du-tohoku');
    expect(federation.aliases).toContain('Tohokukeiren');
    expect(federation.mentions).toHaveLength(2);
  });

  it('a Japanese city is a place when named as one ("la ville de Takaoka"), not as a bare dateline', () => {
    const d = draftOf('Nagoya (VNA) – La délégation a visité une usine de la ville de Takaoka.');
    expect(d.nodes.filter((n) => n.label === 'Locality').map((n) => n.id)).toEqual(['takaoka']);
  });
});

describe('found on the fourth dev batch', () => {
  it('"M. Yamaguchi Shinya": after an honorific a prefecture\'s name is a family name', () => {
    const d = draftOf(
      "Le président du Comité populaire de Hô Chi Minh-Ville, Trần Hữu Phước, a reçu le vice-gouverneur de la préfecture d'Osaka, M. Yamaguchi Shinya.",
    );
    fact(d, 'MET_WITH', 'tran-huu-phuoc', 'yamaguchi-shinya');
    fact(d, 'REPRESENTS', 'yamaguchi-shinya', 'osaka');
    expect(d.nodes.some((n) => n.id === 'yamaguchi')).toBe(false);
  });

  it('"M. Y, à la tête d\'une délégation de X": the delegation is a guest too', () => {
    const d = draftOf("Le ministre Phùng Văn Tiến a reçu M. Ishii Koji, à la tête d'une délégation de la préfecture de Saga.");
    expect(facts(d, 'MET_WITH').sort()).toEqual(['phung-van-tien -> delegation-de-la-prefecture-de-saga', 'phung-van-tien -> ishii-koji']);
  });

  it('"le dirigeant de la ville" is the Vietnamese official, not the Japanese guest named last', () => {
    const d = draftOf(
      "Le président du Comité populaire de Hô Chi Minh-Ville, Trần Hữu Phước, a reçu M. Yamaguchi Shinya. Le vice-gouverneur a rappelé les liens d'amitié. Le dirigeant de la ville a souhaité développer le métro.",
    );
    expect(facts(d, 'REQUESTED_COOPERATION_IN')).toEqual(['tran-huu-phuoc -> urban-railways']);
  });

  it('a headline verb in the present ends a portfolio ("Le ministre de l\'Agriculture reçoit …")', () => {
    const d = draftOf(
      "Le ministre de l'Agriculture reçoit le vice-président de la JICA\n\nLe ministre Phùng Văn Tiến a reçu M. Ishii Koji.",
    );
    expect(d.nodes.some((n) => n.name === "Ministère de l'Agriculture")).toBe(true);
  });
});

describe('resolution of a delegation of a body', () => {
  it('merges "une délégation de la Fédération …" into the Fédération, and its meeting follows', () => {
    const d = draftOf('Le vice-Premier ministre Nguyễn Văn Thạch a reçu une délégation de la Fédération économique du Chubu.');
    expect(nodeOf(d, 'delegation-de-la-federation-economique-du-chubu').properties.delegationOf).toBe('federation-economique-du-chubu');
    const resolved = resolveDraft(d, []);
    expect(
      resolved.nodes
        .filter((n) => n.label === 'Organization')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['federation-economique-du-chubu', 'gouvernement-vietnamien']);
    expect(facts(resolved, 'MET_WITH')).toEqual(['nguyen-van-thach -> federation-economique-du-chubu']);
  });
});

describe('found on the fifth dev batch', () => {
  it('several documents in one sentence: each between the places after it', () => {
    const d = draftOf(
      "Trois documents ont été signés : un protocole d'accord entre la province de Thái Bình et la préfecture de Tochigi, un mémorandum d'entente entre la ville de Cần Thơ et la ville de Kumamoto, et une lettre d'intention entre la province de Đồng Tháp et la préfecture d'Ishikawa.",
    );
    expect(facts(d, 'PARTNERS_WITH').sort()).toEqual(['can-tho -> kumamoto-city', 'dong-thap -> ishikawa', 'thai-binh -> tochigi']);
    expect(fact(d, 'PARTNERS_WITH', 'dong-thap', 'ishikawa').properties.kind).toBe("lettre d'intention");
  });

  it('"En recevant une délégation du Comité populaire de X conduite par son vice-président, M. Y, Z …": Z hosts both, Y represents X', () => {
    const d = draftOf(
      'En recevant le 2 décembre une délégation du Comité populaire de la ville de Hải Phòng conduite par son vice-président, M. Nguyễn Đức Thọ, le vice-gouverneur de la préfecture de Hyogo, M. Katayama Jun, a salué le port.',
    );
    expect(facts(d, 'MET_WITH').sort()).toEqual([
      'katayama-jun -> delegation-du-comite-populaire-de-la-ville-de-hai-phong',
      'katayama-jun -> nguyen-duc-tho',
    ]);
    // "son vice-président" of the committee's delegation: the committee (a governor would head the city).
    fact(d, 'REPRESENTS', 'nguyen-duc-tho', 'hai-phong-peoples-committee');
    fact(d, 'LOCATED_IN', 'hai-phong-peoples-committee', 'hai-phong');
    expect(facts(d, 'REPRESENTS')).not.toContain('nguyen-duc-tho -> hai-phong');
  });

  it('a member of the Japanese Diet represents its chamber; a conditional ends a name ("l\'Alliance soutiendrait")', () => {
    const d = draftOf(
      "Le président Trần Quang Khải a reçu Mme Morita Keiko, députée de la Chambre des représentants du Japon, et M. Shimizu Taro, secrétaire général de l'Alliance parlementaire d'amitié Japon-Vietnam. M. Shimizu Taro a affirmé que l'Alliance soutiendrait l'accueil de travailleurs.",
    );
    fact(d, 'REPRESENTS', 'morita-keiko', 'chambre-des-representants-du-japon');
    expect(
      d.nodes
        .filter((n) => n.label === 'Organization')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['alliance-parlementaire-d-amitie-japon-vietnam', 'chambre-des-representants-du-japon']);
  });
});
