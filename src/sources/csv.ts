/**
 * A small RFC 4180 CSV reader. No CSV library is installed and the format needs ~60 lines: quoted
 * fields with commas, newlines and doubled quotes ("He said ""no""") are all there is to it. It
 * takes text in chunks so a large WARN export is parsed as it streams, and it is lenient the way
 * spreadsheets are: a stray quote inside an unquoted field is kept as text, CRLF/LF/CR all end a
 * record, and a record's starting line is kept for error messages.
 */
import { SourceError } from './errors.ts';

export interface CsvRecord {
  /** 1-based line where the record starts (a quoted newline makes records span lines). */
  readonly line: number;
  readonly fields: readonly string[];
}

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just saw a quote inside a quoted field: either "" (a literal quote) or the closing quote. */
const QUOTE_IN_QUOTED = 3;
type State = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTE_IN_QUOTED;

export class CsvParser {
  #state: State = FIELD_START;
  #field = '';
  #fields: string[] = [];
  #line = 1;
  #recordLine = 1;
  /** The previous character was a CR: a following LF belongs to the same line break. */
  #afterCr = false;

  /** Feed the next chunk; returns the records completed by it. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    for (const ch of chunk) {
      const crlf = this.#afterCr && ch === '\n';
      this.#afterCr = ch === '\r';
      if (this.#state === QUOTED) {
        if (ch === '"') this.#state = QUOTE_IN_QUOTED;
        else {
          if ((ch === '\n' && !crlf) || ch === '\r') this.#line++;
          this.#field += ch;
        }
      } else if (this.#state === QUOTE_IN_QUOTED && ch === '"') {
        this.#field += '"';
        this.#state = QUOTED;
      } else if (this.#state === FIELD_START && ch === '"') {
        this.#state = QUOTED;
      } else if (ch === ',') {
        this.#fields.push(this.#field);
        this.#field = '';
        this.#state = FIELD_START;
      } else if (ch === '\n' || ch === '\r') {
        if (crlf) continue;
        this.#endRecord(out);
        this.#line++;
        this.#recordLine = this.#line;
      } else {
        // `"abc"def` or `ab"c`: keep the text rather than reject the row, as spreadsheets do.
        this.#field += ch;
        this.#state = UNQUOTED;
      }
    }
    return out;
  }

  /** End of input: the last record (when the text does not end in a newline). */
  end(): CsvRecord[] {
    if (this.#state === QUOTED) {
      throw new SourceError('csv', `unterminated quoted field starting on line ${this.#recordLine}`);
    }
    const out: CsvRecord[] = [];
    if (this.#state !== FIELD_START || this.#fields.length > 0) this.#endRecord(out);
    return out;
  }

  #endRecord(out: CsvRecord[]): void {
    this.#fields.push(this.#field);
    const fields = this.#fields;
    this.#fields = [];
    this.#field = '';
    this.#state = FIELD_START;
    // A blank line is one empty field: not a record.
    if (!(fields.length === 1 && fields[0] === '')) out.push({ line: this.#recordLine, fields });
  }
}

/** A whole CSV text → records. */
export function parseCsv(text: string): CsvRecord[] {
  const parser = new CsvParser();
  return [...parser.push(text), ...parser.end()];
}
