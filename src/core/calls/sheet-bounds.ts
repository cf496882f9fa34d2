import { Unzip, UnzipInflate } from 'fflate';
import { JurydeskError } from '../errors';

/**
 * What a spreadsheet of applications may hold, checked before and while it is read (docs/SECURITY.md, "Every input
 * bounded"): a national call is ten thousand rows of a few dozen columns; a cell holds at most what Excel lets one
 * hold. A workbook is a zip of XML: its parts are inflated once, counting, before any library parses them.
 */
export const SHEET_LIMITS = {
  fileBytes: 64 * 1024 * 1024,
  /** The workbook's XML once inflated, all parts together. */
  xmlBytes: 256 * 1024 * 1024,
  rows: 100_000,
  columns: 500,
  /** Excel's own limit for one cell. */
  cellCharacters: 32_767,
  sharedStrings: 2_000_000,
} as const;

export type SheetLimits = { readonly [Limit in keyof typeof SHEET_LIMITS]: number };

const FEED_BYTES = 4096;

export function checkSheetSize(path: string, bytes: number): void {
  if (bytes > SHEET_LIMITS.fileBytes) throw tooLarge(path, 'sheet-file-bytes', SHEET_LIMITS.fileBytes);
}

export function tooLarge(path: string, what: string, limit: number): JurydeskError {
  return new JurydeskError('sheet.too-large', { path, what: `@${what}`, limit });
}

/** The longest tag counted, less one: what of a piece is kept to find a tag cut between it and the next. */
const TAIL = '<row'.length;

/** Matches of `pattern` in `joined` that end past its first `counted` characters, which were counted before. */
function newMatches(pattern: RegExp, joined: string, counted: number): number {
  let found = 0;
  for (const match of joined.matchAll(pattern)) if (match.index + match[0].length > counted) found++;
  return found;
}

/** Counts in a part's text as it streams: rows, shared strings, and the longest text between two tags. */
export class PartScanner {
  rows = 0;
  strings = 0;
  longestText = 0;
  private run = 0;
  private tail = '';

  scan(text: string): void {
    const joined = this.tail + text;
    this.rows += newMatches(/<row[\s>]/g, joined, this.tail.length);
    this.strings += newMatches(/<si[\s>]/g, joined, this.tail.length);
    for (const character of text) {
      this.run = character === '<' || character === '>' ? 0 : this.run + 1;
      this.longestText = Math.max(this.longestText, this.run);
    }
    this.tail = joined.slice(-TAIL);
  }
}

/**
 * Inflates every XML part of a workbook once, without keeping it, and refuses a workbook larger than the limits
 * say: its XML, its rows, its shared strings, its longest cell. Declared sizes are not trusted: bytes are counted.
 */
export function checkWorkbookBounds(bytes: Uint8Array, path: string, limits: SheetLimits = SHEET_LIMITS): void {
  let total = 0;
  let refusal: JurydeskError | null = null;
  const refuse = (what: string, limit: number) => {
    refusal ??= tooLarge(path, what, limit);
  };
  const unzipper = new Unzip((file) => {
    if (!file.name.endsWith('.xml')) return;
    const scanner = new PartScanner();
    const decoder = new TextDecoder();
    file.ondata = (error, chunk) => {
      if (refusal) return;
      // Damaged data: said so by the catch below, as any other error of the inflater.
      if (error) throw error;
      total += chunk.length;
      if (total > limits.xmlBytes) return refuse('sheet-xml-bytes', limits.xmlBytes);
      scanner.scan(decoder.decode(chunk, { stream: true }));
      if (scanner.rows > limits.rows) refuse('sheet-rows', limits.rows);
      else if (scanner.strings > limits.sharedStrings) refuse('sheet-shared-strings', limits.sharedStrings);
      // Escaped, a character takes up to six (`&quot;`): the exact length is checked once the cells are read.
      else if (scanner.longestText > limits.cellCharacters * 6) refuse('sheet-cell-characters', limits.cellCharacters);
    };
    file.start();
  });
  unzipper.register(UnzipInflate);
  try {
    // Fed in small pieces, and no more once refused: deflate expands a thousandfold, so a refusal stops the work
    // within a few megabytes (stopping a part is up to the feeding here: fflate's synchronous inflater cannot).
    for (let at = 0; at < bytes.length && !refusal; at += FEED_BYTES)
      unzipper.push(bytes.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= bytes.length);
  } catch {
    throw new JurydeskError('sheet.unreadable-xlsx', { path });
  }
  if (refusal) throw refusal;
}
