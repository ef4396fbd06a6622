import { SourceError } from './errors.ts';

/** Bytes looked at to decide "is this text?": enough for any header, cheap on a 10 MB file. */
export const BINARY_SNIFF_BYTES = 8192;
/**
 * Share of control bytes (other than tab, newline, carriage return, form feed, escape) above which
 * a file is binary. Text has ~0; a PDF or ZIP without NULs in its first block still has > 10%.
 */
export const MAX_CONTROL_BYTE_RATIO = 0.1;
/** The HTML spec's prescan window for <meta charset>. */
export const META_CHARSET_SCAN_BYTES = 1024;

export type CharsetOrigin = 'option' | 'bom' | 'content-type' | 'meta' | 'default';

export interface Decoded {
  readonly text: string;
  /** WHATWG encoding name actually used ("utf-8", "windows-1252"). */
  readonly encoding: string;
  readonly origin: CharsetOrigin;
  readonly warnings: readonly string[];
}

interface Bom {
  readonly encoding: string;
  readonly length: number;
}

function detectBom(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Why these bytes are not text, or null when they look like text. A UTF-16 file (with its BOM) is
 * full of NULs yet text, so the BOM is checked first. Example: a PNG renamed "story.txt" starts
 * 89 50 4E 47 0D 0A 1A 0A 00 00 00 0D → "contains NUL bytes".
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const bom = detectBom(bytes);
  if (bom && bom.encoding !== 'utf-8') return null;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  if (n === 0) return null;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `contains NUL bytes (at byte ${i})`;
    // \t \n \f \r and ESC (ANSI colour codes in logs) are normal in text.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f)
      control++;
  }
  const ratio = control / n;
  if (ratio > MAX_CONTROL_BYTE_RATIO) {
    return `${Math.round(ratio * 100)}% of the first ${n} bytes are control characters`;
  }
  return null;
}

/** `text/html; charset="Windows-1252"` → "windows-1252". */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * The charset an HTML page declares in its first 1024 bytes: `<meta charset="windows-1252">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`. Read as latin1 so
 * any byte survives the look.
 */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, META_CHARSET_SCAN_BYTES)).toString('latin1');
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w:.-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

/** `<?xml version="1.0" encoding="ISO-8859-1"?>` → "iso-8859-1" (feeds declare their charset there). */
export function sniffXmlEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * WHATWG windows-1252 for bytes 0x80–0x9F (index = byte − 0x80). Node 20.18.3+ decodes
 * windows-1252 (and its aliases latin1, iso-8859-1, ascii) as ISO-8859-1, so 0x93 becomes the
 * control U+0093 instead of “ (nodejs/node#60888). Remapping those code points afterwards is
 * exact with or without the bug: a correct decoder leaves only 0x81, 0x8D, 0x8F, 0x90 and 0x9D as
 * C1 controls, and the table maps those to themselves.
 */
const WINDOWS_1252_C1: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

function makeDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

export interface DecodeOptions {
  /** An encoding the caller insists on (`--encoding`); an unknown label is an error. */
  readonly encoding?: string | null;
  /** The HTTP Content-Type header, for its charset parameter. */
  readonly contentType?: string | null;
  /** Look for <meta charset> (HTML only). */
  readonly sniffHtml?: boolean;
  /** Look at the <?xml encoding="…"?> declaration (feeds, OPML). */
  readonly sniffXml?: boolean;
  /** For messages. */
  readonly source?: string | null;
}

/**
 * Bytes → text. Trust order: the caller's encoding, a BOM, the Content-Type charset, an HTML
 * <meta charset>, else UTF-8. Invalid UTF-8 is decoded with U+FFFD replacement and reported as a
 * warning rather than refused: one stray latin1 "é" should not lose a whole article.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const warnings: string[] = [];
  const source = opts.source ?? null;
  let label: string | null = null;
  let origin: CharsetOrigin = 'default';

  if (opts.encoding) {
    if (!makeDecoder(opts.encoding)) {
      throw new SourceError('bad-encoding', `unknown encoding "${opts.encoding}"`, { source });
    }
    label = opts.encoding;
    origin = 'option';
  } else {
    const bom = detectBom(bytes);
    const candidates: Array<[string | null, CharsetOrigin]> = [
      [bom?.encoding ?? null, 'bom'],
      [charsetFromContentType(opts.contentType), 'content-type'],
      [opts.sniffHtml ? sniffMetaCharset(bytes) : null, 'meta'],
      [opts.sniffXml ? sniffXmlEncoding(bytes) : null, 'meta'],
    ];
    for (const [candidate, from] of candidates) {
      if (!candidate) continue;
      if (makeDecoder(candidate)) {
        label = candidate;
        origin = from;
        break;
      }
      warnings.push(`unknown charset "${candidate}" (from ${from}) ignored`);
    }
  }

  const decoder = makeDecoder(label ?? 'utf-8')!;
  const encoding = decoder.encoding;
  if (encoding === 'utf-8') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { text, encoding, origin, warnings };
    } catch {
      const text = decoder.decode(bytes);
      warnings.push(`invalid UTF-8: ${countReplacements(text)} byte sequence(s) replaced with U+FFFD`);
      return { text, encoding, origin, warnings };
    }
  }
  const text = decoder.decode(bytes);
  return { text: encoding === 'windows-1252' ? fixWindows1252(text) : text, encoding, origin, warnings };
}
