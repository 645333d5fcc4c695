import { childPointer } from '../model/pointer.ts';
import { isJsonObject } from '../../util/json.ts';
import { hasPlaceholder } from '../syntax/placeholders.ts';
import type { Rule } from './rule.ts';

/** Maximum length of a Distributed Map Label (§1.3). */
const MAX_LABEL_LENGTH = 40;

// whitespace, brackets, wildcards, special characters and control characters (CDK's rule)
// eslint-disable-next-line no-control-regex
const LABEL_FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/u;

/** Fields that only a Distributed Map uses. */
const DISTRIBUTED_ONLY = [
  'ItemReader',
  'ItemBatcher',
  'ResultWriter',
  'Label',
  'ToleratedFailureCount',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentage',
  'ToleratedFailurePercentagePath',
];

/**
 * Distributed Map rules (§1.3): the Label is unique and at most 40 characters without
 * whitespace or special characters; Distributed-only fields on an inline Map and the processor's ExecutionType
 * (required for DISTRIBUTED, meaningless for INLINE) are warnings, AWS's behaviour being
 * unconfirmed. (Tolerated failure ranges are in the schema; ItemReader vs ItemsPath is in
 * exclusive-fields.)
 */
export const distributedMapRule: Rule = {
  name: 'distributed-map',
  codes: [
    'InvalidMapLabel',
    'DuplicateMapLabel',
    'DistributedMapOnlyField',
    'ProcessorExecutionType',
  ],
  description: 'Distributed Map Label, mode-specific fields and ExecutionType',
  check(ctx) {
    const labels = new Map<string, string>();
    for (const state of ctx.index.states) {
      if (state.type !== 'Map') continue;
      const label = state.node['Label'];
      if (typeof label === 'string') {
        const first = labels.get(label);
        if (first === undefined) labels.set(label, state.pointer);
        else {
          ctx.report(
            'DuplicateMapLabel',
            childPointer(state.pointer, 'Label'),
            `Map Label '${label}' is also used at ${first}`,
            {
              stateInfo: state,
            },
          );
        }
      }
      if (typeof label === 'string' && !(ctx.options.allowPlaceholders && hasPlaceholder(label))) {
        const length = [...label].length;
        const problem =
          length === 0
            ? 'must not be empty'
            : length > MAX_LABEL_LENGTH
              ? `is ${length} characters long; the maximum is ${MAX_LABEL_LENGTH}`
              : LABEL_FORBIDDEN.test(label)
                ? 'must not contain whitespace, brackets, wildcards or the characters " # % \\ ^ | ~ ` $ & , ; : /'
                : undefined;
        if (problem !== undefined) {
          ctx.report(
            'InvalidMapLabel',
            childPointer(state.pointer, 'Label'),
            `Map Label '${label}' ${problem}`,
            {
              stateInfo: state,
            },
          );
        }
      }
      const processorKey = state.node['ItemProcessor'] !== undefined ? 'ItemProcessor' : 'Iterator';
      const processor = state.node[processorKey];
      const config = isJsonObject(processor) ? processor['ProcessorConfig'] : undefined;
      const mode = isJsonObject(config) ? config['Mode'] : undefined;
      const distributed = mode === 'DISTRIBUTED';
      if (!distributed) {
        for (const f of DISTRIBUTED_ONLY) {
          if (state.node[f] === undefined) continue;
          ctx.report(
            'DistributedMapOnlyField',
            childPointer(state.pointer, f),
            `Field '${f}' is only used by a Distributed Map, but this Map is inline`,
            { stateInfo: state, hint: `set ${processorKey}.ProcessorConfig.Mode to DISTRIBUTED` },
          );
        }
      }
      if (!isJsonObject(config)) continue;
      const configPointer = childPointer(state.pointer, processorKey, 'ProcessorConfig');
      if (distributed && config['ExecutionType'] === undefined) {
        ctx.report(
          'ProcessorExecutionType',
          configPointer,
          'A DISTRIBUTED processor should set ExecutionType (STANDARD or EXPRESS)',
          {
            stateInfo: state,
          },
        );
      } else if (!distributed && config['ExecutionType'] !== undefined) {
        ctx.report(
          'ProcessorExecutionType',
          childPointer(configPointer, 'ExecutionType'),
          'ExecutionType only applies to a DISTRIBUTED processor',
          {
            stateInfo: state,
          },
        );
      }
    }
  },
};
