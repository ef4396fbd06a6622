import type { Parser, Refiner } from './context.ts';
import type { SentenceFilter } from './filters.ts';
import { SENTENCE_FILTERS } from './filters.ts';
import {
  capitalisedNameParser,
  focusReferenceParser,
  publicBodyParser,
  unitLexiconParser,
} from './parsers/company.parser.ts';
import { dateParser } from './parsers/date.parser.ts';
import { departmentParser, describedTeamParser, locationParser } from './parsers/detail.parser.ts';
import {
  includingNumberParser,
  subsetPlaceParser,
  ofItsSizeParser,
  ofTheCutsParser,
  furtherNumberParser,
  listPairParser,
  listItemCountParser,
  figureGivenParser,
  answerFigureParser,
  nounWithNumberParser,
  numberCutsParser,
  numberNounParser,
  passiveNumberParser,
  vagueQuantityParser,
  verbNumberParser,
  workforceByParser,
} from './parsers/headcount.parser.ts';
import {
  fractionParser,
  percentCutParser,
  percentOfWorkforceParser,
  smallerByPercentParser,
  verbPercentParser,
  workforceParsers,
} from './parsers/percent.parser.ts';
import { cuedTriggerParsers, layoffTriggerParser } from './parsers/trigger.parser.ts';
import {
  type ArticleRefiner,
  choosePrimaryRefiner,
  mergeRetellingsRefiner,
} from './refiners/article.refiner.ts';
import {
  contextDateFilter,
  listedCompaniesRefiner,
  placeInCountRefiner,
  removeOverlapsRefiner,
  resolveAppositionsRefiner,
  subordinateNameRefiner,
  unlikelyHeadcountFilter,
} from './refiners/candidates.refiner.ts';

export interface Configuration {
  /** Sentences these match are not layoff reports (denials, templates, sports...). */
  readonly sentenceFilters: readonly SentenceFilter[];
  readonly parsers: readonly Parser[];
  /** Per sentence, in order, after all parsers ran. */
  readonly refiners: readonly Refiner[];
  /** Per article, in order, after every sentence was assembled into mentions. */
  readonly articleRefiners: readonly ArticleRefiner[];
}

/** THE extractor: one literal, ordered list. Nothing is pushed or unshifted elsewhere. */
export const DEFAULT_CONFIGURATION: Configuration = {
  sentenceFilters: SENTENCE_FILTERS,
  parsers: [
    layoffTriggerParser, // "lay off", "job cuts", "slash 400 roles": which sentence is a layoff
    ...cuedTriggerParsers, // rare costly triggers behind a cue: plant closures, "12% smaller"
    unitLexiconParser, // "Amazon Web Services (AWS)" → Amazon / AWS (lexicon, user-extendable)
    capitalisedNameParser, // "Veltrix", "Corbel Steel", "Department for Work and Pensions"
    publicBodyParser, // "10,000 civil service jobs" → civil service
    focusReferenceParser, // "the company", "the tech giant" → company in focus
    numberNounParser, // "about 12,000 jobs", "7,000 to 9,000 jobs"
    verbNumberParser, // "lay off 90", "let go 2,500"
    passiveNumberParser, // "over 1,000 were laid off", "another 300 will be let go"
    workforceByParser, // "reduce its workforce by 350"
    nounWithNumberParser, // "the most layoffs, with 350"
    listPairParser, // "..., Unacademy 1,190, Vedantu 1,109"
    listItemCountParser, // "3. Corvel – about 4,000." (a ranked list's item)
    includingNumberParser, // "including 30,000 at the Department of ..."
    subsetPlaceParser, // "the roles being cut ..., but about 250 are in back-office operations"
    ofTheCutsParser, // "about 2,500 of the losses are expected next year"
    ofItsSizeParser, // "cut 40 of its 200 jobs" (40)
    furtherNumberParser, // "..., with a possible further 300 in three years' time"
    vagueQuantityParser, // "several hundred employees", "hundreds of jobs", "dozens"
    figureGivenParser, // "didn't say how many jobs ..., but a spokesperson says it's about 900"
    answerFigureParser, // "How many jobs are going?" / "About 350, according to a memo."
    numberCutsParser, // "the roughly 10,000 cuts reported in November"
    percentOfWorkforceParser, // "5% of its 85,000 global workforce"
    verbPercentParser, // "cut its workforce by 15%", "lay off 12%"
    percentCutParser, // "a 6% cut", "2% would be cut"
    smallerByPercentParser, // "is about to get smaller—12% smaller"
    fractionParser, // "half of its 7,500-strong staff", "all of its employees"
    ...workforceParsers, // "which employs 85,000 people", "90,000-strong"
    dateParser, // own date-word matcher: "on Tuesday", "last week", "in early January", "in 2023", "last fall"
    departmentParser, // "sales and marketing teams", "its advertising unit"
    describedTeamParser, // "the team working on technology for its stores" → "stores technology"
    locationParser, // "in Germany and Poland", "U.S. staff"
  ],
  refiners: [
    removeOverlapsRefiner, // longer/stronger of overlapping candidates; workforce beats count
    placeInCountRefiner, // "Orvane puts 450 Dunford jobs at risk": the name inside the count is a place
    unlikelyHeadcountFilter, // "hire 3,000", "7,800 have been moved": not cuts
    contextDateFilter, // "as of June 30", "headcount doubled from 2019": no event dates
    resolveAppositionsRefiner, // "X, the unit of Y"; "Google parent Alphabet"
    listedCompaniesRefiner, // "including A, B and C": names that are only context
    subordinateNameRefiner, // "It cut 200 jobs, after Dunmere Bank barred ...": the name is no employer
  ],
  articleRefiners: [
    mergeRetellingsRefiner, // one event told in headline, lead and body → one mention
    choosePrimaryRefiner, // exactly one primary per article with mentions
  ],
};
