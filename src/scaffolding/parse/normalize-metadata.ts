import { pyStr } from '../python/py-repr.ts';
import { setOwn } from '../../util/json.ts';
import { isPlainObject, plainNumber } from '../python/raw-number.ts';
import { child, laxBool, listOf, mapOf, normalizeObject, type Normalizer } from './normalize.ts';

/** Python `isinstance(v, (str, int))` for a JSON value (`bool` is an `int` in Python). */
function isStrOrInt(v: unknown): v is string | number | boolean {
  return (
    typeof v === 'string' ||
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isInteger(v))
  );
}

/**
 * The deprecated `tag` key (core's `sanitize_tags`): a string, an int, or a list of them;
 * comma-separated items, `k=v` or a bare `k` meaning `k=k`. Other shapes are ignored.
 */
function tagsFromDeprecated(tag: unknown): Record<string, string> {
  const items = isStrOrInt(tag) ? [tag] : tag;
  if (!Array.isArray(items) || !items.every((t) => isStrOrInt(t))) return {};
  const out: Record<string, string> = {};
  for (const item of items) {
    for (const part of pyStr(item).split(',')) {
      const eq = part.indexOf('=');
      if (eq < 0) setOwn(out, part, part);
      else setOwn(out, part.slice(0, eq), part.slice(eq + 1));
    }
  }
  return out;
}

/**
 * `DemandExecutionMetadata`: merges the deprecated `tag` into `tags` (`tags` wins), rejects a
 * present `tags` that is not an object (P7), then the fields.
 *
 * @example
 * ```ts
 * const ctx = { aliases: new Map(), issues: [] };
 * normalizeMetadata({ tag: 'a,b=c' }, { ptr: '', orig: '' }, ctx); // { tags: { a: 'a', b: 'c' } }
 * ```
 */
export const normalizeMetadata: Normalizer = (value, at, ctx) => {
  if (!isPlainObject(value)) return plainNumber(value);
  const raw: Record<string, unknown> = { ...value };
  let fromTag: Record<string, string> = {};
  if (Object.hasOwn(raw, 'tag')) {
    fromTag = tagsFromDeprecated(plainNumber(raw['tag']));
    delete raw['tag'];
  }
  if (Object.hasOwn(raw, 'tags')) {
    const tags = raw['tags'];
    if (isPlainObject(tags)) raw['tags'] = { ...fromTag, ...tags };
    else {
      ctx.issues.push({
        path: child(at, 'tags').orig,
        code: 'InvalidTags',
        message: `expected an object of tag names to values, got ${tags === null ? 'null' : Array.isArray(tags) ? 'an array' : typeof plainNumber(tags)}`,
      });
      delete raw['tags'];
    }
  } else if (Object.keys(fromTag).length > 0) raw['tags'] = fromTag;
  return normalizeObject(raw, at, ctx, [
    { name: 'user', optional: true },
    { name: 'arn', optional: true },
    { name: 'tags', optional: true, normalize: mapOf() },
    { name: 'notify_on', optional: true, normalize: mapOf(laxBool) },
    { name: 'notify_list', optional: true, normalize: listOf() },
  ]);
};
