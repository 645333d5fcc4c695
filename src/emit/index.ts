/** Pure emitters: IR → ASL JSON. See src/emit/README.md. */
export { emitAsl, type EmitOptions } from './asl-emitter.ts';
export { emitValue, type EmitContext } from './value-emitter.ts';
export { intrinsicText } from './intrinsic-text.ts';
export { quoteFormatTemplate, quoteIntrinsicString } from '../asl/intrinsic/quote.ts';
export { serializeAsl } from './serialize.ts';
export { dollarBrace } from './placeholder-text.ts';
export {
  STATE_KEY_ORDER,
  MACHINE_KEY_ORDER,
  RETRIER_KEY_ORDER,
  CATCHER_KEY_ORDER,
} from './key-order.ts';
