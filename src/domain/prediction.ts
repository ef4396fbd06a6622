import type { AggregateClaim, ExtractionResult, Mention, Status } from './mention.ts';

/**
 * The prediction format of ../shared/eval/SCORING.md: one JSON object a line. This is the
 * contract the project's accuracy is measured with; keep it stable.
 */
export interface EventPrediction {
  readonly file: string;
  readonly kind: 'event';
  readonly company: string;
  readonly unit: string | null;
  readonly count: {
    readonly min: number | null;
    readonly max: number | null;
    readonly approx: boolean;
    readonly derived?: boolean;
    readonly text: string;
  } | null;
  readonly percent: number | null;
  readonly date: { readonly start: string | null; readonly end: string | null; readonly text: string } | null;
  readonly status: Status;
  readonly departments: readonly string[];
  readonly locations: readonly string[];
  readonly primary: boolean;
  readonly evidence: { readonly text: string; readonly start: number; readonly end: number };
}

export interface AggregatePrediction {
  readonly file: string;
  readonly kind: 'aggregate';
  readonly source: string | null;
  readonly companies: number | null;
  readonly employees: { readonly min: number | null; readonly max: number | null } | null;
  readonly period: { readonly start: string | null; readonly end: string | null } | null;
  readonly evidence: { readonly text: string; readonly start: number; readonly end: number };
}

export type Prediction = EventPrediction | AggregatePrediction;

export function mentionToPrediction(file: string, m: Mention): EventPrediction {
  return {
    file,
    kind: 'event',
    company: m.company,
    unit: m.unit,
    count: m.count
      ? {
          min: m.count.min,
          max: m.count.max,
          approx: m.count.approx,
          ...(m.count.derived ? { derived: true } : {}),
          text: m.count.text,
        }
      : null,
    percent: m.percent,
    date: m.date ? { start: m.date.start, end: m.date.end, text: m.date.text } : null,
    status: m.status,
    departments: m.departments,
    locations: m.locations,
    primary: m.primary,
    evidence: { text: m.evidence.text, start: m.evidence.start, end: m.evidence.end },
  };
}

export function aggregateToPrediction(file: string, a: AggregateClaim): AggregatePrediction {
  return {
    file,
    kind: 'aggregate',
    source: a.source,
    companies: a.companies,
    employees: a.employees,
    period: a.period ? { start: a.period.start, end: a.period.end } : null,
    evidence: { text: a.evidence.text, start: a.evidence.start, end: a.evidence.end },
  };
}

export function resultToPredictions(file: string, r: ExtractionResult): Prediction[] {
  return [
    ...r.mentions.map((m) => mentionToPrediction(file, m)),
    ...r.aggregates.map((a) => aggregateToPrediction(file, a)),
  ];
}
