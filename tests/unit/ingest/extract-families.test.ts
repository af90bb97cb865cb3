// Phrasing families of agency dispatches, one family per test: each rule is tested on a sentence
// written for the test, never on a dev or held-out item, so the rules cover the family and not
// one example. Meetings first, then relative dates (what the meetings date themselves with).
import { beforeAll, describe, expect, it } from 'vitest';
import { findDates, resolveDate } from '../../../ingest/extract/dates.ts';
import { french } from '../../../ingest/lang/fr/index.ts';
import { draftOf, fact, facts } from './extract-helpers.ts';

// The first extraction loads the gazetteers: done once here, outside the tests' own time limit.
beforeAll(() => void draftOf('Le gouverneur de Gunma, M. Yamamoto Ichita, a reçu une délégation.'), 60_000);

describe('MET_WITH phrasing families', () => {
  it('a weekday or a relative day between the verb and the guest ("a reçu vendredi après-midi à Hanoï X")', () => {
    for (const when of ['vendredi après-midi', 'ce mardi', 'lundi dernier', 'hier', 'jeudi matin']) {
      const d = draftOf(`Le Premier ministre Phạm Minh Chính a reçu ${when} à Hanoï M. Ikeda Shunsuke, gouverneur d'Okayama.`);
      expect(facts(d, 'MET_WITH'), when).toEqual(['pham-minh-chinh -> ikeda-shunsuke']);
    }
  });

  it('a companion is a guest too ("X, accompagné de Y")', () => {
    const d = draftOf(
      'Le ministre Bùi Thanh Sơn a reçu M. Hayashi Taro, gouverneur de la préfecture de Saga, accompagné de M. Mori Kenji, président de la Chambre de commerce de Saga.',
    );
    expect(facts(d, 'MET_WITH').sort()).toEqual(['bui-thanh-son -> hayashi-taro', 'bui-thanh-son -> mori-kenji']);
  });

  it('a passive whose list ends with a body pointed back to ("M. X et la délégation ont été reçus par Y")', () => {
    const d = draftOf(
      'Une délégation de la province de Phú Thọ conduite par M. Lê Văn An a visité Oita. M. Lê Văn An et la délégation ont été reçus par le gouverneur Sato Kiichiro.',
    );
    expect(facts(d, 'MET_WITH').sort()).toEqual(['sato-kiichiro -> delegation-de-la-province-de-phu-tho', 'sato-kiichiro -> le-van-an']);
  });

  it('plural hosts ("X et Y ont reçu Z", "X et Y se sont entretenus avec Z"), unlike two parties talking ("X et Y se sont entretenus")', () => {
    const hosts = draftOf(
      "Le gouverneur de Gunma, M. Yamamoto Ichita, et le président de l'Assemblée préfectorale, M. Hoshino Gen, ont reçu une délégation de la province de Quảng Ninh.",
    );
    expect(facts(hosts, 'MET_WITH').sort()).toEqual([
      'hoshino-gen -> delegation-de-la-province-de-quang-ninh',
      'yamamoto-ichita -> delegation-de-la-province-de-quang-ninh',
    ]);
    const withGuest = draftOf('M. Trần Văn Nam et M. Hoshino Gen se sont entretenus avec M. Suzuki Ken, président de la JETRO.');
    expect(facts(withGuest, 'MET_WITH').sort()).toEqual(['hoshino-gen -> suzuki-ken', 'tran-van-nam -> suzuki-ken']);
    const mutual = draftOf('M. Trần Văn Nam et M. Hoshino Gen se sont entretenus le 3 mai à Tokyo.');
    expect(facts(mutual, 'MET_WITH')).toEqual(['tran-van-nam -> hoshino-gen']);
  });

  it('cues with every determiner ("lors d\'un entretien téléphonique avec", "au cours de sa séance de travail avec")', () => {
    for (const cue of [
      "Lors d'un entretien téléphonique avec",
      'Au cours de sa séance de travail avec',
      "À l'occasion de la rencontre avec",
    ]) {
      const d = draftOf(`${cue} M. Oguri Tetsuya, le ministre Vũ Minh Quân a salué les liens entre les deux pays.`);
      expect(facts(d, 'MET_WITH'), cue).toEqual(['vu-minh-quan -> oguri-tetsuya']);
    }
  });

  it('a courtesy call paid "auprès de" someone, and verbs of talks ("a eu un entretien téléphonique avec", "a tenu des entretiens avec")', () => {
    const call = draftOf(
      'M. Ishii Koji, vice-président de la JICA, a effectué une visite de courtoisie auprès du ministre Phùng Văn Tiến.',
    );
    expect(facts(call, 'MET_WITH')).toEqual(['phung-van-tien -> ishii-koji']);
    for (const verb of ['a eu un entretien téléphonique avec', 'a tenu des entretiens avec', 'a eu une entrevue avec']) {
      const d = draftOf(`Le ministre Vũ Minh Quân ${verb} M. Oguri Tetsuya.`);
      expect(facts(d, 'MET_WITH'), verb).toEqual(['vu-minh-quan -> oguri-tetsuya']);
    }
  });
});

describe('weekdays and relative days, resolved against the publication date', () => {
  const find = (text: string) => findDates(text, french.dates);

  it('finds a weekday alone, with "ce", "dernier" or a part of the day, and relative days, but not inside a full date', () => {
    expect(find('Il a reçu vendredi après-midi la délégation').map((d) => d.dateText)).toEqual(['vendredi après-midi']);
    expect(find('ce mardi, puis mardi dernier, hier et avant-hier').map((d) => d.dateText)).toEqual([
      'ce mardi',
      'mardi dernier',
      'hier',
      'avant-hier',
    ]);
    expect(find('le lundi 10 juillet').map((d) => d.dateText)).toEqual(['lundi 10 juillet']);
  });

  it('takes the most recent such day not after publication, and says so', () => {
    // 2025-05-14 is a Wednesday.
    const friday = resolveDate(find('vendredi')[0]!, '2025-05-14');
    expect(friday).toMatchObject({ date: null, yearStated: false, inferredDate: '2025-05-09' });
    expect(friday.inference).toContain('most recent Friday not after the publication date 2025-05-14');
    expect(resolveDate(find('mercredi')[0]!, '2025-05-14').inferredDate).toBe('2025-05-14');
    expect(resolveDate(find('hier')[0]!, '2025-03-01').inferredDate).toBe('2025-02-28');
    expect(resolveDate(find('vendredi')[0]!)).toMatchObject({ date: null });
    expect(resolveDate(find('vendredi')[0]!).inferredDate).toBeUndefined();
  });

  it('dates a fact by the weekday, but never the article: a written date wins in the same sentence', () => {
    const d = draftOf('Le ministre Vũ Minh Quân a reçu mardi M. Oguri Tetsuya.', { publishedDate: '2025-05-14' });
    expect(fact(d, 'MET_WITH', 'vu-minh-quan', 'oguri-tetsuya').properties).toMatchObject({
      dateText: 'mardi',
      inferredDate: '2025-05-13',
    });
    const undated = draftOf('Le ministre Vũ Minh Quân a reçu mardi M. Oguri Tetsuya.');
    expect(undated.articles[0]!.published.dateText).toBe('unknown');
    const written = draftOf('Hanoï, 12 avril (VNA) – Le ministre Vũ Minh Quân a reçu vendredi M. Oguri Tetsuya.', {
      publishedDate: '2025-04-12',
    });
    expect(fact(written, 'MET_WITH', 'vu-minh-quan', 'oguri-tetsuya').properties).toMatchObject({
      dateText: '12 avril',
      inferredDate: '2025-04-12',
    });
  });
});

describe('REQUESTED_COOPERATION_IN phrasing families', () => {
  const asked = (text: string) => facts(draftOf(text), 'REQUESTED_COOPERATION_IN').sort();

  it('verbs and their infinitive or "que" clause ("a proposé de renforcer", "a souhaité que les deux parties", "propose que")', () => {
    expect(
      asked(
        "Le gouverneur Sato Kiichiro a proposé de renforcer la coopération dans les domaines de l'agriculture, du tourisme et de la santé.",
      ),
    ).toEqual(['sato-kiichiro -> agriculture', 'sato-kiichiro -> health', 'sato-kiichiro -> tourism']);
    expect(asked("Le président Lê Văn An a souhaité que les deux parties renforcent la coopération en matière d'éducation.")).toEqual([
      'le-van-an -> education',
    ]);
    expect(asked('M. Lê Văn An propose que les deux localités coopèrent dans le secteur de la logistique.')).toEqual([
      'le-van-an -> logistics',
    ]);
  });

  it('calls on companies to invest: the fields and investment itself', () => {
    expect(asked('Le Premier ministre Phạm Minh Chính appelle les entreprises japonaises à investir dans les semi-conducteurs.')).toEqual([
      'pham-minh-chinh -> investment-and-business',
      'pham-minh-chinh -> semiconductors',
    ]);
  });

  it('wishes and needs said in other words ("a exprimé le souhait de", "il est nécessaire de", "a souligné la nécessité de", participles)', () => {
    expect(asked('Mme Trần Thị Mai a exprimé le souhait de coopérer avec Oita, notamment dans le tourisme.')).toEqual([
      'tran-thi-mai -> tourism',
    ]);
    expect(asked('Selon M. Lê Văn An, il est nécessaire de promouvoir la coopération dans la transformation numérique.')).toEqual([
      'le-van-an -> digital-transformation',
    ]);
    expect(asked('M. Lê Văn An a souligné la nécessité de coopérer en matière de tourisme.')).toEqual(['le-van-an -> tourism']);
    expect(asked('M. Lê Văn An a salué les résultats, proposant de renforcer les liens dans la construction navale.')).toEqual([
      'le-van-an -> shipbuilding',
    ]);
  });

  it('lists after "tels que", "en particulier", "dans les secteurs de"', () => {
    expect(
      asked("M. Lê Văn An a invité les entreprises d'Oita à coopérer dans des domaines tels que la construction navale et la logistique."),
    ).toEqual(['le-van-an -> logistics', 'le-van-an -> shipbuilding']);
    expect(asked("M. Lê Văn An a suggéré d'intensifier la coopération, en particulier dans la santé et l'éducation.")).toEqual([
      'le-van-an -> education',
      'le-van-an -> health',
    ]);
  });

  it('statements, thanks and readiness ask nothing', () => {
    expect(asked('Le gouverneur Sato Kiichiro a déclaré que la préfecture était prête à soutenir la province dans le tourisme.')).toEqual(
      [],
    );
    expect(asked('Le gouverneur Sato Kiichiro a remercié la province et affirmé sa volonté de coopérer dans le tourisme.')).toEqual([]);
  });
});

describe('the sector lexicon: one canonical node per field, the most specific wording first', () => {
  const sectorsOf = (text: string) =>
    facts(draftOf(text), 'REQUESTED_COOPERATION_IN')
      .map((f) => f.split(' -> ')[1])
      .sort();

  it('a specific field is its own node, not the broad one it belongs to', () => {
    expect(
      sectorsOf(
        "M. Lê Văn An a proposé de coopérer dans la formation professionnelle, l'éolien en mer, la robotique, l'économie circulaire et les lignes de métro.",
      ),
    ).toEqual(['circular-economy', 'offshore-wind', 'robotics', 'urban-railways', 'vocational-training']);
    expect(sectorsOf('M. Lê Văn An a demandé un appui dans les soins aux personnes âgées et la gestion des déchets.')).toEqual([
      'elderly-care',
      'waste-management',
    ]);
  });

  it('French, English and Vietnamese wordings of a field reach the same node', () => {
    expect(sectorsOf('M. Lê Văn An a proposé de coopérer dans les domaines de la pêche et de l’hydrogène vert.')).toEqual([
      'fisheries',
      'green-hydrogen',
    ]);
    expect(sectorsOf('M. Lê Văn An a proposé de coopérer dans les domaines de la thủy sản et du green hydrogen.')).toEqual([
      'fisheries',
      'green-hydrogen',
    ]);
  });

  it('names no sector out of a sentence that asks nothing and names no field', () => {
    const d = draftOf('Le gouverneur Sato Kiichiro a visité une usine de robotique et un parc éolien en mer.');
    expect(d.nodes.filter((n) => n.label === 'Sector')).toEqual([]);
  });
});

describe('PARTNERS_WITH: signed, not planned', () => {
  const partners = (text: string) => facts(draftOf(text), 'PARTNERS_WITH').sort();

  it('a plan is no agreement ("vont procéder à la signature", "envisagent", "prévoient", "ont convenu de signer")', () => {
    for (const plan of [
      "vont procéder à la signature d'un protocole d'accord",
      'envisagent de signer un accord de coopération',
      "prévoient la signature d'un mémorandum d'entente",
      "ont convenu de signer un mémorandum d'entente",
    ])
      expect(partners(`La province de Bắc Ninh et la préfecture de Gunma ${plan}.`), plan).toEqual([]);
    expect(partners("La province de Bắc Ninh et la préfecture de Gunma ont signé un protocole d'accord.")).toEqual(['bac-ninh -> gunma']);
  });

  it('a place that only locates another is no party ("la ville de Sakai, dans la préfecture d\'Osaka")', () => {
    expect(
      partners("La province de Bắc Ninh et la ville de Sakai, dans la préfecture d'Osaka, ont signé un mémorandum d'entente."),
    ).toEqual(['bac-ninh -> sakai']);
  });

  it('two clauses, two agreements ("…, tandis que C et D ont échangé une lettre d\'intention")', () => {
    const d = draftOf(
      "La province de Bắc Ninh et la préfecture de Gunma ont signé un mémorandum d'entente, tandis que la ville de Đà Nẵng et la préfecture de Hiroshima ont échangé une lettre d'intention.",
    );
    expect(facts(d, 'PARTNERS_WITH').sort()).toEqual(['bac-ninh -> gunma', 'da-nang -> hiroshima']);
    expect(fact(d, 'PARTNERS_WITH', 'da-nang', 'hiroshima').properties.kind).toBe("lettre d'intention");
  });
});
