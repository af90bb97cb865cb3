// Small closed word lists: determiners, list separators, places, nationalities, coreference
// cues and the capitalised words that are not names. Sources: French grammar (Grevisse's
// determiners and pronouns), the demonyms of the Vietnam–Japan coverage, and the 100 most
// common Vietnamese family names (they cover most of the population; a few are enough).

/** Articles that point back to something already named ("la délégation", "l'agence"). */
export const definiteArticles = ['le', 'la', 'les', "l'"] as const;
export const determiners = ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'M.', 'Mme', 'MM.'] as const;
export const listSeparators = [',', ';', ':', 'et', 'ainsi que', 'de même que'] as const;
/** Before a guest: "avec", and the people who stand for a body ("a rencontré des représentants de la société X"). */
export const guestIntroducers = ['avec', 'des représentants de', 'les représentants de', 'des dirigeants de', 'les dirigeants de', 'des responsables de', 'les responsables de'] as const;
export const askedIntroducers = ['à', 'au', 'aux', 'à la', "à l'", 'que', "qu'", 'de', 'du', 'des'] as const;
export const coordinators = ['et', 'puis'] as const;
export const agentIntroducers = ['par'] as const;
export const leaderIntroducers = [
  'conduite par', 'conduit par', 'conduites par', 'conduits par', 'dirigée par', 'dirigé par', 'menée par', 'mené par', 'emmenée par',
  'présidée par', 'avec à sa tête',
] as const;
export const delegationIntroducers = ["à la tête d'une", "à la tête d'", 'à la tête de la', 'à la tête de', 'qui conduit', 'qui dirige', 'conduisant', 'dirigeant'] as const;
export const relativeObjects = ['à qui', 'auquel', 'à laquelle', 'auxquels', 'auxquelles'] as const;
/** A signing only planned or wished for: these before the verb, in the same sentence, make it no agreement yet. */
export const agreementPlans = [
  'étudier', 'étudie', 'étudient', 'étudieront', 'envisager', 'envisage', 'envisagent', 'envisageait', 'prévoit', 'prévoient', 'préparer', 'prépare', 'en vue de', 'vers la',
  'souhaite', 'souhaitait', 'souhaitent', 'disposé', 'disposée', 'disposés', 'prêt', 'prête', 'prêts', 'prochainement', 'projet de', 'devrait',
  'devraient', 'pourrait', 'pourraient', 'afin de', 'pour signer', 'signeront', 'signera',
] as const;
export const locativePrepositions = ['à'] as const;

export const cityCues = [
  'la ville japonaise de', 'la ville de', 'ville japonaise de', 'ville de', 'la municipalité de', 'la cité de',
] as const;
export const placePrepositions = ['à', 'au', 'en', 'dans la province de', 'dans la ville de', 'dans la préfecture de'] as const;

export const nationalities: Readonly<Record<string, string>> = {
  vietnamien: 'vietnam', vietnamienne: 'vietnam', vietnamiens: 'vietnam', vietnamiennes: 'vietnam',
  japonais: 'japan', japonaise: 'japan', japonaises: 'japan',
};

export const coreference = {
  subjectPronouns: ['Il', 'Elle'],
  femininePronouns: ['Elle'],
  lastMentioned: ['ce dernier', 'cette dernière'],
  descriptions: {
    'le chef du gouvernement': 'Premier ministre',
    'le chef de la diplomatie': 'ministre des Affaires étrangères',
    'le dirigeant vietnamien': 'Premier ministre',
  },
  leaders: ['le dirigeant', 'la dirigeante', 'le responsable', 'la responsable'],
  localQualifiers: {
    provincial: 'vietnam', provinciale: 'vietnam', municipal: 'vietnam', municipale: 'vietnam', 'de la ville': 'vietnam', 'de la province': 'vietnam',
    'de la municipalité': 'vietnam',
  },
} as const;

/** Words that end a title or an organisation name. */
export const clauseBreakers = [
  'a', 'ont', 'est', 'sont', 'était', 'sera', "s'est", 'se', "s'", 'qui', 'que', "qu'", "qu'il", "qu'elle", 'dont', 'où', 'pour',
  'par', 'lors', 'avec', 'à', 'dans', 'sur', 'sous', 'vers', 'afin', 'lorsque', 'ainsi', 'également', 'aussi', 'très', 'plus',
  'leur', 'leurs', 'son', 'sa', 'ses', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'mais', 'ou', 'ni', 'car', 'donc',
  'le', 'la', 'les', "l'", 'un', 'une', 'en', 'y', 'ne', 'pas', 'comme', 'tels', 'telles', 'notamment', 'selon', 'entre',
  'après', 'avant', 'depuis', 'pendant', 'contre', 'chez', 'sans', 'et', 'conduite', 'conduit', 'dirigée', 'dirigé',
  'au', 'aux', 'avait', 'avaient', 'aura', 'auront', 'était', 'étaient', 'seront', 'va', 'vont', 'peut', 'peuvent', 'doit', 'doivent',
  // The present of headlines ("Le ministre de l'Agriculture reçoit …").
  'reçoit', 'reçoivent', 'accueille', 'accueillent', 'rencontre', 'rencontrent', 'signent', 'visite', 'visitent',
] as const;
/** Endings of verbs that end a name: participles ("participant au forum") and the conditional ("l'Alliance soutiendrait"). */
export const participleSuffixes = ['ant', 'rait', 'raient'] as const;
export const fillerAdverbs = [
  'également', 'aussi', 'vivement', 'notamment', 'en outre', 'par ailleurs', 'de nouveau', 'encore', 'successivement', 'en audience',
  // How or when a meeting was held, between the verb and the guest ("s'est entretenu par téléphone avec").
  'par téléphone', 'en ligne', 'par visioconférence', 'en visioconférence', 'le même jour', 'ce jour-là', 'à cette occasion', 'séparément',
  'tour à tour', 'chaleureusement', 'officiellement',
  // Asides between the auxiliary and the participle ("a, pour sa part, demandé").
  'pour sa part', 'de son côté', 'quant à lui', 'quant à elle', 'pour leur part', 'de leur côté',
] as const;
/** The two sides of the talks, standing for the places that met ("les deux parties ont signé"). */
export const bothParties = ['les deux parties', 'les deux localités', 'les deux provinces', 'les deux villes', 'les deux côtés', 'les deux préfectures'] as const;

/** Capitalised words that are not (part of) a person's name. */
export const nonNameWords = [
  'Le', 'La', 'Les', 'L', 'Un', 'Une', 'Des', 'Du', 'De', 'Ce', 'Cette', 'Il', 'Elle', 'Ils', 'Elles', 'En', 'Au', 'Aux', 'À',
  'Lors', 'Selon', 'Pour', 'Par', 'Sur', 'Dans', 'Avec', 'Après', 'Avant', 'Depuis', 'Afin', 'Sous', 'Photo', 'Source',
  'Premier', 'Vice', 'Président', 'Ministre', 'Gouverneur', 'Maire', 'Secrétaire', 'Ambassadeur', 'Consul', 'Directeur',
  'Vietnam', 'Viet', 'Japon', 'Japan', 'Hanoi', 'Asie', 'Sud', 'Est', 'Nord', 'Ouest', 'Forum', 'Fédération',
  'Comité', 'Conseil', 'Assemblée', 'Parti', 'Bureau', 'Ministère', 'Agence', 'Alliance', 'Union', 'Association', 'Chambre',
  'Ambassade', 'Consulat', 'Gouvernement', 'État', 'République', 'Affaires', 'Commerce', 'Industrie', 'Plan',
  'Investissement', 'Finances', 'Sciences', 'Technologies', 'Culture', 'Sports', 'Tourisme', 'Intérieur', 'Santé',
  'Éducation', 'Formation', 'Travail', 'Transports', 'Construction', 'Défense', 'Sécurité', 'Justice', 'Agriculture',
  'Développement', 'Ressources', 'Environnement', 'Information', 'Communication', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi',
  'Vendredi', 'Samedi', 'Dimanche', 'Monsieur', 'Madame', 'Mme', 'M', 'MM', 'Dr', 'Ses', 'Leur', 'Leurs',
  'Indiquant', 'Appréciant', 'Soulignant', 'Affirmant', 'Notant', 'Saluant', 'Face', 'Outre', 'Ensuite', 'Enfin',
  'JICA', 'JETRO', 'ASEAN', 'Province', 'Préfecture', 'Ville', 'Région', 'Délégation', 'Université', 'Institut', 'Banque',
] as const;

export const vietnameseSurnames = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Đinh', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Hà', 'Tạ', 'Lương', 'Lưu', 'Chu', 'Nông',
] as const;
