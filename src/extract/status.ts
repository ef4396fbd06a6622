import type { Mention, Status } from '../domain/mention.ts';
import { findReason } from './details.ts';
import type { Sentence } from './sentences.ts';

/**
 * Attributed only to reports, insiders, analysts, unions: no company confirmation ("according to
 * the Print Workers' Union", "according to a post from a former engineer").
 */
const RUMORED =
  /\b(?:according\s+to\s+(?:multiple\s+|several\s+|media\s+|news\s+)?reports|reportedly|people\s+familiar|sources?\s+(?:said|say|told)|insiders?|reports?\s+(?:said|suggested|say|says)|is\s+said\s+to|are\s+said\s+to|rumou?r\w*|(?:analysts?|wall\s+street|investors)\s+(?:expect|predict|anticipate)\w*|expects?\s+more\s+layoffs|citing\s+(?:an?\s+)?(?:unidentified|unnamed|anonymous)|first\s+reported|according\s+to\s+(?:the\s+)?(?:times|reuters|bloomberg|moneycontrol|a\s+report)|according\s+to\s+(?:\w+\s+)?(?:posts?|people|persons?|employees|former\s+employees|workers|staff|a\s+person|one\s+person)|(?:news|journal|times|post|agency|outlet|site|blog|newspaper|paper)\s+(?:had\s+)?reported\s+(?:on\s+\w+\s+)?that|:\s*(?:report|sources)\s*$|(?:former|current)\s+(?:employees|staff|workers)\s+said|people\s+(?:aware\s+of|with\s+knowledge\s+of|close\s+to)|according\s+to\s+(?:unnamed\s+|anonymous\s+)?sources|according\s+to\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}(?:unions?|guild|newsguild|lawmakers?|employee\s+groups?)|(?:unions?|guild)\s+(?:[\w-]+\s+){0,5}?(?:said|says|claimed|estimated))\b/i;
const CONFIRMED =
  /\b(?:confirmed|said\s+in\s+a\s+statement|announced|told\s+(?:staff|employees)|in\s+a\s+(?:memo|blog|filing|statement))\b/i;
/**
 * A programme over a horizon, a proposal or consultation, or an expectation. Consulting staff is
 * planning ("the rest phased out through 2026" is a programme), but "consultants" and
 * "consulting firm" are trades ("The firm laid off hundreds of
 * consultants" is done, not planned).
 */
const PLANNED =
  /\b(?:proposals?|proposed|consult(?:s|ed|ations?|ative)?\b|consulting\s+(?:with|on|over|about|staff|employees|workers|unions?|the|its|their)\b|long-term\s+plan|over\s+the\s+(?:course\s+of\s+the\s+)?(?:next|coming|current)|in\s+the\s+(?:next|coming)\s+(?:few\s+)?(?:years?|months)|by\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d{2}|next\s+\w+|the\s+end\s+of\s+the\s+decade)|expects?\s+to\s+(?:cut|lay|reduce|shed)|is\s+expected\s+to|are\s+expected\s+to|considering|brace\s+for|to\s+come\b|could\s+(?:go|be\s+cut|cut|shed|axe|slash|lose)|planning\s+to|annually\s+for|notice\s+of\s+(?:intent|planned)|preliminary\s+(?:layoff\s+)?notices?|jobs?\s+to\s+go|at\s+risk|up\s+to\s+\d|voluntary\s+redundanc|spread\s+over|phased\s+over|by\s+end\s+of|phased\s+out)\b/i;
/**
 * Reported as done: "laid off", "has cut", "were let go", "have been cut"; a workplace closed
 * ("has closed its plant, putting 120 people out of work", "shuttered its Leeds studio"), but not
 * one still to close ("plans to shut its", "could shut its").
 */
const COMPLETED =
  /\b(?:laid\s+off|(?:has|have|had)\s+(?:already\s+)?(?:been\s+)?(?:cut|slashed|eliminated|shed|sacked|fired|let\s+go|axed|laid\s+off|pink-slipped|reduced)|(?:were|was)\s+(?:being\s+)?(?:laid\s+off|let\s+go|cut|sacked|fired|pink-slipped|eliminated|axed)|fired|sacked|lost\s+their\s+jobs|began\s+laying\s+off|saw\s+\w+\s+(?:slash|cut)|held\s+its|witnessed\s+layoffs|eliminated|slashed|axed|culled|made\s+\d[\d,]*\s+\w+\s+redundant|(?:has|have|had)\s+made\s+(?:[\w’'-]+\s+){1,6}?redundant|(?:has|have|had)\s+(?:now\s+|already\s+|permanently\s+)?(?:closed|shut|shuttered)|(?<!\b(?:to|could|may|might|would|will|should|must|can|not)\s+)(?:closed|shuttered|shut)\s+(?:down\s+)?(?:its|their))\b/i;
/** A cut verb in a past form: "let go of", "trimmed", "shed", "cut" (see INFINITIVE_CUT). */
const PAST_CUT =
  /\b(?:let\s+go(?:\s+of)?|trimmed|dismissed|terminated|retrenched|shed|lost|removed|cut|reduced)\s+(?:(?:about|around|some|roughly|nearly|almost|close\s+to|more\s+than|over|another|a\s+further|its|their|the)\s+)*(?:\d|hundreds|thousands|dozens|several|half|a\s+(?:third|quarter|fifth)|a\s+(?:few\s+)?(?:dozen|hundred)|a\s+handful|(?:\w+\s+)?(?:jobs?|staff|workers|employees|roles|positions|posts|people))/i;
/** "to cut 4,700 jobs", "plans to shed": a cut still ahead. */
const INFINITIVE_CUT =
  /\b(?:to|will|would|could|may|might|must|should)\s+(?:(?:be|have)\s+)?(?:let\s+go|trim|dismiss|terminate|retrench|shed|lose|remove|cut|reduce)\b/i;
const FUTURE =
  /\b(?:will|would|plans?\s+to|planning|is\s+to|are\s+to|set\s+to|to\s+be|going\s+to|intends?|expects?)\b/i;

/**
 * The words after a done cut up to where a new clause is joined on: "laid off a third of its
 * newsroom on Thursday | and said it would move to four print issues". A future there belongs to
 * another verb; one before the cut ("said the 300 workers would be laid off") or in its own
 * clause ("laid off 40 staff who will get severance") still counts.
 */
function tillClauseEnd(clause: string, done: RegExpExecArray): string {
  const rest = clause.slice(done.index + done[0].length);
  const end = /,?\s+and\s+(?:said|says|added|announced|plans|planned|will|would|is|it)\b|;/i.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

/**
 * How the article frames the cut (corpus status conventions): rumored, planned, completed, else
 * announced. Looked at over the clause around the event, not the whole article.
 */
export function statusOf(clause: string, confirmedAfter = false): Status {
  if (!confirmedAfter && RUMORED.test(clause) && !CONFIRMED.test(clause)) return 'rumored';
  if (PLANNED.test(clause)) return 'planned';
  const done = COMPLETED.exec(clause);
  if (done && !FUTURE.test(clause.slice(0, done.index + done[0].length) + tillClauseEnd(clause, done)))
    return 'completed';
  // "Morgan Stanley let go of about 1,600 employees in December 2022", "the firm trimmed 5% of its
  // staff on Monday": a past form of a cut verb, with no future or infinitive ("to cut") in the clause.
  if (PAST_CUT.test(clause) && !FUTURE.test(clause) && !INFINITIVE_CUT.test(clause)) return 'completed';
  // "Last year, ...", "In 2023, ...", "In August 2023, ...": a clause that opens in the past.
  if (
    /^\s*(?:last\s+week|last\s+month|last\s+year|in\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?\d{4})\b/i.test(
      clause,
    )
  )
    return 'completed';
  return 'announced';
}

/** "confirmed", "confirms": the cheap cue of a confirmation. */
const CONFIRMS = /\bconfirm(?:ed|s)\b/i;
/** "declined to confirm", "would not confirm", "did not immediately confirm". */
const NOT_CONFIRMED =
  /\b(?:not|n['’]t|never|neither|declined\s+to|refused\s+to|unable\s+to)\s+(?:\w+\s+)?confirm/i;
/** The employer's own voice opening a sentence: "The company", "It", "A spokeswoman", "Management". */
const EMPLOYER_VOICE =
  /^\W*(?:(?:the|its)\s+(?:company|firm|group|employer|business|bank|lender|carrier|airline|retailer|start-?up|maker|insurer|owner|management)|it|management|(?:an?|the)\s+(?:company\s+)?spokes(?:man|woman|person))\b/i;

/**
 * "Harlow Mills will lay off 300 workers, the union said. The company confirmed the figure on
 * Tuesday.": a figure told by a union, sources or former staff and confirmed by the employer in
 * the very next sentence is no longer a rumour; its status is read again from its own clause
 * ("will lay off": announced). A refusal ("declined to confirm") leaves it as it was.
 */
export function withCompanyConfirmation(sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.status === 'rumored')) return mentions;
  return mentions.map((m) => {
    if (m.status !== 'rumored') return m;
    const here = sentences.find((x) => x.start === m.evidence.start);
    const next = here ? sentences[here.index + 1] : undefined;
    if (!next || !CONFIRMS.test(next.text) || NOT_CONFIRMED.test(next.text)) return m;
    const byEmployer = EMPLOYER_VOICE.test(next.text) || next.text.trimStart().startsWith(m.company);
    return byEmployer ? { ...m, status: statusOf(m.evidence.text, true) } : m;
  });
}

/** The stated reason, when there is one: "as part of cost-cutting measures". */
export function reasonOf(sentence: string): string | null {
  return findReason(sentence, 0, sentence)?.text ?? null;
}

export { mentionsSeverance } from './details.ts';
