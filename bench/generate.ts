// Deterministic synthetic data for the benchmarks, in the seed format (articles.json,
// articles/*.txt, graph.json) so it goes through the same validation and loader as the real
// seed. The shape follows the real graph: many officials, organisations and articles, few
// sectors, prefectures and countries, and skewed degrees (a Prime Minister and
// "semiconductors" are hubs). Every relationship cites an article and quotes a sentence that is
// written verbatim into that article's text. Output is streamed, so memory stays proportional to
// the node count, not the relationship count.
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { NodeLabel, RelType } from '../contract/model.ts';
import { REL_TYPES } from '../contract/model.ts';
import { foldDiacritics, slugify } from '../contract/text.ts';
import { relationshipId } from '../seed/dataset.ts';
import { Random } from './random.ts';

export interface GenerateOptions {
  nodes: number;
  rels: number;
  seed: number;
  /** Output folder; replaced if it exists. */
  out: string;
  /** Facts per article on average (default 25, about what one news report states). */
  relsPerArticle?: number;
  log?: (line: string) => void;
}

export interface GenerateSummary {
  dir: string;
  nodes: number;
  relationships: number;
  articles: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  bytes: number;
  ms: number;
}

type Props = Record<string, string | number | boolean | string[] | number[]>;

interface GenNode {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  properties: Props;
  /** How the node is introduced in the article that mentions it (its mention evidence). */
  mention: string;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Fixed lists come first in their real order of importance, so the skewed pickers
// (index 0 most likely) make Kyushu, Fukuoka, Hanoi and semiconductors the hubs.

const COUNTRIES: [string, string, string[]][] = [
  ['vietnam', 'Vietnam', ['Việt Nam', 'Viet Nam']],
  ['japan', 'Japan', ['Nhật Bản', '日本']],
  ['south-korea', 'South Korea', ['Korea']],
  ['china', 'China', ['PRC']],
  ['united-states', 'United States', ['USA']],
  ['singapore', 'Singapore', []],
  ['thailand', 'Thailand', []],
  ['australia', 'Australia', []],
  ['india', 'India', []],
  ['france', 'France', []],
];

const REGIONS: [string, string, string][] = [
  ['kyushu', 'Kyushu', 'japan'],
  ['kansai', 'Kansai', 'japan'],
  ['kanto', 'Kanto', 'japan'],
  ['chubu', 'Chubu', 'japan'],
  ['tohoku', 'Tohoku', 'japan'],
  ['chugoku', 'Chugoku', 'japan'],
  ['shikoku', 'Shikoku', 'japan'],
  ['hokkaido-region', 'Hokkaido', 'japan'],
  ['red-river-delta', 'Red River Delta', 'vietnam'],
  ['mekong-delta', 'Mekong Delta', 'vietnam'],
  ['central-highlands', 'Central Highlands', 'vietnam'],
];

/** The 47 prefectures with their region (index into REGIONS), Kyushu first. */
const PREFECTURES: [string, number][] = [
  ['Fukuoka', 0],
  ['Saga', 0],
  ['Nagasaki', 0],
  ['Kumamoto', 0],
  ['Oita', 0],
  ['Miyazaki', 0],
  ['Kagoshima', 0],
  ['Okinawa', 0],
  ['Osaka', 1],
  ['Kyoto', 1],
  ['Hyogo', 1],
  ['Nara', 1],
  ['Wakayama', 1],
  ['Shiga', 1],
  ['Mie', 1],
  ['Tokyo', 2],
  ['Kanagawa', 2],
  ['Saitama', 2],
  ['Chiba', 2],
  ['Ibaraki', 2],
  ['Tochigi', 2],
  ['Gunma', 2],
  ['Aichi', 3],
  ['Shizuoka', 3],
  ['Gifu', 3],
  ['Nagano', 3],
  ['Yamanashi', 3],
  ['Niigata', 3],
  ['Toyama', 3],
  ['Ishikawa', 3],
  ['Fukui', 3],
  ['Miyagi', 4],
  ['Fukushima', 4],
  ['Yamagata', 4],
  ['Iwate', 4],
  ['Akita', 4],
  ['Aomori', 4],
  ['Hiroshima', 5],
  ['Okayama', 5],
  ['Yamaguchi', 5],
  ['Tottori', 5],
  ['Shimane', 5],
  ['Kagawa', 6],
  ['Ehime', 6],
  ['Tokushima', 6],
  ['Kochi', 6],
  ['Hokkaido', 7],
];

const PROVINCES = [
  'Hà Nội',
  'Quảng Ninh',
  'Thành phố Hồ Chí Minh',
  'Đà Nẵng',
  'Hải Phòng',
  'Bắc Ninh',
  'Bình Dương',
  'Đồng Nai',
  'Cần Thơ',
  'Hưng Yên',
  'Vĩnh Phúc',
  'Thái Nguyên',
  'Bắc Giang',
  'Hải Dương',
  'Nam Định',
  'Thái Bình',
  'Ninh Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Quảng Trị',
  'Thừa Thiên Huế',
  'Quảng Nam',
  'Quảng Ngãi',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Ninh Thuận',
  'Bình Thuận',
  'Kon Tum',
  'Gia Lai',
  'Đắk Lắk',
  'Đắk Nông',
  'Lâm Đồng',
  'Bình Phước',
  'Tây Ninh',
  'Bà Rịa - Vũng Tàu',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Trà Vinh',
  'Vĩnh Long',
  'Đồng Tháp',
  'An Giang',
  'Kiên Giang',
  'Hậu Giang',
  'Sóc Trăng',
  'Bạc Liêu',
  'Cà Mau',
  'Hà Giang',
  'Cao Bằng',
  'Bắc Kạn',
  'Tuyên Quang',
  'Lào Cai',
  'Yên Bái',
  'Lạng Sơn',
  'Phú Thọ',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Hòa Bình',
  'Hà Nam',
];

/** [id, English name]; semiconductors first: the sector hub of the real articles. */
const SECTORS: [string, string][] = [
  ['semiconductors', 'Semiconductors'],
  ['digital-transformation', 'Digital transformation'],
  ['human-resources-training', 'Human resources training'],
  ['renewable-energy', 'Renewable energy'],
  ['artificial-intelligence', 'Artificial intelligence'],
  ['infrastructure-development', 'Infrastructure development'],
  ['investment-and-business', 'Investment and business'],
  ['tourism', 'Tourism'],
  ['labour', 'Labour'],
  ['electronics', 'Electronics'],
  ['science-and-technology', 'Science and technology'],
  ['green-transformation', 'Green transformation'],
  ['culture', 'Culture'],
  ['environmental-protection', 'Environmental protection'],
  ['climate-change-response', 'Climate change response'],
  ['big-data', 'Big data'],
  ['joint-research', 'Joint research'],
  ['scholarships', 'Scholarships'],
  ['economic-cooperation', 'Economic cooperation'],
  ['local-cooperation', 'Local cooperation'],
  ['people-to-people-exchanges', 'People-to-people exchanges'],
  ['delegation-exchanges', 'Delegation exchanges'],
  ['sme-connection', 'SME connection'],
  ['community-support', 'Community support'],
  ['healthcare', 'Healthcare'],
  ['agriculture', 'Agriculture'],
  ['logistics', 'Logistics'],
  ['automotive', 'Automotive'],
  ['education', 'Education'],
  ['finance', 'Finance'],
  ['energy-efficiency', 'Energy efficiency'],
  ['smart-cities', 'Smart cities'],
  ['water-management', 'Water management'],
  ['disaster-prevention', 'Disaster prevention'],
  ['aviation', 'Aviation'],
  ['shipbuilding', 'Shipbuilding'],
  ['textiles', 'Textiles'],
  ['food-processing', 'Food processing'],
  ['robotics', 'Robotics'],
  ['cybersecurity', 'Cybersecurity'],
];

/** Officials of the real articles open the list, so the hubs are the people analysts look for. */
const KNOWN_OFFICIALS: { id: string; name: string; aliases: string[]; title: string; country: string }[] = [
  {
    id: 'pham-minh-chinh',
    name: 'Phạm Minh Chính',
    aliases: ['Pham Minh Chinh', 'Prime Minister Pham Minh Chinh'],
    title: 'Prime Minister',
    country: 'vietnam',
  },
  {
    id: 'bui-thanh-son',
    name: 'Bùi Thanh Sơn',
    aliases: ['Bui Thanh Son'],
    title: 'Deputy Prime Minister and Minister of Foreign Affairs',
    country: 'vietnam',
  },
  {
    id: 'kuratomi-sumio',
    name: 'Kuratomi Sumio',
    aliases: ['Sumio Kuratomi'],
    title: 'Chairman of the Kyushu Economic Federation',
    country: 'japan',
  },
  { id: 'yamamoto-ichita', name: 'Yamamoto Ichita', aliases: ['Ichita Yamamoto'], title: 'Governor of Gunma Prefecture', country: 'japan' },
  {
    id: 'takebe-tsutomu',
    name: 'Takebe Tsutomu',
    aliases: ['Tsutomu Takebe'],
    title: 'Special Adviser of the Japan–Vietnam Friendship Parliamentary Alliance',
    country: 'japan',
  },
];

const VN_FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trịnh',
  'Đinh',
  'Lâm',
  'Mai',
];
const VN_MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Đức', 'Quốc', 'Ngọc', 'Xuân', 'Hồng', 'Anh', 'Công', 'Đình', 'Kim', 'Bảo'];
const VN_GIVEN = [
  'An',
  'Bình',
  'Chính',
  'Dũng',
  'Hải',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Sơn',
  'Thảo',
  'Trung',
  'Tuấn',
  'Hà',
  'Hiếu',
  'Khoa',
  'Linh',
  'Phong',
  'Quang',
  'Tâm',
  'Thắng',
  'Vinh',
  'Yến',
  'Hạnh',
  'Cường',
  'Đạt',
  'Giang',
  'Huy',
  'Nhung',
];
const JP_FAMILY = [
  'Sato',
  'Suzuki',
  'Takahashi',
  'Tanaka',
  'Watanabe',
  'Ito',
  'Yamamoto',
  'Nakamura',
  'Kobayashi',
  'Kato',
  'Yoshida',
  'Yamada',
  'Sasaki',
  'Yamaguchi',
  'Matsumoto',
  'Inoue',
  'Kimura',
  'Hayashi',
  'Shimizu',
  'Mori',
  'Ikeda',
  'Hashimoto',
  'Ishikawa',
  'Ogawa',
  'Fujita',
];
const JP_GIVEN = [
  'Hiroshi',
  'Takashi',
  'Kenji',
  'Yuki',
  'Akira',
  'Haruto',
  'Yui',
  'Sakura',
  'Daisuke',
  'Kazuo',
  'Makoto',
  'Naoki',
  'Satoshi',
  'Shinji',
  'Tomoko',
  'Yoko',
  'Keiko',
  'Masato',
  'Ryo',
  'Taro',
  'Emi',
  'Koji',
  'Minoru',
  'Noriko',
  'Osamu',
];
const VN_TITLES = [
  'Deputy Minister of Industry and Trade',
  'Minister of Planning and Investment',
  "Chairman of the People's Committee of {p}",
  "Vice Chairman of the People's Committee of {p}",
  'Secretary of the Party Committee of {p}',
  'Director of the Department of Foreign Affairs of {p}',
  'Ambassador of Vietnam to Japan',
  'Deputy Minister of Labour',
  'Director of the Department of Planning and Investment of {p}',
  'Member of the National Assembly',
];
const JP_TITLES = [
  'Governor of {p} Prefecture',
  'Vice Governor of {p} Prefecture',
  'Mayor of {p} City',
  'Member of the House of Representatives',
  'Member of the House of Councillors',
  'Ambassador of Japan to Vietnam',
  'Chairman of the {p} Chamber of Commerce',
  'President of the {p} Prefectural Assembly',
  'Consul General of Japan',
  'Senior Vice Minister of Economy, Trade and Industry',
];
const ORG_INDUSTRY = [
  'Semiconductor',
  'Electronics',
  'Logistics',
  'Energy',
  'Agricultural',
  'Medical',
  'Textile',
  'Automotive',
  'Software',
  'Construction',
  'Robotics',
  'Tourism',
  'Trading',
  'Steel',
  'Food',
];
const ORG_KIND: [string, string][] = [
  ['Corporation', 'company'],
  ['Co., Ltd.', 'company'],
  ['University', 'university'],
  ['Association', 'association'],
  ['Chamber of Commerce', 'chamber'],
  ['Federation', 'federation'],
  ['Institute', 'institute'],
  ['Bank', 'bank'],
  ['Joint Stock Company', 'company'],
  ['Cooperative', 'cooperative'],
];
const EVENT_KIND = ['Forum', 'Conference', 'Investment Promotion Conference', 'Business Matching', 'Summit', 'Expo', 'Seminar', 'Dialogue'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROLES = [
  'chairman',
  'president',
  'director',
  'deputy director',
  'head of delegation',
  'representative',
  'vice president',
  'secretary general',
];
const PARTICIPATION = ['speaker', 'guest', 'host', 'delegate', 'co-chair'];
const SUPPORT_KIND = ['funding', 'training', 'technical assistance', 'policy support', 'partnership'];

// ---------------------------------------------------------------------------------------------
// Node counts: a handful of countries, regions, prefectures and sectors, whatever the size; the
// bulk is officials, organisations and events. Small graphs (smoke tests) scale the fixed lists down.

export function labelCounts(total: number): Record<NodeLabel, number> {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));
  const counts = {
    Country: clamp(total * 0.0005, 2, COUNTRIES.length),
    Region: clamp(total * 0.001, 2, REGIONS.length),
    Prefecture: clamp(total * 0.005, 3, PREFECTURES.length),
    Locality: clamp(total * 0.01, 2, PROVINCES.length) + Math.floor(total * 0.005),
    Sector: clamp(total * 0.01, 5, SECTORS.length),
    Event: Math.max(2, Math.round(total * 0.04)),
    Organization: Math.max(3, Math.round(total * 0.15)),
    Official: 0,
  };
  const rest = total - Object.values(counts).reduce((a, b) => a + b, 0);
  if (rest < 5) throw new Error(`--nodes ${total} is too small: at least ${total - rest + 5} nodes are needed for every label`);
  counts.Official = rest;
  return counts;
}

function buildNodes(total: number, rnd: Random): { nodes: GenNode[]; byLabel: Record<NodeLabel, number[]> } {
  const counts = labelCounts(total);
  const nodes: GenNode[] = [];
  const byLabel = Object.fromEntries(Object.keys(counts).map((l) => [l, [] as number[]])) as unknown as Record<NodeLabel, number[]>;
  const add = (node: GenNode) => {
    byLabel[node.label].push(nodes.length);
    nodes.push(node);
  };
  const place = () =>
    rnd.next() < 0.5 ? PREFECTURES[rnd.skewed(PREFECTURES.length, 1.5)]![0] : PROVINCES[rnd.skewed(PROVINCES.length, 1.8)]!;

  for (const [id, name, aliases] of COUNTRIES.slice(0, counts.Country)) {
    add({ id, label: 'Country', name, aliases, properties: {}, mention: `Relations between ${name} and its partners were discussed.` });
  }
  for (const [id, name, country] of REGIONS.slice(0, counts.Region)) {
    add({
      id,
      label: 'Region',
      name,
      aliases: [`${name} region`],
      properties: { country },
      mention: `Delegates from the ${name} region attended.`,
    });
  }
  for (const [name] of PREFECTURES.slice(0, counts.Prefecture)) {
    add({
      id: slugify(name),
      label: 'Prefecture',
      name,
      aliases: [`${name} Prefecture`],
      properties: { country: 'japan' },
      mention: `${name} Prefecture sent a delegation.`,
    });
  }
  const provinces = Math.min(PROVINCES.length, counts.Locality);
  for (let i = 0; i < counts.Locality; i++) {
    const province = PROVINCES[i % provinces]!;
    const name = i < provinces ? province : `${province} Industrial Zone ${Math.floor(i / provinces)}`;
    const properties: Props =
      i < provinces
        ? { kind: 'province', country: 'vietnam' }
        : { kind: 'industrial zone', country: 'vietnam', province: slugify(province) };
    const folded = foldDiacritics(name);
    add({
      id: slugify(name),
      label: 'Locality',
      name,
      aliases: folded === name ? [] : [folded],
      properties,
      mention: `The authorities of ${name} welcomed the visitors.`,
    });
  }
  for (const [id, name] of SECTORS.slice(0, counts.Sector)) {
    add({
      id,
      label: 'Sector',
      name,
      aliases: [name.toLowerCase()],
      properties: {},
      mention: `Cooperation in ${name.toLowerCase()} was on the agenda.`,
    });
  }
  for (let i = 0; i < counts.Event; i++) {
    const year = 2015 + rnd.int(11);
    const where = place();
    const name =
      i === 0
        ? 'Vietnam–Japan Local Cooperation Forum'
        : `${year} Vietnam–Japan ${SECTORS[rnd.skewed(counts.Sector, 2)]![1]} ${rnd.pick(EVENT_KIND)} in ${where}`;
    const id = i === 0 ? 'vietnam-japan-local-cooperation-forum' : `${slugify(name)}-${i}`;
    add({
      id,
      label: 'Event',
      name,
      aliases: [foldDiacritics(name)],
      properties: { year, place: slugify(where) },
      mention: `${name} brought together officials and businesses.`,
    });
  }
  const fixedOrgs: [string, string, string, string][] = [
    ['kyushu-economic-federation', 'Kyushu Economic Federation', 'federation', 'japan'],
    ['government-of-vietnam', 'Government of Vietnam', 'government', 'vietnam'],
    ['government-of-japan', 'Government of Japan', 'government', 'japan'],
  ];
  for (let i = 0; i < counts.Organization; i++) {
    let id: string, name: string, kind: string, country: string;
    if (i < fixedOrgs.length) [id, name, kind, country] = fixedOrgs[i]!;
    else {
      const where = place();
      const [kindName, k] = rnd.pick(ORG_KIND);
      name = `${where} ${rnd.pick(ORG_INDUSTRY)} ${kindName}`;
      id = `${slugify(name)}-${i}`;
      kind = k;
      country = PREFECTURES.some(([p]) => p === where) ? 'japan' : 'vietnam';
    }
    const folded = foldDiacritics(name);
    add({
      id,
      label: 'Organization',
      name,
      aliases: folded === name ? [] : [folded],
      properties: { kind, country },
      mention: `Representatives of ${name} took part.`,
    });
  }
  for (let i = 0; i < counts.Official; i++) {
    const known = KNOWN_OFFICIALS[i];
    if (known) {
      add({
        id: known.id,
        label: 'Official',
        name: known.name,
        aliases: known.aliases,
        properties: { title: known.title, country: known.country },
        mention: `${known.title} ${known.name} spoke at the meeting.`,
      });
      continue;
    }
    const vietnamese = rnd.next() < 0.55;
    const name = vietnamese
      ? `${rnd.pick(VN_FAMILY)} ${rnd.pick(VN_MIDDLE)} ${rnd.pick(VN_GIVEN)}`
      : `${rnd.pick(JP_FAMILY)} ${rnd.pick(JP_GIVEN)}`;
    const where = vietnamese ? PROVINCES[rnd.skewed(PROVINCES.length, 1.8)]! : PREFECTURES[rnd.skewed(PREFECTURES.length, 1.5)]![0];
    const title = rnd.pick(vietnamese ? VN_TITLES : JP_TITLES).replace('{p}', where);
    const aliases = vietnamese ? [foldDiacritics(name)] : [name.split(' ').reverse().join(' ')];
    add({
      id: `${slugify(name)}-${i}`,
      label: 'Official',
      name,
      aliases,
      properties: { title, country: vietnamese ? 'vietnam' : 'japan' },
      mention: `${title} ${name} spoke at the meeting.`,
    });
  }
  return { nodes, byLabel };
}

// ---------------------------------------------------------------------------------------------
// Relationships: one model-conforming pattern per type, ends drawn with a skew per label.

/** The types the generator draws (agreements between places are not generated). */
type GeneratedRelType = Exclude<RelType, 'PARTNERS_WITH'>;

interface Rel {
  type: GeneratedRelType;
  from: number;
  to: number;
  properties: Props;
  evidence: string;
}

interface ArticleDate {
  iso: string;
  text: string;
}

const SKEW: Record<NodeLabel, number> = {
  Official: 2.5,
  Organization: 2,
  Sector: 2,
  Prefecture: 1.5,
  Locality: 1.8,
  Region: 1.2,
  Country: 2,
  Event: 1.5,
};

class RelFactory {
  constructor(
    private readonly nodes: GenNode[],
    private readonly byLabel: Record<NodeLabel, number[]>,
    private readonly rnd: Random,
  ) {}

  private any(label: NodeLabel): number {
    const ids = this.byLabel[label];
    return ids[this.rnd.skewed(ids.length, SKEW[label])]!;
  }

  private oneOf(choices: [NodeLabel, number][]): number {
    let u = this.rnd.next();
    for (const [label, p] of choices) if ((u -= p) < 0) return this.any(label);
    return this.any(choices.at(-1)![0]);
  }

  private n(i: number): GenNode {
    return this.nodes[i]!;
  }

  private placeName(): string {
    return this.n(
      this.oneOf([
        ['Locality', 0.6],
        ['Prefecture', 0.4],
      ]),
    ).name;
  }

  /** Weights by type: requests, meetings and participations are what news reports are made of. */
  static readonly WEIGHTS: [GeneratedRelType, number][] = [
    ['REQUESTED_COOPERATION_IN', 25],
    ['MET_WITH', 18],
    ['PARTICIPATED_IN', 17],
    ['SUPPORTS', 12],
    ['REPRESENTS', 10],
    ['INVESTS_IN', 8],
    ['LOCATED_IN', 7],
    ['HELD_IN', 2],
    ['PART_OF', 1],
  ];

  make(type: GeneratedRelType, date: ArticleDate): Rel {
    const r = this.rnd;
    switch (type) {
      case 'REQUESTED_COOPERATION_IN': {
        const from = this.any('Official');
        const to = this.any('Sector');
        const asked = this.oneOf([
          ['Organization', 0.5],
          ['Official', 0.3],
          ['Prefecture', 0.2],
        ]);
        const a = this.n(from),
          s = this.n(to),
          o = this.n(asked);
        const evidence =
          r.next() < 0.5
            ? `${a.name} asked ${o.name} to step up cooperation in ${s.name.toLowerCase()}.`
            : `On ${date.text}, ${a.name} called on ${o.name} to strengthen ${s.name.toLowerCase()} cooperation with Vietnam.`;
        return { type, from, to, properties: { askedOf: [o.id], date: date.iso, form: 'asked' }, evidence };
      }
      case 'MET_WITH': {
        const from = this.any('Official');
        const to = this.oneOf([
          ['Official', 0.85],
          ['Organization', 0.15],
        ]);
        const a = this.n(from),
          b = this.n(to),
          where = this.placeName();
        const evidence =
          b.label === 'Organization'
            ? `${a.name} held talks with a delegation of ${b.name} in ${where} on ${date.text}.`
            : r.next() < 0.5
              ? `On ${date.text}, ${a.name} met ${b.name} in ${where}.`
              : `${a.name} received ${b.name} in ${where} on ${date.text}.`;
        return { type, from, to, properties: { date: date.iso, place: slugify(where) }, evidence };
      }
      case 'PARTICIPATED_IN': {
        const from = this.oneOf([
          ['Official', 0.8],
          ['Organization', 0.2],
        ]);
        const to = this.any('Event');
        const role = r.pick(PARTICIPATION);
        return {
          type,
          from,
          to,
          properties: { role, date: date.iso },
          evidence: `${this.n(from).name} attended the ${this.n(to).name} as a ${role}.`,
        };
      }
      case 'SUPPORTS': {
        const from = this.oneOf([
          ['Organization', 0.7],
          ['Official', 0.3],
        ]);
        const to = this.oneOf([
          ['Sector', 0.7],
          ['Organization', 0.3],
        ]);
        const kind = r.pick(SUPPORT_KIND);
        const b = this.n(to);
        const what = b.label === 'Sector' ? `the ${b.name.toLowerCase()} sector` : b.name;
        return { type, from, to, properties: { kind }, evidence: `${this.n(from).name} pledged ${kind} for ${what}.` };
      }
      case 'REPRESENTS': {
        const from = this.any('Official');
        const to = this.oneOf([
          ['Organization', 0.8],
          ['Prefecture', 0.08],
          ['Locality', 0.08],
          ['Country', 0.04],
        ]);
        const role = r.pick(ROLES);
        return {
          type,
          from,
          to,
          properties: { role },
          evidence: `${this.n(from).name}, ${role} representing ${this.n(to).name}, led the delegation.`,
        };
      }
      case 'INVESTS_IN': {
        const from = this.oneOf([
          ['Organization', 0.9],
          ['Prefecture', 0.05],
          ['Region', 0.05],
        ]);
        const to = this.any('Sector');
        const amount = 1 + r.int(500);
        return {
          type,
          from,
          to,
          properties: { amountUsdMillions: amount },
          evidence: `${this.n(from).name} has invested about ${amount} million USD in ${this.n(to).name.toLowerCase()}.`,
        };
      }
      case 'LOCATED_IN': {
        const from = this.any('Organization');
        const to = this.oneOf([
          ['Prefecture', 0.4],
          ['Locality', 0.4],
          ['Region', 0.1],
          ['Country', 0.1],
        ]);
        return { type, from, to, properties: {}, evidence: `${this.n(from).name} is headquartered in ${this.n(to).name}.` };
      }
      case 'HELD_IN': {
        const from = this.any('Event');
        const to = this.oneOf([
          ['Locality', 0.6],
          ['Prefecture', 0.4],
        ]);
        return {
          type,
          from,
          to,
          properties: { date: date.iso },
          evidence: `The ${this.n(from).name} was held in ${this.n(to).name} on ${date.text}.`,
        };
      }
      case 'PART_OF': {
        const from = this.any('Organization');
        const to = this.any('Organization');
        return { type, from, to, properties: {}, evidence: `${this.n(from).name} is a member of ${this.n(to).name}.` };
      }
    }
  }

  /** Facts that hold the geography together: prefectures in regions, regions and provinces in countries, events somewhere. */
  structural(date: ArticleDate, max: number): Rel[] {
    const rels: Rel[] = [];
    const id = (label: NodeLabel, slug: string) => this.byLabel[label].find((i) => this.n(i).id === slug);
    const firstRegion = this.byLabel.Region[0]!;
    for (const p of this.byLabel.Prefecture) {
      const regionIndex = PREFECTURES.find(([name]) => slugify(name) === this.n(p).id)![1];
      const region = id('Region', REGIONS[regionIndex]![0]) ?? firstRegion;
      rels.push({
        type: 'PART_OF',
        from: p,
        to: region,
        properties: {},
        evidence: `${this.n(p).name} is one of the prefectures of the ${this.n(region).name} region.`,
      });
    }
    for (const g of this.byLabel.Region) {
      const country = id('Country', REGIONS.find(([rid]) => rid === this.n(g).id)![2])!;
      rels.push({
        type: 'PART_OF',
        from: g,
        to: country,
        properties: {},
        evidence: `The ${this.n(g).name} region lies in ${this.n(country).name}.`,
      });
    }
    const vietnam = id('Country', 'vietnam')!;
    for (const l of this.byLabel.Locality) {
      rels.push({
        type: 'LOCATED_IN',
        from: l,
        to: vietnam,
        properties: {},
        evidence: `${this.n(l).name} is a locality of ${this.n(vietnam).name}.`,
      });
    }
    for (const e of this.byLabel.Event) {
      const where = this.oneOf([
        ['Locality', 0.6],
        ['Prefecture', 0.4],
      ]);
      rels.push({
        type: 'HELD_IN',
        from: e,
        to: where,
        properties: { date: date.iso },
        evidence: `The ${this.n(e).name} took place in ${this.n(where).name}.`,
      });
    }
    return rels.slice(0, max);
  }
}

// ---------------------------------------------------------------------------------------------
// Output: buffered synchronous writes (simple, and fast enough to be bound by string building).

/**
 * A set of non-negative integers below 2^53 in one Float64Array (open addressing, linear
 * probing, at most half full): a Set<number> of 5M such keys (heap numbers) took ~1 GB here.
 * Keys are hashes, so their low bits spread well enough to index with.
 */
class NumberSet {
  private table = new Float64Array(1 << 16);
  private count = 0;

  has(key: number): boolean {
    const mask = this.table.length - 1;
    for (let i = key % this.table.length; ; i = (i + 1) & mask) {
      const slot = this.table[i]!;
      if (slot === 0) return false;
      if (slot === key + 1) return true;
    }
  }

  add(key: number): void {
    if (this.has(key)) return;
    if (2 * (this.count + 1) > this.table.length) this.grow();
    this.insert(key + 1);
    this.count++;
  }

  /** Stores `stored` (key + 1, so that 0 marks an empty slot). */
  private insert(stored: number): void {
    const mask = this.table.length - 1;
    let i = (stored - 1) % this.table.length;
    while (this.table[i] !== 0) i = (i + 1) & mask;
    this.table[i] = stored;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    for (const stored of old) if (stored !== 0) this.insert(stored);
  }
}

class FileWriter {
  private readonly fd: number;
  private chunks: string[] = [];
  private pending = 0;
  bytes = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }

  write(text: string): void {
    this.chunks.push(text);
    this.pending += text.length;
    if (this.pending > 1 << 20) this.flush();
  }

  private flush(): void {
    if (!this.chunks.length) return;
    const buf = Buffer.from(this.chunks.join(''), 'utf8');
    writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.chunks = [];
    this.pending = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

function articleDate(rnd: Random): ArticleDate {
  const start = Date.UTC(2015, 0, 1);
  const d = new Date(start + rnd.int(11 * 365) * 86_400_000);
  return { iso: d.toISOString().slice(0, 10), text: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` };
}

const articleId = (i: number) => `news-${String(i).padStart(7, '0')}`;

export function generateDataset(opts: GenerateOptions): GenerateSummary {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  if (!Number.isInteger(opts.nodes) || !Number.isInteger(opts.rels) || opts.rels < 1)
    throw new Error('--nodes and --rels must be positive integers');
  const rnd = new Random(opts.seed);
  const { nodes, byLabel } = buildNodes(opts.nodes, rnd);
  const articleCount = Math.max(1, Math.round(opts.rels / (opts.relsPerArticle ?? 25)));
  const factory = new RelFactory(nodes, byLabel, rnd);
  const typeIndex = new Map(REL_TYPES.map((t, i) => [t, i]));
  const weightTotal = RelFactory.WEIGHTS.reduce((a, [, w]) => a + w, 0);
  const randomType = (): GeneratedRelType => {
    let u = rnd.next() * weightTotal;
    for (const [t, w] of RelFactory.WEIGHTS) if ((u -= w) < 0) return t;
    return RelFactory.WEIGHTS[0]![0];
  };

  rmSync(opts.out, { recursive: true, force: true });
  mkdirSync(path.join(opts.out, 'articles'), { recursive: true });
  const graph = new FileWriter(path.join(opts.out, 'graph.json'));
  const articlesJson = new FileWriter(path.join(opts.out, 'articles.json'));
  let textBytes = 0;

  // Nodes first: node i is introduced (its mention) in article i mod articleCount.
  graph.write('{"nodes":[\n');
  nodes.forEach((n, i) => {
    const node = {
      id: n.id,
      label: n.label,
      name: n.name,
      aliases: n.aliases,
      properties: n.properties,
      mentions: [{ source: articleId(i % articleCount), evidence: n.mention }],
    };
    graph.write(`${i ? ',\n' : ''}${JSON.stringify(node)}`);
  });
  graph.write('\n],"relationships":[\n');
  articlesJson.write('[\n');

  const labelTotals = Object.fromEntries(Object.entries(byLabel).map(([l, ids]) => [l, ids.length]));
  const byType: Record<string, number> = Object.fromEntries(REL_TYPES.map((t) => [t, 0]));
  const firstDate = articleDate(rnd);
  const structural = factory.structural(firstDate, Math.floor(opts.rels * 0.3));
  let written = 0;
  let nextStructural = 0;
  const n = nodes.length;
  let lastLog = performance.now();

  // relationshipId keeps 40 bits of a hash, so from about a million relationships of one type on
  // two different facts are likely to share an id and the folder would be refused (as it was at
  // 500k/5M): a candidate whose id is taken is drawn again. 16 bytes per relationship.
  const ids = new NumberSet();
  const relationshipIdKey = (rel: Rel, source: string) => {
    const id = relationshipId({ ...rel, from: nodes[rel.from]!.id, to: nodes[rel.to]!.id, source });
    return typeIndex.get(rel.type)! * 2 ** 40 + parseInt(id.slice(id.lastIndexOf('.') + 1), 16);
  };

  for (let a = 0; a < articleCount; a++) {
    const date = a === 0 ? firstDate : articleDate(rnd);
    const quota = Math.floor(((a + 1) * opts.rels) / articleCount) - Math.floor((a * opts.rels) / articleCount);
    const source = articleId(a);
    const sentences: string[] = [];
    // The same fact may be reported by many articles, but not twice by one (ids would clash).
    const seen = new Set<number>();
    for (let k = 0; k < quota; k++) {
      let rel: Rel | undefined;
      for (let attempt = 0; attempt < 200 && !rel; attempt++) {
        const candidate = nextStructural < structural.length ? structural[nextStructural++]! : factory.make(randomType(), date);
        const key = (typeIndex.get(candidate.type)! * n + candidate.from) * n + candidate.to;
        if (candidate.from === candidate.to || seen.has(key)) continue;
        const idKey = relationshipIdKey(candidate, source);
        if (ids.has(idKey)) continue;
        seen.add(key);
        ids.add(idKey);
        rel = candidate;
      }
      if (!rel)
        throw new Error(`Could not draw ${quota} distinct relationships for article ${source}: too few nodes for --rels ${opts.rels}`);
      sentences.push(rel.evidence);
      const out = {
        type: rel.type,
        from: nodes[rel.from]!.id,
        to: nodes[rel.to]!.id,
        properties: rel.properties,
        source,
        evidence: rel.evidence,
      };
      graph.write(`${written ? ',\n' : ''}${JSON.stringify(out)}`);
      byType[rel.type]!++;
      written++;
    }
    for (let i = a; i < n; i += articleCount) sentences.push(nodes[i]!.mention);

    // Paragraphs of a few sentences; evidence sentences are kept whole so they stay verbatim.
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
    const title = `Vietnam and Japan step up cooperation (${date.text})`;
    const text = `${title}\n\n${paragraphs.join('\n\n')}\n`;
    const file = `articles/${source}.txt`;
    const fd = openSync(path.join(opts.out, file), 'w');
    textBytes += writeSync(fd, text);
    closeSync(fd);
    const meta = {
      id: source,
      file,
      title,
      titleSource: 'article',
      language: 'en',
      published: { dateText: date.text, date: date.iso, yearStated: true },
    };
    articlesJson.write(`${a ? ',\n' : ''}${JSON.stringify(meta)}`);

    if (performance.now() - lastLog > 5_000) {
      lastLog = performance.now();
      log(`gen: ${written.toLocaleString('en-US')} / ${opts.rels.toLocaleString('en-US')} relationships`);
    }
  }
  graph.write('\n]}\n');
  articlesJson.write('\n]\n');
  graph.close();
  articlesJson.close();
  return {
    dir: opts.out,
    nodes: nodes.length,
    relationships: written,
    articles: articleCount,
    byLabel: labelTotals,
    byType,
    bytes: graph.bytes + articlesJson.bytes + textBytes,
    ms: performance.now() - started,
  };
}
