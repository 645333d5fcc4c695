import type { Rule } from './rule.ts';

/** The definition size quota: 1 MB (spec/asl.md §1.11). */
const MAX_DEFINITION_BYTES = 1024 * 1024;

/** The definition, as submitted, is at most 1 MB of UTF-8. */
export const definitionSizeRule: Rule = {
  name: 'definition-size',
  codes: ['DefinitionTooLarge'],
  description: 'the definition is at most 1 MB (UTF-8 bytes)',
  check(ctx) {
    const bytes =
      ctx.options.definitionBytes ??
      Buffer.byteLength(JSON.stringify(ctx.definition) ?? '', 'utf8');
    if (bytes <= MAX_DEFINITION_BYTES) return;
    ctx.report(
      'DefinitionTooLarge',
      '',
      `The definition is ${bytes} bytes; the maximum is ${MAX_DEFINITION_BYTES} (1 MB)`,
      {
        hint: 'move large constants out of the definition, or split it with nested state machines',
      },
    );
  },
};
