import { describeEmployerCases, type EmployerCase } from '../helpers/employer-cases.ts';

/**
 * Who the employer is, part 11: a newspaper's masthead above the headline and initials in brackets
 * after the name they shorten. Short articles in our own words with invented companies; cases
 * marked "guard" keep a rule from reaching too far, the others fail without their rule.
 */
const CASES: readonly EmployerCase[] = [
  // 1. "The Harbour Courier" on the page's first line is the outlet's masthead.
  {
    rule: 'a masthead "The Business Gazette" above a headline whose name is not read is no employer',
    text: 'The Business Gazette\nRetail | Stores\n\nBramley preparing to lay off up to 400 US staff, sources say\n\nBy Ann Lee\nMarch 8, 2024',
    published: '2024-03-08',
    never: ['Gazette', 'Business Gazette'],
  },
  {
    rule: 'a masthead "The Markets Courier" gives no event of its own beside the lead\'s employer',
    text: 'The Markets Courier\nRetail | Stores\n\nBramley preparing to lay off up to 400 US staff, sources say\n\nBy Ann Lee\nMarch 8, 2024\n\nBramley Stores is preparing to cut between 300 and 400 jobs in the United States, according to people familiar with the plans.',
    published: '2024-03-08',
    events: ['Bramley'],
    never: ['Courier', 'Markets Courier'],
  },
  {
    rule: 'guard: a first line that names a company and a cut is a headline, not a masthead',
    text: 'The Herald Group to cut 120 jobs\n\nThe Herald Group will cut 120 jobs at its printing works, the company said on Monday.',
    events: ['Herald Group'],
  },
  // 2. "Pellam & Rowe (P&R)": the initials in brackets are the name again.
  {
    rule: 'initials with an ampersand in brackets after the name give the event the full name',
    text: 'Lindqvist & Moore (L&M) will lay off about 700 employees, or 3 per cent of its staff, the company said on Thursday.',
    events: ['Lindqvist & Moore'],
    never: ['L&M'],
  },
  {
    rule: 'a headline in initials and a lead with the name and its initials: one event under the full name',
    text: 'L&M to lay off 700 worldwide\n\nLindqvist & Moore (L&M) will lay off about 700 employees, the company said on Thursday.',
    events: ['Lindqvist & Moore'],
    never: ['L&M'],
  },
  {
    rule: 'guard: initials in brackets that are not the name before them stay a name of their own',
    text: 'Lindqvist & Moore said its partner (TQ) would lay off about 700 employees.',
    never: ['Lindqvist & Moore (TQ)'],
  },
  // 3. "Bramley preparing to lay off ...": a headline's one-word subject before "preparing to".
  {
    rule: 'a one-word name before "preparing to lay off" in a headline is the employer',
    text: 'Bramley preparing to lay off up to 400 staff, sources say',
    events: ['Bramley'],
  },
];

describeEmployerCases('company probe 11: mastheads and initials', CASES, '2025-06-12');
