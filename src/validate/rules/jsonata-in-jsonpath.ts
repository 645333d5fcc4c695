import { payloadFields } from '../model/fields.ts';
import { forEachString } from '../model/payload.ts';
import { isJsonataString } from '../syntax/jsonata.ts';
import type { Rule } from './rule.ts';

/** A `{% … %}` string in a JSONPath state's payload is passed as a plain string (warning). */
export const jsonataInJsonPathRule: Rule = {
  name: 'jsonata-in-jsonpath',
  codes: ['JsonataInJsonPathState'],
  description: 'warns about {% %} strings in JSONPath states, where they are not evaluated',
  check(ctx) {
    for (const f of payloadFields(ctx.index)) {
      forEachString(f.value, f.pointer, (value, pointer) => {
        if (!isJsonataString(value)) return;
        ctx.report(
          'JsonataInJsonPathState',
          pointer(),
          'This JSONata expression is in a JSONPath state, where it is a plain string',
          {
            stateInfo: f.state,
            hint: 'set "QueryLanguage": "JSONata" on the state',
          },
        );
      });
    }
  },
};
