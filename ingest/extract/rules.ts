// What a language gives the extractor: word lists and phrase lexicons only, no code. The
// engine (this folder) turns them into patterns once per language; adding a language is
// writing ingest/lang/<code>/ with these lists.
import type { PlaceLevel } from '../gazetteers/schema.ts';

/** A title head ("gouverneur", "Premier ministre") and what it says about its holder. */
export interface TitleEntry {
  /** The words as written, in lower case except where the language capitalises them. */
  form: string;
  /** Canonical role name stored in REPRESENTS.role (the form itself when absent). */
  role?: string;
  /** Head of a government: represents the country's government when no body is named. */
  government?: boolean;
  /** The organisation the bare title implies ("membre du Bureau politique" → Bureau politique). */
  impliesOrganization?: string;
  /** A portfolio follows ("ministre des Affaires étrangères"): it names a body with this head noun. */
  portfolio?: string;
  /** Heads a place, not a body ("gouverneur", "maire"): "son gouverneur" after a body's delegation is the place's. */
  headsPlace?: boolean;
  /** The feminine form ("présidente"): its holder is "elle". */
  feminine?: boolean;
}

/** An organisation head noun ("Fédération", "Comité populaire") and how it behaves. */
export interface OrganizationHead {
  form: string;
  /** The body that governs a place ("Comité populaire"): named without its place in a title, it is the place's named before. */
  governsPlace?: boolean;
  /** Stored as the node's `kind` property (delegation, embassy, …). */
  kind?: string;
  /** Also a common noun: starts a name only when capitalised. */
  capitalOnly?: boolean;
  /** The name follows directly, capitalised ("la société Iwate Kaihatsu"). */
  properName?: boolean;
  /** Another wording of the same kind of body ("Comité populaire provincial" → "Comité populaire"): one body per place, whichever is written. */
  sameAs?: string;
  /** governsPlace: the country whose places such a body governs ("Comité populaire" → vietnam), for a title naming no place. */
  country?: string;
  /**
   * governsPlace: the body's id is its place's id and this ("peoples-committee" → `thai-binh-peoples-committee`),
   * so every wording of one body ("Comité populaire provincial de X", "… de la province de X") is one node, in
   * this article and across articles. Defaults to the `sameAs` head's.
   */
  idSuffix?: string;
}

export interface DateWords {
  months: readonly string[];
  days: readonly string[];
  /** Parts of the day ("matin") that may precede a date ("le matin du 25 novembre"). */
  dayParts: readonly string[];
  /** Written form of the first day of a month ("1er"). */
  firstDay: readonly string[];
  /** Articles before a date ("le 5 mars"). */
  articles: readonly string[];
  /** Between a part of the day and the date ("le matin du 25"). */
  dayPartLinks: readonly string[];
  /** Before the first day of a range ("du 10 au 12"), and between its days. */
  rangeStarts: readonly string[];
  rangeLinks: readonly string[];
  /** Words that move a sentence to another time: it does not inherit the date stated before. */
  otherTime: readonly string[];
  /** Days named relative to the publication ("hier" → 1 day before it, "aujourd'hui" → 0). */
  daysBefore: Readonly<Record<string, number>>;
  /** Before a weekday named alone ("ce mardi"), and after it ("mardi dernier"). */
  weekdayBefore: readonly string[];
  weekdayAfter: readonly string[];
}

export interface LanguageRules {
  /** Words that end with a period without ending the sentence ("M", "Mme", "av. J.-C"). */
  abbreviations: readonly string[];
  /** Honorifics before a person's name ("M.", "Mme"). */
  honorifics: readonly string[];
  /** The honorifics of a woman ("Mme"): the others are a man's. */
  feminineHonorifics: readonly string[];
  titles: readonly TitleEntry[];
  /** Words joining two titles held by one person ("membre du Bureau politique et Premier ministre"). */
  titleJoiners: readonly string[];
  /** Words before a title held no more ("ancien", "ex-"). */
  formerMarkers: readonly string[];
  /** Possessives before a title whose body was just named ("son président"). */
  possessives: readonly string[];
  organizationHeads: readonly OrganizationHead[];
  /** Organisations known by an acronym alone (JICA, JETRO). */
  acronyms: Readonly<Record<string, string>>;
  /** Prepositions and articles that may sit inside a title or organisation name. */
  nameConnectors: readonly string[];
  /** Connectors that only continue a name already begun ("… de Gunma au Japon", not "Fédération au"). */
  innerConnectors: readonly string[];
  /** Words that end a title or organisation name ("a", "qui", "pour"). */
  clauseBreakers: readonly string[];
  /** Endings of participles that end a name ("participant au forum"). */
  participleSuffixes: readonly string[];
  /** Adverbs allowed between a verb and its object ("espère également que"). */
  fillerAdverbs: readonly string[];
  /** Capitalised words that never start or belong to a person's name. */
  nonNameWords: readonly string[];
  /** Family names that mark a person as Vietnamese when no country is stated. */
  vietnameseSurnames: readonly string[];
  /** Adjectives of nationality → country id ("vietnamien" → vietnam). */
  nationalities: Readonly<Record<string, string>>;
  /** Names a country's government is given ("Gouvernement vietnamien"), by country id. */
  governmentNames: Readonly<Record<string, string>>;
  /** Finite verbs of meeting: host before, guest(s) after ("a reçu"). */
  meetingVerbs: readonly string[];
  /** The plural ones among them ("ont reçu"): every party of the list before the verb is a host. */
  pluralMeetingVerbs: readonly string[];
  /** Guest before, host after ("a été reçu par"). */
  passiveMeetingVerbs: readonly string[];
  /** Both parties before ("X et Y se sont entretenus"). */
  mutualMeetingVerbs: readonly string[];
  /** Cues whose guest follows and whose host is the main clause's subject ("lors de la rencontre avec"). */
  meetingCues: readonly string[];
  /** Asking for cooperation: requester before, the one asked after ("a demandé à X de …"). */
  requestVerbs: readonly string[];
  /** Words right after a request verb that make it a courtesy, not a request ("a souhaité la bienvenue"). */
  notRequests: readonly string[];
  /**
   * Broad words that are a sector alone ("l'industrie") but only head the one named right after
   * them ("l'industrie textile", "l'industrie du tourisme"): there they are not a sector of their own.
   */
  broadSectorWords: readonly string[];
  /**
   * Sector words that are also the act ("la construction"): followed by what is acted on ("la
   * construction de stations d'épuration", "du centre financier") they name the work, not the field.
   */
  actionSectorWords: readonly string[];
  /** Phrases that contain a sector's words but name no field ("les services concernés"): no sector inside them. */
  notSectors: readonly string[];
  /** Nouns that coordinated adjectives qualify as sectors ("coopération économique, culturelle"). */
  sectorNouns: readonly string[];
  /**
   * Fields named by the people they concern: training someone ("former des cadres", "la formation
   * d'aides-soignants"), sending or receiving workers ("envoyer davantage d'ingénieurs"). `before`:
   * the words before the people; `people`: who they may be (absent: any plural noun).
   */
  peopleSectors: readonly {
    sector: string;
    before: readonly string[];
    people?: readonly string[];
    /** Sectors that are only the people's generic name ("former des ressources humaines" is training, not `human-resources` too). */
    absorbs?: readonly string[];
  }[];
  /** Phrases introducing a list of sectors ("dans les domaines de", "tels que"). */
  sectorConnectors: readonly string[];
  /**
   * Lists of fields whose items are fields even when the lexicon has no form for them ("dans les
   * domaines de la sylviculture, de la transformation des fruits et du tourisme"): a new Sector is
   * coined for such an item, named as written. `openers` start the list; an item is lower-case words
   * joined by `innerWords`, ended by punctuation, a list separator or one of `stopWords`; an item whose
   * first word is one of `notFields` ("projets", "coopération") names no field.
   */
  fieldLists: {
    openers: readonly string[];
    innerWords: readonly string[];
    stopWords: readonly string[];
    notFields: readonly string[];
    /** Adjectives that qualify a field without making another ("pêche durable" is fishing): they do not narrow a lexicon form. */
    qualifiers: readonly string[];
  };
  /** Words after which a sector is an industry or a field of activity ("se concentrant sur", "le secteur des"). */
  industryCues: readonly string[];
  /** Signing an agreement ("ont signé"). */
  agreementVerbs: readonly string[];
  /** Agreement kinds as written → the kind stored in PARTNERS_WITH.kind (longer forms are tried first). */
  agreementKinds: Readonly<Record<string, string>>;
  /** Cues that put a city name after them ("la ville japonaise de"). */
  cityCues: readonly string[];
  /** Between a place and a larger one that says where it is ("Hamamatsu, dans la préfecture de Shizuoka"): the larger is no party. */
  placeLocators: readonly string[];
  /** Words that start a new clause with its own subject ("tandis que"): each clause states its own agreement. */
  clauseSplitters: readonly string[];
  /** Before the place a community lives in ("vivant dans la région de X", "qui vit à X"). */
  residencePrepositions: readonly string[];
  /** Words in a governing body's title that say the level of the place it governs ("de la ville", "provincial"). */
  placeLevels: Readonly<Record<PlaceLevel, readonly string[]>>;
  /** Words before a place that make it where something happened ("à", "au"). */
  placePrepositions: readonly string[];
  /**
   * Where a meeting is held, as a building of its host ("au siège du Comité populaire", "dans les locaux de
   * l'ambassade"): a preposition and the building, before the body it belongs to. Between a verb and its
   * guest the whole phrase is a circumstance, not a guest.
   */
  venues: { prepositions: readonly string[]; buildings: readonly string[] };
  dates: DateWords;
  coreference: {
    /** Pronouns that, opening a sentence, refer to the previous sentence's subject. */
    subjectPronouns: readonly string[];
    /** Opening a sentence before a comma, the same pronouns as a source ("Selon lui, …"). */
    accordingTo: readonly string[];
    /** The feminine ones among them ("Elle"): they skip a subject known to be a man. */
    femininePronouns: readonly string[];
    /** Phrases naming the last person mentioned ("ce dernier"). */
    lastMentioned: readonly string[];
    /** Descriptions standing for a title ("le chef du gouvernement" → Premier ministre). */
    descriptions: Readonly<Record<string, string>>;
    /**
     * Descriptions of whoever leads the talks ("le dirigeant", "la responsable provinciale"): the
     * official last named, of the country an adjective after them gives.
     */
    leaders: readonly string[];
    /** Words after such a description that say the official is of a local body of a country ("provincial", "de la ville" → vietnam). */
    localQualifiers: Readonly<Record<string, string>>;
    /**
     * The subject pronouns put after the verb that attributes a quotation ("», a-t-il déclaré", "», dit-elle"),
     * as the verb's ending: the previous sentence's subject is the speaker.
     */
    invertedPronouns: readonly string[];
  };
  /** Quotation marks: a request said inside them is the speaker's, named before or after the quotation. */
  quotes: { open: readonly string[]; close: readonly string[] };
  /** Words before a guest ("s'est entretenu avec X"). */
  guestIntroducers: readonly string[];
  /** Before each host of a passive meeting ("a été reçu par X et par Y"). */
  agentIntroducers: readonly string[];
  /** Between a delegation and its leader ("conduite par"): the leader is a party to its meetings. */
  leaderIntroducers: readonly string[];
  /** Between a party and those with them ("M. X, accompagné de M. Y"): they are parties to the meeting too. */
  companionIntroducers: readonly string[];
  /** Between a leader and the delegation they lead ("à la tête d'une délégation"). */
  delegationIntroducers: readonly string[];
  /** Qualifiers of a delegation that say nothing of whose it is ("de haut rang", "officielle"). */
  delegationQualifiers: readonly string[];
  /** Phrases put first that name what the sentence is about ("Concernant", "En matière de"): a field there is the request's. */
  topicOpeners: readonly string[];
  /** Relative pronouns opening a clause that describes a noun (", qui offrent", ", dont", ", où"). */
  relativePronouns: readonly string[];
  /** Pronouns that open a clause describing the noun before them (", des défis auxquels …", ", des domaines que …"). */
  describingPronouns: readonly string[];
  /** Relative pronouns after a name whose clause has another subject ("X, à qui il a demandé"). */
  relativeObjects: readonly string[];
  /** The two sides of the talks ("les deux parties"): an agreement they sign is between the places last named on each side. */
  bothParties: readonly string[];
  /** Words before a signing that make it a plan, not a fact ("étudier la signature", "envisage de signer"). */
  agreementPlans: readonly string[];
  /** Words before the one asked ("a demandé à X", "espère que X"). */
  askedIntroducers: readonly string[];
  /** Words joining two verbs of one subject ("a reçu X et a demandé"). */
  coordinators: readonly string[];
  /** Prepositions after which a place in a title says where ("consul général du Japon à Osaka"). */
  locativePrepositions: readonly string[];
  /** Definite articles: before an organisation head alone they point back to the body named before ("la délégation"). */
  definiteArticles: readonly string[];
  /** Determiners allowed before a mention inside a list ("le", "la", "les"). */
  determiners: readonly string[];
  /** Separators of a list of guests or sectors ("," "et" "ainsi que"). */
  listSeparators: readonly string[];
}
