// The French rule set: the lists of this folder assembled into the shape the engine reads.
import type { LanguageRules } from '../../extract/rules.ts';
import { abbreviations, feminineHonorifics, honorifics } from './abbreviations.ts';
import { dateWords } from './dates.ts';
import { acronyms, governmentNames, innerConnectors, nameConnectors, organizationHeads } from './organizations.ts';
import { formerMarkers, possessives, titleJoiners, titles } from './titles.ts';
import { agreementKinds, agreementVerbs, industryCues, notRequests, meetingCues, meetingVerbs, mutualMeetingVerbs, passiveMeetingVerbs, requestVerbs, sectorConnectors, sectorNouns } from './verbs.ts';
import {
  agentIntroducers, agreementPlans, askedIntroducers, bothParties, delegationIntroducers, cityCues, definiteArticles, leaderIntroducers, relativeObjects, clauseBreakers, coordinators, guestIntroducers, locativePrepositions, coreference, fillerAdverbs, determiners, listSeparators, nationalities, nonNameWords, participleSuffixes, placePrepositions, vietnameseSurnames,
} from './words.ts';

export const french: LanguageRules = {
  abbreviations, honorifics, feminineHonorifics, titles, titleJoiners, formerMarkers, possessives, organizationHeads, acronyms, nameConnectors, innerConnectors, clauseBreakers, participleSuffixes, fillerAdverbs, nonNameWords,
  vietnameseSurnames, nationalities, governmentNames, meetingVerbs, passiveMeetingVerbs, mutualMeetingVerbs, meetingCues, requestVerbs, sectorConnectors, sectorNouns, industryCues, notRequests,
  agreementVerbs, agreementKinds, cityCues, placePrepositions, dates: dateWords, coreference, determiners, listSeparators,
  guestIntroducers, askedIntroducers, coordinators, locativePrepositions, agentIntroducers, leaderIntroducers, relativeObjects, agreementPlans, definiteArticles, bothParties, delegationIntroducers,
};
