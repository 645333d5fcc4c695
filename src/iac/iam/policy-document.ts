import { pascalCase } from '../names.ts';

/**
 * IAM policy documents: the shape aslc writes (`{Version, Statement: [{Sid?, Effect, Action,
 * Resource}]}`), the grouping that turns derived permissions into statements, and a merge helper
 * that de-duplicates statements (so fragment-specific statements can join derived ones).
 */

/** One statement. `Action` and `Resource` are sorted, de-duplicated lists. */
export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: readonly string[];
  readonly Resource: readonly string[];
  /** Conditions (derived statements have none; fragment statements may). */
  readonly Condition?: Readonly<
    Record<string, Readonly<Record<string, string | readonly string[]>>>
  >;
}

/** A policy document. */
export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

/** Permission for some actions on some resources (before grouping). */
export interface Grant {
  readonly actions: readonly string[];
  readonly resources: readonly string[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compare);
}

/** `lambda` → `Lambda`, `emr-containers` → `EmrContainers`: a Sid-safe service label. */
function sidLabel(service: string): string {
  return pascalCase(service) || 'Statement';
}

/**
 * Groups grants into statements, deterministically: every action gets the union of the
 * resources granted for it (`*` absorbs the rest); actions are grouped by service prefix, and
 * within a service the actions with the same resources share one statement. Statements are
 * ordered by service, then by resources; `Sid`s are `<Service>`, `<Service>Group2`, ….
 *
 * @example
 * ```ts
 * policyFromGrants([{ actions: ['lambda:InvokeFunction'], resources: ['arn:aws:lambda:…:function:f'] }]);
 * // { Version: '2012-10-17', Statement: [{ Sid: 'Lambda', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: ['arn:aws:lambda:…:function:f'] }] }
 * ```
 */
export function policyFromGrants(grants: readonly Grant[]): PolicyDocument {
  const byAction = new Map<string, Set<string>>();
  for (const g of grants) {
    for (const action of g.actions) {
      let set = byAction.get(action);
      if (set === undefined) byAction.set(action, (set = new Set()));
      for (const r of g.resources) set.add(r);
    }
  }
  const byService = new Map<string, Map<string, { actions: string[]; resources: string[] }>>();
  for (const [action, set] of byAction) {
    if (set.size === 0) continue;
    const resources = set.has('*') ? ['*'] : sortedUnique(set);
    const service = action.includes(':') ? action.slice(0, action.indexOf(':')) : action;
    const key = JSON.stringify(resources);
    let groups = byService.get(service);
    if (groups === undefined) byService.set(service, (groups = new Map()));
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { actions: [action], resources });
    else group.actions.push(action);
  }
  const statements: PolicyStatement[] = [];
  for (const service of [...byService.keys()].sort(compare)) {
    const groups = byService.get(service) as Map<
      string,
      { actions: string[]; resources: string[] }
    >;
    const keys = [...groups.keys()].sort(compare);
    keys.forEach((key, i) => {
      const g = groups.get(key) as { actions: string[]; resources: string[] };
      statements.push({
        Sid: sidLabel(service) + (i === 0 ? '' : `Group${i + 1}`),
        Effect: 'Allow',
        Action: sortedUnique(g.actions),
        Resource: g.resources,
      });
    });
  }
  return { Version: '2012-10-17', Statement: statements };
}

/** JSON with object keys sorted, for comparing conditions. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort(compare);
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function statementKey(s: PolicyStatement): string {
  return JSON.stringify([
    s.Effect,
    sortedUnique(s.Action),
    sortedUnique(s.Resource),
    s.Condition === undefined ? null : sortedJson(s.Condition),
  ]);
}

/**
 * Merges policy documents: statements keep their order (documents in argument order); a
 * statement equal to an earlier one (same effect, actions, resources and conditions, whatever
 * its `Sid`) is dropped; a `Sid` already used gets a numeric suffix so `Sid`s stay unique. Actions and
 * resources are sorted and de-duplicated.
 *
 * @example
 * ```ts
 * declare const derivedPolicy: PolicyDocument, fragmentPolicy: PolicyDocument;
 * const merged = mergePolicyDocuments(derivedPolicy, fragmentPolicy);
 * ```
 */
export function mergePolicyDocuments(...documents: readonly PolicyDocument[]): PolicyDocument {
  const seen = new Set<string>();
  const sids = new Set<string>();
  const out: PolicyStatement[] = [];
  for (const doc of documents) {
    for (const s of doc.Statement) {
      const key = statementKey(s);
      if (seen.has(key)) continue;
      seen.add(key);
      const statement: { -readonly [K in keyof PolicyStatement]: PolicyStatement[K] } = {
        Effect: s.Effect,
        Action: sortedUnique(s.Action),
        Resource: sortedUnique(s.Resource),
      };
      if (s.Condition !== undefined) statement.Condition = s.Condition;
      if (s.Sid !== undefined) {
        let sid = s.Sid;
        for (let n = 2; sids.has(sid); n++) sid = `${s.Sid}${n}`;
        sids.add(sid);
        out.push({ Sid: sid, ...statement });
      } else {
        out.push(statement);
      }
    }
  }
  return { Version: '2012-10-17', Statement: out };
}
