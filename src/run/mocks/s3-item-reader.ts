import { isJsonObject } from '../../util/json.ts';
import { resolvePointer } from '../../util/json-pointer.ts';

/** What a Distributed Map's ItemReader asks for (the interpreter's `ItemReaderHandler` request). */
export interface ItemReadRequest {
  readonly stateName: string;
  readonly resource: string;
  /** The evaluated `Parameters` / `Arguments` (`Bucket`, `Key` or `Prefix`). */
  readonly arguments: unknown;
  /** `ReaderConfig` (`InputType`, `CSVHeaderLocation`, `CSVHeaders`, `CSVDelimiter`, `ItemsPointer`). */
  readonly readerConfig: unknown;
}

const DELIMITERS: Readonly<Record<string, string>> = {
  COMMA: ',',
  PIPE: '|',
  SEMICOLON: ';',
  SPACE: ' ',
  TAB: '\t',
};

/**
 * Turns an S3 object's text into Map items the way a Distributed Map's `ItemReader` does for
 * `InputType` `JSON` (an array, or the array at `ItemsPointer`), `JSONL` (one value per line) and
 * `CSV` (a header row, or `CSVHeaders` with `CSVHeaderLocation: GIVEN`; every value a string).
 * Other input types throw.
 *
 * @example
 * ```ts
 * parseItems('a,b\n1,2\n', { InputType: 'CSV' }); // [{ a: '1', b: '2' }]
 * ```
 */
export function parseItems(body: string, readerConfig: unknown): unknown[] {
  const config = isJsonObject(readerConfig) ? readerConfig : {};
  const type = config['InputType'] ?? 'JSON';
  if (type === 'JSON') {
    const value = JSON.parse(body) as unknown;
    const pointer = config['ItemsPointer'];
    const items = typeof pointer === 'string' ? resolvePointer(value, pointer) : value;
    if (!Array.isArray(items)) throw new Error('the JSON object does not hold an array of items');
    return items;
  }
  if (type === 'JSONL') {
    return body
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as unknown);
  }
  if (type === 'CSV') {
    const delimiter = DELIMITERS[String(config['CSVDelimiter'] ?? 'COMMA')] ?? ',';
    const rows = parseCsv(body, delimiter);
    const given = config['CSVHeaderLocation'] === 'GIVEN';
    const headers = given
      ? ((config['CSVHeaders'] as string[] | undefined) ?? [])
      : (rows.shift() ?? []);
    return rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ''])));
  }
  throw new Error(`InputType ${String(type)} is not supported by the in-memory S3`);
}

/** Splits CSV text into rows of fields (double quotes may enclose delimiters, newlines and "" escapes). */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}
