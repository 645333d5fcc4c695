/**
 * Encoding intrinsics: `States.Base64Encode` and `States.Base64Decode` (UTF-8, inputs up to
 * 10,000 characters).
 */
import type { IntrinsicImpl } from './args.ts';
import { arity, intrinsicFailure, str } from './args.ts';

const MAX = 10_000;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** `States.Base64Encode(text)`. */
export const base64Encode: IntrinsicImpl = (args) => {
  const FN = 'States.Base64Encode';
  arity(FN, args, 1);
  const text = str(FN, args, 0);
  if (text.length > MAX) throw intrinsicFailure(FN, `the input cannot exceed ${MAX} characters`);
  return Buffer.from(text, 'utf8').toString('base64');
};

/** `States.Base64Decode(base64)`. */
export const base64Decode: IntrinsicImpl = (args) => {
  const FN = 'States.Base64Decode';
  arity(FN, args, 1);
  const text = str(FN, args, 0);
  if (text.length > MAX) throw intrinsicFailure(FN, `the input cannot exceed ${MAX} characters`);
  if (!BASE64.test(text)) throw intrinsicFailure(FN, 'the input is not valid Base64');
  return Buffer.from(text, 'base64').toString('utf8');
};
