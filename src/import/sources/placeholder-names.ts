/**
 * Deploy-time placeholders of imported templates: CloudFormation references (`!Ref`,
 * `!GetAtt`, `${AWS::Region}` in `Fn::Sub`, …) and substitution keys become `${Name}` with a name
 * `placeholder()` accepts, and each name remembers what it stood for (shown in the module's
 * header, so the values can be bound again when the module is built).
 */
import { isPlaceholderName, MAX_PLACEHOLDER_NAME_LENGTH } from '../../asl/placeholder-name.ts';
import { isJsonObject } from '../../util/json.ts';

/** The placeholders of one imported definition, by name, with what each stands for. */
export class PlaceholderNames {
  readonly #byName = new Map<string, string>();
  readonly #byKey = new Map<string, string>();

  /** Name → what it stands for, in the order they were found. */
  get entries(): ReadonlyMap<string, string> {
    return this.#byName;
  }

  /**
   * The placeholder name for a source expression: the same for the same `key` (a reference's
   * text), a new unique name derived from `wanted` otherwise.
   */
  nameFor(key: string, wanted: string, description: string): string {
    const known = this.#byKey.get(key);
    if (known !== undefined) return known;
    const base = placeholderNameFrom(wanted);
    let name = base;
    for (let n = 2; this.#byName.has(name); n++)
      name = `${base.slice(0, MAX_PLACEHOLDER_NAME_LENGTH - 6)}_${n}`;
    this.#byKey.set(key, name);
    this.#byName.set(name, description);
    return name;
  }
}

/**
 * A name `placeholder()` accepts, derived from any text: `AWS::Region` → `AWSRegion`,
 * `ChargeFunction.Arn` → `ChargeFunctionArn`, `self:custom.table` → `selfCustomTable`.
 *
 * @example
 * ```ts
 * placeholderNameFrom('AWS::Partition'); // 'AWSPartition'
 * ```
 */
export function placeholderNameFrom(text: string): string {
  const words = text.split(/[^A-Za-z0-9_]+/).filter((w) => w !== '');
  let name = words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  if (!/^[A-Za-z]/.test(name)) name = `P${name}`;
  name = name.slice(0, MAX_PLACEHOLDER_NAME_LENGTH);
  return isPlaceholderName(name) ? name : 'Placeholder';
}

/**
 * A short, one-line description of a CloudFormation value (`!GetAtt Fn.Arn`).
 *
 * @example
 * ```ts
 * describeValue({ 'Fn::GetAtt': ['Fn', 'Arn'] }); // '!GetAtt Fn.Arn'
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value).slice(0, 160);
  if (isJsonObject(value)) {
    const keys = Object.keys(value);
    const [key] = keys;
    if (keys.length === 1 && key !== undefined) {
      const v = value[key];
      if (key === 'Ref' && typeof v === 'string') return `!Ref ${v}`;
      if (key === 'Fn::GetAtt' && Array.isArray(v)) return `!GetAtt ${v.map(String).join('.')}`;
      if (key === 'Fn::GetAtt' && typeof v === 'string') return `!GetAtt ${v}`;
      if (key === 'Fn::ImportValue' && typeof v === 'string') return `!ImportValue ${v}`;
    }
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = '(a value)';
  }
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * True for a CloudFormation intrinsic function object (`{ Ref: … }`, `{ 'Fn::Sub': … }`).
 *
 * @example
 * ```ts
 * isIntrinsicObject({ Ref: 'Table' }); // true
 * ```
 */
export function isIntrinsicObject(value: unknown): value is Record<string, unknown> {
  if (!isJsonObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 &&
    (keys[0] === 'Ref' || keys[0] === 'Condition' || (keys[0] as string).startsWith('Fn::'))
  );
}

/**
 * The name an intrinsic's placeholder should get (`ChargeFunctionArn` for its `!GetAtt`).
 *
 * @example
 * ```ts
 * wantedName({ 'Fn::GetAtt': ['Charge', 'Arn'] }); // 'ChargeArn'
 * ```
 */
export function wantedName(value: Record<string, unknown>): string {
  const [key] = Object.keys(value);
  const v = value[key as string];
  if (key === 'Ref' && typeof v === 'string') return v;
  if (key === 'Fn::GetAtt') return Array.isArray(v) ? v.map(String).join('') : String(v);
  if (key === 'Fn::ImportValue' && typeof v === 'string') return v;
  return 'Value';
}
