import { subObject } from '../model/fields.ts';
import type { StateInfo } from '../model/machine-index.ts';
import type { Rule, RuleContext } from './rule.ts';

/**
 * Pairs checked in every query language. ItemReader with ItemsPath is not one: AWS accepts it
 * (LocalStack's AWS-validated `test_map_item_reader_base_json_with_items_path`, 2025-01), although
 * AWS CDK refuses it at synth time.
 */
const ALWAYS: Record<string, readonly (readonly [string, string])[]> = {
  Map: [['Iterator', 'ItemProcessor']],
};

/** Pairs checked in JSONPath states (in JSONata the `…Path` field is already an error). */
const JSONPATH: Record<string, readonly (readonly [string, string])[]> = {
  Task: [
    ['TimeoutSeconds', 'TimeoutSecondsPath'],
    ['HeartbeatSeconds', 'HeartbeatSecondsPath'],
  ],
  Map: [
    ['MaxConcurrency', 'MaxConcurrencyPath'],
    ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
    ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
    ['Parameters', 'ItemSelector'],
  ],
  Fail: [
    ['Error', 'ErrorPath'],
    ['Cause', 'CausePath'],
  ],
};

function checkPairs(
  ctx: RuleContext,
  state: StateInfo,
  node: Record<string, unknown>,
  pointer: string,
  pairs: readonly (readonly [string, string])[] | undefined,
): void {
  for (const [a, b] of pairs ?? []) {
    if (node[a] !== undefined && node[b] !== undefined) {
      ctx.report(
        'ExclusiveFields',
        pointer,
        `There should only be one of the following fields: [${a}, ${b}]`,
        {
          stateInfo: state,
        },
      );
    }
  }
}

/**
 * Fields that exclude each other: a value and its `…Path` twin (TimeoutSeconds, MaxConcurrency,
 * ToleratedFailure*, ItemBatcher and ReaderConfig limits, Fail Error/Cause), Iterator and
 * ItemProcessor, Parameters and ItemSelector.
 */
export const exclusiveFieldsRule: Rule = {
  name: 'exclusive-fields',
  codes: ['ExclusiveFields'],
  description: 'a field and its …Path twin (and other exclusive pairs) are not used together',
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.type === undefined) continue;
      const type = state.type;
      const own = (table: typeof ALWAYS): readonly (readonly [string, string])[] | undefined =>
        Object.hasOwn(table, type) ? table[type] : undefined;
      checkPairs(ctx, state, state.node, state.pointer, own(ALWAYS));
      if (state.queryLanguage !== 'JSONPath') continue;
      checkPairs(ctx, state, state.node, state.pointer, own(JSONPATH));
      if (state.type !== 'Map') continue;
      const batcher = subObject(state.node, state.pointer, 'ItemBatcher');
      if (batcher) {
        checkPairs(ctx, state, batcher.node, batcher.pointer, [
          ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'],
          ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'],
        ]);
      }
      const reader = subObject(state.node, state.pointer, 'ItemReader');
      const config = reader && subObject(reader.node, reader.pointer, 'ReaderConfig');
      if (config)
        checkPairs(ctx, state, config.node, config.pointer, [['MaxItems', 'MaxItemsPath']]);
    }
  },
};
