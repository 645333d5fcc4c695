/**
 * aslc's canonical key order. Every emitted state lists its fields in this order (each state
 * type uses a subset): identity, then what the state reads, what it does, what it writes, how
 * it handles errors, and where it goes. The order is part of the golden-file contract: change it
 * only on purpose.
 */
export const STATE_KEY_ORDER = [
  'Type',
  'Comment',
  'QueryLanguage',
  'Resource',
  'Credentials',
  'InputPath',
  'Parameters',
  'Arguments',
  'Result',
  'Items',
  'ItemsPath',
  'ItemReader',
  'ItemSelector',
  'ItemBatcher',
  'MaxConcurrency',
  'MaxConcurrencyPath',
  'ToleratedFailureCount',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentage',
  'ToleratedFailurePercentagePath',
  'Label',
  'ItemProcessor',
  'Iterator',
  'ResultWriter',
  'Branches',
  'Choices',
  'Default',
  'Seconds',
  'SecondsPath',
  'Timestamp',
  'TimestampPath',
  'Error',
  'ErrorPath',
  'Cause',
  'CausePath',
  'TimeoutSeconds',
  'TimeoutSecondsPath',
  'HeartbeatSeconds',
  'HeartbeatSecondsPath',
  'ResultSelector',
  'ResultPath',
  'OutputPath',
  'Output',
  'Assign',
  'Retry',
  'Catch',
  'Next',
  'End',
] as const;

/** Top-level keys. */
export const MACHINE_KEY_ORDER = [
  'Comment',
  'Version',
  'QueryLanguage',
  'TimeoutSeconds',
  'StartAt',
  'States',
] as const;

/** Keys of a retrier. */
export const RETRIER_KEY_ORDER = [
  'ErrorEquals',
  'Comment',
  'IntervalSeconds',
  'MaxAttempts',
  'BackoffRate',
  'MaxDelaySeconds',
  'JitterStrategy',
] as const;

/** Keys of a catcher. */
export const CATCHER_KEY_ORDER = [
  'ErrorEquals',
  'Comment',
  'ResultPath',
  'Output',
  'Assign',
  'Next',
] as const;

/** Keys of a top-level Choice rule (after the condition's own keys). */
export const CHOICE_RULE_TAIL_ORDER = ['Comment', 'Output', 'Assign', 'Next'] as const;

const ranks = new Map<readonly string[], Map<string, number>>();

function rankOf(order: readonly string[]): Map<string, number> {
  let rank = ranks.get(order);
  if (rank === undefined) {
    rank = new Map(order.map((k, i) => [k, i]));
    ranks.set(order, rank);
  }
  return rank;
}

/**
 * Returns a copy of `fields` with its keys in the given order; undefined values and keys not in
 * the order are dropped. Sorting only the keys present keeps this cheap for sparse objects.
 */
export function ordered(
  fields: Record<string, unknown>,
  order: readonly string[],
): Record<string, unknown> {
  const rank = rankOf(order);
  const keys = Object.keys(fields).filter((k) => fields[k] !== undefined && rank.has(k));
  keys.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = fields[key];
  return out;
}
