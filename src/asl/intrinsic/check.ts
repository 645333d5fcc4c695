/**
 * The checks of a parsed intrinsic call that go beyond syntax: function names, argument counts,
 * literal arguments AWS refuses, nesting depth (≤ 10), and the subset a Fail state accepts. The
 * DSL, the validator and the interpreter all apply them.
 */
import { MAX_ARRAY_RANGE_ITEMS, MAX_INTRINSIC_NESTING } from '../quotas.ts';
import type { IntrinsicArg, IntrinsicCall } from './ast.ts';
import {
  FAIL_PATH_INTRINSICS as FAIL_PATHS,
  HASH_ALGORITHMS,
  INTRINSIC_ARITY,
  INTRINSIC_FUNCTIONS,
} from './functions.ts';

const ARITY: Readonly<Record<string, readonly [number, number]>> = INTRINSIC_ARITY;

/** The intrinsics a Fail state's ErrorPath/CausePath accept, as a set. */
export const FAIL_PATH_INTRINSIC_SET: ReadonlySet<string> = new Set(FAIL_PATHS);

/** A problem found in a call that parsed. */
export interface IntrinsicProblem {
  /** The diagnostic code the problem is reported under. */
  readonly code: 'InvalidIntrinsic' | 'IntrinsicNotAllowed' | 'IntrinsicFormatArguments';
  readonly message: string;
  /** Warnings are for rules AWS may only enforce at run time. */
  readonly severity: 'error' | 'warning';
  /**
   * `structure`: the call cannot be evaluated (unknown name, argument count, nesting, a
   * function the field does not allow); `literal`: a literal argument AWS's function refuses
   * when it runs (States.IntrinsicFailure), which the validator and the DSL report early.
   */
  readonly kind: 'structure' | 'literal';
}

/**
 * Checks names, arity, literal arguments and nesting depth of a parsed call (and of the calls
 * nested in it). `allowed` restricts the function names (the Fail state's ErrorPath subset).
 *
 * @example
 * ```ts
 * const r = parseIntrinsic('States.UUID(1)');
 * if (r.ok) checkIntrinsic(r.call); // [{ message: 'States.UUID takes no arguments, got 1', … }]
 * ```
 */
export function checkIntrinsic(
  call: IntrinsicCall,
  allowed?: ReadonlySet<string>,
): IntrinsicProblem[] {
  const problems: IntrinsicProblem[] = [];
  const visit = (c: IntrinsicCall, depth: number): void => {
    if (depth === MAX_INTRINSIC_NESTING + 1) {
      problems.push({
        code: 'InvalidIntrinsic',
        severity: 'error',
        kind: 'structure',
        message: `intrinsic calls are nested more than ${MAX_INTRINSIC_NESTING} deep`,
      });
    }
    checkOne(c, allowed, problems);
    for (const a of c.args) if (a.kind === 'call') visit(a.call, depth + 1);
  };
  visit(call, 1);
  return problems;
}

function checkOne(
  call: IntrinsicCall,
  allowed: ReadonlySet<string> | undefined,
  problems: IntrinsicProblem[],
): void {
  const arity = ARITY[call.name];
  if (arity === undefined) {
    const near = (INTRINSIC_FUNCTIONS as readonly string[]).find(
      (n) => n.toLowerCase() === call.name.toLowerCase(),
    );
    problems.push({
      code: 'InvalidIntrinsic',
      severity: 'error',
      kind: 'structure',
      message:
        `unknown intrinsic function '${call.name}'` +
        (near === undefined ? '' : ` (names are case-sensitive: did you mean '${near}'?)`),
    });
    return;
  }
  if (allowed !== undefined && !allowed.has(call.name)) {
    problems.push({
      code: 'IntrinsicNotAllowed',
      severity: 'error',
      kind: 'structure',
      message: `'${call.name}' is not allowed here; use one of ${[...allowed].join(', ')}`,
    });
  }
  const [min, max] = arity;
  const n = call.args.length;
  if (n < min || n > max) {
    const expected =
      min === max
        ? `${min} argument${min === 1 ? '' : 's'}`
        : max === Infinity
          ? `at least ${min} argument${min === 1 ? '' : 's'}`
          : `${min} to ${max} arguments`;
    problems.push({
      code: 'InvalidIntrinsic',
      severity: 'error',
      kind: 'structure',
      message:
        max === 0
          ? `${call.name} takes no arguments, got ${n}`
          : `${call.name} takes ${expected}, got ${n}`,
    });
    return;
  }
  const arg = (i: number): IntrinsicArg | undefined => call.args[i];
  const a1 = arg(1);
  const a2 = arg(2);
  if (
    call.name === 'States.Hash' &&
    a1?.kind === 'string' &&
    !(HASH_ALGORITHMS as readonly string[]).includes(a1.value)
  ) {
    problems.push({
      code: 'InvalidIntrinsic',
      severity: 'error',
      kind: 'literal',
      message: `States.Hash algorithm '${a1.value}' is not one of ${HASH_ALGORITHMS.join(', ')}`,
    });
  }
  if (
    call.name === 'States.JsonMerge' &&
    a2 !== undefined &&
    a2.kind !== 'path' &&
    a2.kind !== 'call'
  ) {
    if (!(a2.kind === 'boolean' && !a2.value)) {
      problems.push({
        code: 'InvalidIntrinsic',
        severity: 'error',
        kind: 'literal',
        message: 'the third argument of States.JsonMerge must be false (only shallow merges exist)',
      });
    }
  }
  if (call.name === 'States.ArrayRange') {
    const [s, e, st] = call.args;
    if (s?.kind === 'number' && e?.kind === 'number' && st?.kind === 'number') {
      if (st.value === 0) {
        problems.push({
          code: 'InvalidIntrinsic',
          severity: 'error',
          kind: 'literal',
          message: 'States.ArrayRange step must not be 0',
        });
      } else if (Math.floor((e.value - s.value) / st.value) + 1 > MAX_ARRAY_RANGE_ITEMS) {
        problems.push({
          code: 'InvalidIntrinsic',
          severity: 'error',
          kind: 'literal',
          message: `States.ArrayRange would produce more than ${MAX_ARRAY_RANGE_ITEMS.toLocaleString('en-US')} items`,
        });
      }
    }
  }
  const a0 = arg(0);
  if (call.name === 'States.Format' && a0?.kind === 'string') {
    const slots = formatSlots(a0.raw);
    if (slots !== n - 1) {
      problems.push({
        code: 'IntrinsicFormatArguments',
        severity: 'warning',
        kind: 'literal',
        message: `States.Format template has ${slots} '{}' placeholder${slots === 1 ? '' : 's'} but ${n - 1} value${n - 1 === 1 ? '' : 's'}`,
      });
    }
  }
}

/**
 * The number of `{}` placeholders of a States.Format template as written (escapes intact:
 * `\{}` is a literal brace, `\\{}` a backslash and a placeholder).
 *
 * @example
 * ```ts
 * formatSlots('{} and \\{}'); // 1
 * ```
 */
export function formatSlots(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') i++;
    else if (c === '{' && raw[i + 1] === '}') {
      n++;
      i++;
    }
  }
  return n;
}
