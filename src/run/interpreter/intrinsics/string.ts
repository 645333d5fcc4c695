/**
 * String intrinsics: `States.StringSplit(text, delimiters)` splits on every character of the
 * delimiter string and drops empty pieces, as AWS does.
 */
import type { IntrinsicImpl } from './args.ts';
import { arity, str } from './args.ts';

/** `States.StringSplit`. */
export const stringSplit: IntrinsicImpl = (args) => {
  const FN = 'States.StringSplit';
  arity(FN, args, 2);
  const text = str(FN, args, 0);
  const delimiters = new Set(Array.from(str(FN, args, 1)));
  const out: string[] = [];
  let cur = '';
  for (const ch of Array.from(text)) {
    if (delimiters.has(ch)) {
      if (cur !== '') out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur !== '') out.push(cur);
  return out;
};
