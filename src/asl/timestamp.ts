/**
 * Timestamps as Step Functions accepts them in Wait states and Choice rules: "Timestamps must
 * conform to the RFC3339 profile of ISO 8601, with the further restrictions that an uppercase T
 * must separate the date and time portions, and an uppercase Z must denote that a numeric time
 * zone offset is not present" (https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html),
 * and they must name a real date and time: LocalStack's recordings of AWS
 * (`test_base_scenarios.snapshot.json`, `test_wait_timestamp_path[INVALID_DATE|INVALID_TIME]`)
 * fail `2016-13-05T21:29:29Z` and `2016-12-05T25:29:29Z`.
 */

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The instant a timestamp designates, in nanoseconds since the epoch, or undefined when the
 * value is not a valid timestamp.
 *
 * @example
 * ```ts
 * parseTimestamp('1970-01-01T00:00:01Z'); // 1000000000n
 * parseTimestamp('2016-03-14 01:59:00'); // undefined
 * parseTimestamp('2016-02-30T00:00:00Z'); // undefined
 * ```
 */
export function parseTimestamp(text: unknown): bigint | undefined {
  if (typeof text !== 'string' || text.length > 64) return undefined;
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(
    Number,
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(ms);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const nanos = BigInt((m[7] ?? '').padEnd(9, '0'));
  return (BigInt(ms) - BigInt(offsetMinutes) * 60_000n) * 1_000_000n + nanos;
}

/**
 * True for a valid timestamp (`IsTimestamp`, Wait `Timestamp`).
 *
 * @example
 * ```ts
 * isTimestamp('2016-03-14T01:59:00Z'); // true
 * ```
 */
export function isTimestamp(text: unknown): boolean {
  return parseTimestamp(text) !== undefined;
}
