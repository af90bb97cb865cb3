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
