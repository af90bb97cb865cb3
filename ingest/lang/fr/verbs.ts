// Verb phrases that state the facts the extractor proposes, in the past and present forms
// agency dispatches use (VNA, Nhân Dân, Le Courrier du Vietnam in French). The host or the
// requester is the subject before the verb; the guest or the one asked comes after it.

/**
 * The same verb phrases in the pluperfect, which a dispatch uses for what happened before its main
 * event ("Auparavant, M. X avait reçu la délégation"): "a reçu" → "avait reçu", "s'est entretenu" →
 * "s'était entretenu", "ont reçu" → "avaient reçu", "se sont entretenus" → "s'étaient entretenus".
 */
function withPluperfect(phrases: readonly string[]): string[] {
  const before = (p: string) =>
    p
      .replace(/^a /, 'avait ')
      .replace(/^ont /, 'avaient ')
      .replace(/^s'est /, "s'était ")
      .replace(/^se sont /, "s'étaient ");
  return [...new Set(phrases.flatMap((p) => [p, before(p)]))];
}

/** The passive with a manner between "été" and the participle ("a été chaleureusement reçue par"). */
function withWarmth(phrases: readonly string[]): string[] {
  const manners = ['chaleureusement', 'officiellement', 'également', 'aussi'];
  return [...new Set(phrases.flatMap((p) => [p, ...(p.includes(' été ') ? manners.map((m) => p.replace(' été ', ` été ${m} `)) : [])]))];
}

/** Host before, guest(s) after ("avec" may follow: it is read with the guest). */
export const meetingVerbs = withPluperfect([
  'a reçu',
  'a reçue',
  'reçoit',
  'a accueilli',
  'accueille',
  "s'est entretenu",
  "s'est entretenue",
  "s'entretient",
  'a rencontré',
  'rencontre',
  'a eu des réunions de travail',
  'a eu une réunion de travail',
  'a eu une séance de travail',
  'a eu des séances de travail',
  'a tenu une séance de travail',
  'a eu des entretiens',
  'a eu un entretien',
  'a eu une rencontre',
  'a eu des réunions',
  'a travaillé',
  'a reçu en audience',
  // "a accordé une audience au gouverneur …": the one who grants it receives.
  'a accordé une audience',
  'a accordé une audience distincte',
  'accorde une audience',
  'a eu une conversation',
  'a eu un échange',
  'a eu des échanges',
  'a eu un entretien téléphonique',
  'a eu une conversation téléphonique',
  'a eu un appel téléphonique',
  'a eu une entrevue',
  'a tenu un entretien',
  'a tenu des entretiens',
  'a tenu une réunion',
  'a tenu une rencontre',
  'a dialogué',
  "s'est réuni",
  "s'est réunie",
  'a reçu tour à tour',
  'a successivement reçu',
]);

/** Several hosts ("Le gouverneur X et le président Y ont reçu Z"): every party of the list before the verb. */
export const pluralMeetingVerbs = withPluperfect([
  'ont reçu',
  'ont accueilli',
  'ont rencontré',
  'reçoivent',
  'accueillent',
  'rencontrent',
  'se sont entretenus avec',
  'se sont entretenues avec',
  'ont eu des entretiens avec',
  'ont eu une séance de travail avec',
  'ont travaillé avec',
]);

/**
 * Guest before, host after: the passive ("a été reçu par") and the visit paid to someone ("a rendu
 * une visite de courtoisie au Premier ministre": the one visited receives).
 */
export const passiveMeetingVerbs = withWarmth([
  'a été reçu par',
  'a été reçue par',
  'ont été reçus par',
  'ont été reçues par',
  'a été accueilli par',
  'a été accueillie par',
  'ont été accueillis par',
  'ont été accueillies par',
  'est reçu par',
  'est reçue par',
  'sont reçus par',
  'a été reçu en audience par',
  'a été reçue en audience par',
  'ont été reçus en audience par',
  'ont été reçues en audience par',
  'a été accueilli chaleureusement par',
  'ont été chaleureusement accueillis par',
  'avait été reçu par',
  'avait été reçue par',
  'avaient été reçus par',
  'avait été accueilli par',
  'avait été accueillie par',
  ...['a rendu', 'ont rendu', 'rend', 'rendent'].flatMap((verb) =>
    ['une visite de courtoisie', 'une visite de travail', 'visite', 'une visite'].flatMap((visit) =>
      ['à', 'au', 'aux', "à l'", 'à la', 'auprès de', 'auprès du', 'auprès des', "auprès de l'", 'auprès de la'].map(
        (to) => `${verb} ${visit} ${to}`,
      ),
    ),
  ),
  // "a effectué une visite de courtoisie auprès du Premier ministre": a courtesy call, paid to a person.
  ...['a effectué', 'ont effectué', 'effectue'].flatMap((verb) =>
    ['à', 'au', 'aux', "à l'", 'à la', 'auprès de', 'auprès du', 'auprès des', "auprès de l'", 'auprès de la'].map(
      (to) => `${verb} une visite de courtoisie ${to}`,
    ),
  ),
]);

/** Two parties before the verb ("X et Y se sont entretenus"): the first named is taken as host. */
export const mutualMeetingVerbs = withPluperfect([
  'se sont entretenus',
  'se sont rencontrés',
  'ont eu des entretiens',
  'ont eu un entretien',
  'ont eu une rencontre',
  'ont tenu des entretiens',
  'ont eu des pourparlers',
  'ont tenu des pourparlers',
  'ont eu une séance de travail',
]);

/** "lors de sa rencontre avec", "au cours d'un entretien avec", "à l'occasion de la séance de travail avec": every determiner. */
const meetingNouns: ReadonlyArray<[noun: string, determiners: readonly string[]]> = [
  ['rencontre', ['de la', 'de sa', 'de leur', "d'une"]],
  ['séance de travail', ['de la', 'de sa', 'de leur', "d'une"]],
  ['réunion', ['de la', 'de sa', 'de leur', "d'une"]],
  ['réunion de travail', ['de la', 'de sa', 'de leur', "d'une"]],
  ['conversation téléphonique', ['de la', 'de sa', 'de leur', "d'une"]],
  ['audience', ["de l'", 'de son', 'de leur', "d'une"]],
  ['entretien', ["de l'", 'de son', 'de leur', "d'un"]],
  ['entretien téléphonique', ["de l'", 'de son', 'de leur', "d'un"]],
  ['échange', ["de l'", 'de son', 'de leur', "d'un"]],
  ['dialogue', ['du', 'de son', 'de leur', "d'un"]],
];
const meetingCuePhrases = ['lors', 'au cours', "à l'occasion"].flatMap((when) =>
  meetingNouns.flatMap(([noun, determiners]) => determiners.map((det) => `${when} ${det}${det.endsWith("'") ? '' : ' '}${noun} avec`)),
);

/** Cues whose guest follows and whose host is the main clause's subject. */
export const meetingCues = [
  ...meetingCuePhrases,
  'en recevant',
  'lors de la rencontre avec',
  'lors de sa rencontre avec',
  'lors de son entretien avec',
  "lors de l'entretien avec",
  'lors de la réunion avec',
  'lors de la séance de travail avec',
  'lors de sa séance de travail avec',
  'en rencontrant',
  'lors de la réception de',
  'en accueillant',
  'recevant',
  'rencontrant',
  "s'entretenant avec",
  'accueillant',
] as const;

/** Asking someone for cooperation; the one asked follows ("a demandé à X de …", "espère que X …"). */
export const requestVerbs = [
  'a demandé',
  'demande',
  'a proposé',
  'propose',
  'a suggéré',
  'suggère',
  'a appelé',
  'appelle',
  'a invité',
  'invite',
  'souhaite',
  'a souhaité',
  'espère',
  'a espéré',
  'a exhorté',
  'exhorte',
  'a prié',
  'a recommandé',
  'recommande',
  'a encouragé',
  'encourage',
  'a plaidé pour',
  'a sollicité',
  'sollicite',
  'a formulé le souhait',
  "s'est dit désireux",
  'a exprimé le souhait',
  'a exprimé son souhait',
  'a émis le souhait',
  'souhaitent',
  'espèrent',
  'demandent',
  'proposent',
  'souhaitait',
  'souhaiterait',
  'espérait',
  "a exprimé l'espoir",
  'a exprimé le vœu',
  'a émis le vœu',
  'a formulé le vœu',
  'a dit espérer',
  'a préconisé',
  'préconise',
  'a prôné',
  'prône',
  'a réclamé',
  'a insisté sur',
  'a incité',
  'a plaidé en faveur',
  // A second verb sharing the first one's auxiliary ("a remercié Kagawa et souhaité que …").
  ...[
    'souhaité',
    'demandé',
    'proposé',
    'suggéré',
    'invité',
    'appelé',
    'exhorté',
    'encouragé',
    'recommandé',
    'sollicité',
    'exprimé le souhait',
    'plaidé pour',
  ].map((v) => `et ${v}`),
  // Present plurals and participles of the same verbs ("…, proposant de renforcer …").
  'appellent',
  'invitent',
  'suggèrent',
  'recommandent',
  'encouragent',
  'proposant',
  'demandant',
  'appelant',
  'invitant',
  'souhaitant',
  'suggérant',
  // Wishes said in other words.
  'a fait part de son souhait',
  'a fait part du souhait',
  'a fait part de son désir',
  'a fait part de son espoir',
  'a manifesté le souhait',
  'a manifesté son souhait',
  'a dit vouloir',
  'a déclaré vouloir',
  'voudrait',
  'aimerait',
  'a dit souhaiter',
  'a déclaré souhaiter',
  'a indiqué souhaiter',
  'a exprimé le désir',
  'a exprimé son désir',
  "a émis l'espoir",
  "a formulé l'espoir",
  'a lancé un appel',
  'a réitéré sa proposition',
  // "a formulé plusieurs propositions, notamment dans les domaines de …".
  ...['a formulé', 'a fait', 'a présenté', 'a avancé', 'a soumis', 'a émis'].flatMap((v) =>
    ['des', 'plusieurs', 'de nombreuses', 'une', 'quelques', 'trois', 'deux', 'ses'].flatMap((d) => [
      `${v} ${d} propositions`,
      `${v} ${d} proposition`,
      `${v} ${d} recommandations`,
      `${v} ${d} suggestions`,
    ]),
  ),
  // A need stated is a request of the one who states it ("il est nécessaire de promouvoir …").
  'a souligné la nécessité',
  'a insisté sur la nécessité',
  'a affirmé la nécessité',
  'a évoqué la nécessité',
  'a rappelé la nécessité',
  'souligne la nécessité',
  'a jugé nécessaire',
  'a estimé nécessaire',
  'juge nécessaire',
  'estime nécessaire',
  'est nécessaire',
  'il faut',
  'il convient',
  'il importe',
  // The first person, as quoted ("« Nous espérons que Gunma … », a déclaré M. X"): the speaker asks.
  'espérons',
  'souhaitons',
  'proposons',
  'demandons',
  'sollicitons',
  'invitons',
  'appelons',
  'encourageons',
  'recommandons',
  'aimerions',
  'voudrions',
  'nous attendons',
  'comptons sur',
  "j'espère",
  'je souhaite',
  'je propose',
  'je demande',
  "j'invite",
  "j'appelle",
  "j'encourage",
  "j'aimerais",
  'je voudrais',
] as const;

/** After a request verb: a greeting or a wish of success, not a request. */
export const notRequests = ['la bienvenue', 'bon succès', 'plein succès', 'un bon séjour', 'ses félicitations', 'ses vœux'] as const;

/** Phrases introducing a list of sectors. */
export const sectorConnectors = [
  'dans les domaines de',
  'dans les domaines du',
  'dans les domaines des',
  'dans le domaine de',
  'dans le domaine du',
  'dans des domaines tels que',
  'dans des secteurs tels que',
  'notamment dans',
  'en particulier dans',
  'en matière de',
  'tels que',
  'telles que',
  'tel que',
  'comme',
  'notamment',
  'y compris',
  'dans les secteurs de',
  'dans le secteur de',
] as const;

/** Where a list of fields starts, and what an item of it may hold (see LanguageRules.fieldLists). */
export const fieldLists = {
  openers: [
    ...sectorConnectors.filter((c) => !['comme', 'y compris', 'notamment'].includes(c)),
    'à savoir',
    'coopération dans',
    'coopérer dans',
    'coopèrent dans',
    'coopération en',
    'investir dans',
    'investissements dans',
  ],
  innerWords: ['de', 'du', 'des', "d'", 'de la', "de l'", 'à', 'au', 'aux', 'après', 'en'],
  stopWords: [
    'afin',
    'pour',
    'qui',
    'que',
    "qu'",
    'dont',
    'où',
    'avec',
    'grâce',
    'lors',
    'entre',
    'sur',
    'dans',
    'par',
    'ainsi',
    'notamment',
    'mais',
    'ou',
    'car',
    'vers',
    'selon',
    'chez',
    'depuis',
    'pendant',
    'comme',
    'tout',
    'tels',
    'telles',
    'tel',
    'en vue',
    'en particulier',
    'en faveur',
    'en direction',
    'au profit',
    'au service',
    'à travers',
    'à destination',
    'y compris',
    'tandis',
    'auxquels',
    'auxquelles',
    'lesquels',
    'lesquelles',
    'a',
    'ont',
    'est',
    'sont',
    'sera',
    'seront',
    'était',
    'avait',
    'sa',
    'son',
    'ses',
    'leur',
    'leurs',
    'notre',
    'nos',
  ],
  notFields: [
    'coopération',
    'coopérations',
    'domaine',
    'domaines',
    'secteur',
    'secteurs',
    'filière',
    'filières',
    'projet',
    'projets',
    'programme',
    'programmes',
    'relations',
    'liens',
    'partenariat',
    'partenariats',
    'activités',
    'efforts',
    'possibilités',
    'opportunités',
    'potentiel',
    'potentiels',
    'conditions',
    'mesures',
    'initiatives',
    'renforcement',
    'soutien',
    'appui',
    'aide',
    'échange',
    'échanges',
    'questions',
    'sujets',
    'thèmes',
    'besoins',
    'atouts',
    'points',
    'forces',
    'entreprises',
    'investisseurs',
    'localités',
    'provinces',
    'deux',
    'trois',
    'quatre',
    'cinq',
    'plusieurs',
    'nombreux',
    'nombreuses',
    'autres',
    'divers',
    'diverses',
    'ce',
    'ces',
    'cette',
    'son',
    'sa',
    'ses',
    'leur',
    'leurs',
    'formation',
    'zone',
    'zones',
    'parc',
    'parcs',
    'région',
    'province',
    'ville',
    'pays',
    'localité',
    'avenir',
    'cadre',
    'période',
    'étape',
    'étapes',
    'défis',
    'difficultés',
  ],
  qualifiers: [
    ...[
      'durable',
      'moderne',
      'efficace',
      'stratégique',
      'clé',
      'prioritaire',
      'commun',
      'intégré',
      'avancé',
      'innovant',
      'important',
      'marin',
    ],
    ...['international', 'local', 'national', 'régional', 'bilatéral', 'global'],
  ]
    .flatMap((w) => [w, `${w}s`, `${w}e`, `${w}es`, ...(w.endsWith('al') ? [`${w.slice(0, -2)}aux`] : [])])
    .concat(['transfrontalier', 'transfrontaliers', 'transfrontalière', 'transfrontalières', 'mutuel', 'mutuelle', 'mutuels'])
    .concat(['nouveau', 'nouvelle', 'nouveaux', 'nouvelles']),
} as const;

/** Industries and fields of activity: what companies do, a sector named as such. */
export const industryCues = [
  'se concentrant sur',
  'se concentrent sur',
  'spécialisé dans',
  'spécialisée dans',
  'spécialisés dans',
  'spécialisées dans',
  'actives dans',
  'actifs dans',
  'opérant dans',
  'opèrent dans',
  'investissent dans',
  'ont investi dans',
  "l'industrie",
  'industrie des',
  'industrie de',
  'le secteur',
  'les secteurs',
  'secteur des',
  'secteur de',
  'filière',
  'filières',
  'domaine',
  'domaines',
  'coopération',
  'principalement dans',
  'surtout dans',
  'essentiellement dans',
  'majoritairement dans',
] as const;

const quantities = ['des', 'de', "d'", 'davantage de', "davantage d'", 'plus de', "plus d'", 'de nombreux', 'de nombreuses'];
/** "former des cadres", "la formation d'aides-soignants", "envoyer davantage d'ingénieurs": the field is what is done with the people. */
export const peopleSectors = [
  {
    sector: 'human-resources-training',
    absorbs: ['human-resources'],
    before: ['formation', 'former', 'forme', 'forment', 'formera', 'formeront', 'formant'].flatMap((w) =>
      ['de', "d'", 'des'].map((d) => `${w} ${d}`),
    ),
  },
  {
    sector: 'labour',
    before: [
      'envoyer',
      'envoie',
      'envoient',
      'enverra',
      'enverront',
      'accueillir',
      'accueille',
      'accueillent',
      'accueillera',
      'recruter',
      'recrute',
      'recrutent',
      'employer',
      'emploie',
      'emploient',
    ].flatMap((v) => quantities.map((q) => `${v} ${q}`)),
    people: [
      'ingénieurs',
      'techniciens',
      'infirmiers',
      'infirmières',
      'ouvriers',
      'ouvrières',
      'soignants',
      'soignantes',
      'employés',
      'personnels',
      'salariés',
      'cuisiniers',
      'conducteurs',
      'soudeurs',
    ],
  },
] as const;

/** Phrases with a sector's words that name no field ("les services concernés" are government departments). */
export const notSectors = [
  'services concernés',
  'services compétents',
  'services fonctionnels',
  'services techniques',
  'services provinciaux',
  'services municipaux',
  'services publics',
  'services spécialisés',
] as const;

/** "l'industrie du tourisme" is tourism, "l'industrie de l'électronique" electronics, not manufacturing too. */
export const broadSectorWords = ['industrie', 'industries', 'soins'] as const;

/** "la construction de câbles sous-marins" is building them; "la construction" alone is the sector. */
export const actionSectorWords = ['construction'] as const;

/** Nouns whose coordinated adjectives name sectors ("la coopération économique, culturelle et touristique"). */
export const sectorNouns = ['coopération', 'échanges', 'relations'] as const;

/** Signing an agreement; the parties are the places of the sentence. */
export const agreementVerbs = [
  'ont signé',
  'a signé',
  'signent',
  'signé',
  'signés',
  'signée',
  'signées',
  'la signature',
  'ont conclu',
  'a conclu',
  'ont paraphé',
  'ont échangé',
  'a échangé',
  'échangent',
  'échangé',
  "l'échange",
  'ont remis',
  'ont renouvelé',
  // "lors de la cérémonie de signature d'un protocole", "en signant un mémorandum".
  'signature',
  'en signant',
  'signant',
] as const;

/** Kinds of agreement as written (singular and plural) → the kind stored in PARTNERS_WITH.kind. */
export const agreementKinds: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "protocole d'accord",
    "protocole d'entente",
    "mémorandum d'entente",
    "mémorandum d'accord",
    'mémorandum de coopération',
    'mémorandum',
    'accord de coopération',
    'accord de jumelage',
    'accord-cadre',
    'accord',
    'jumelage',
    "lettre d'intention",
    'déclaration commune',
    'convention de coopération',
    'partenariat',
  ].flatMap((kind) => [
    [kind, kind],
    [plural(kind), kind],
  ]),
);

/** "protocole d'accord" → "protocoles d'accord", "mémorandum" → "mémorandums": the first word takes the s. */
function plural(kind: string): string {
  return kind.replace(/^([^\s-]+)/, (w) => (w.endsWith('s') ? w : `${w}s`));
}
