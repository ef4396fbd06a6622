/**
 * Errors that cross the API edge. Every failure a client can act on has a code from this closed
 * union; the one error handler in app.ts turns an ApiError into `{ error: { code, message } }` and
 * anything else into a 500 UnknownError without internals.
 */
export type ErrorCode =
  | 'InvalidParameter' // ?min_count=abc, ?from=not-a-date, ?limit=100000
  | 'InvalidCursor' // a cursor that did not come from a previous page
  | 'EventNotFound'
  | 'CompanyNotFound'
  | 'RouteNotFound'
  | 'UnknownError';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: 400 | 404 | 500,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

/** What Ajv (Fastify's validator) reports for one failed keyword; only the parts we read. */
export interface ValidationIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

const PART_NAMES: Readonly<Record<string, string>> = {
  querystring: 'query parameter',
  params: 'path parameter',
  body: 'body field',
  headers: 'header',
};

/**
 * Turns a validator failure into one sentence that names the parameter and says why:
 * `{instancePath:'/min_count', keyword:'type', params:{type:'integer'}}` with value "abc" →
 * `query parameter "min_count" must be an integer (got "abc")`.
 */
export function describeValidation(part: string | undefined, issue: ValidationIssue, input: unknown): string {
  const partName = PART_NAMES[part ?? ''] ?? 'parameter';
  const missing = issue.keyword === 'required' ? String(issue.params.missingProperty ?? '') : '';
  const name = missing || issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(input)';
  const got = valueAt(input, name);
  const gotText = got === undefined ? '' : ` (got ${JSON.stringify(String(got)).slice(0, 80)})`;
  return `${partName} "${name}" ${reason(issue)}${issue.keyword === 'required' ? '' : gotText}`;
}

function reason(issue: ValidationIssue): string {
  const p = issue.params;
  switch (issue.keyword) {
    case 'type':
      return p.type === 'integer' ? 'must be an integer' : `must be of type ${String(p.type)}`;
    case 'format':
      return p.format === 'date'
        ? 'must be a date written YYYY-MM-DD'
        : `must be a valid ${String(p.format)}`;
    case 'pattern':
      return `must match the pattern ${String(p.pattern)}`;
    case 'minimum':
      return `must be at least ${String(p.limit)}`;
    case 'maximum':
      return `must be at most ${String(p.limit)}`;
    case 'minLength':
      return `must be at least ${String(p.limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters long`;
    case 'enum':
      return `must be one of: ${Array.isArray(p.allowedValues) ? p.allowedValues.join(', ') : '(see the OpenAPI spec)'}`;
    case 'required':
      return 'is required';
    default:
      return issue.message ?? 'is invalid';
  }
}

function valueAt(input: unknown, name: string): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  return (input as Record<string, unknown>)[name];
}
