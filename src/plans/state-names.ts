/**
 * Deterministic names: every state of a job is named `<key> <suffix>`, where the key is the
 * job's name, or, when the name is longer than {@link MAX_KEY_LENGTH} characters, its first
 * characters, `~` and 6 hex digits of a hash of the whole name (Metaflow's way). The longest
 * suffix aslc and the fragments append keeps every state name within ASL's 80 characters.
 */

/** Characters of a job's name kept in its state names (the rest of the 80 go to suffixes). */
export const MAX_KEY_LENGTH = 40;

/** Longest name of a state machine (AWS). */
export const MAX_MACHINE_NAME_LENGTH = 80;

/**
 * FNV-1a over UTF-16 code units, 32 bits, as 8 hex digits.
 *
 * @example
 * ```ts
 * nameHash('load-prices'); // 8 hex digits, the same on every run
 * ```
 */
export function nameHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The state-name key of a job name: the name with white space replaced by `_` (so that a key
 * never ends where another key's suffix begins: every suffix starts with a space), when that has
 * at most {@link MAX_KEY_LENGTH} characters (code points); else its first 33, `~` and 6 hex
 * digits of a hash of the name.
 *
 * @example
 * ```ts
 * stateKey('load-prices'); // 'load-prices'
 * stateKey('x'.repeat(100)).length; // 40
 * ```
 */
export function stateKey(name: string, salt = ''): string {
  const chars = [...name.replace(/\s/gu, '_')];
  if (chars.length <= MAX_KEY_LENGTH && salt === '') return chars.join('');
  return `${chars.slice(0, MAX_KEY_LENGTH - 7).join('')}~${nameHash(name + salt).slice(0, 6)}`;
}

/**
 * Keys for a list of distinct names, distinct themselves and from the keys in `taken` (which
 * receives them): a key that collides is hashed again with a salt, deterministically (first
 * come, first served).
 *
 * @example
 * ```ts
 * assignStateKeys(['a', 'b']).get('a'); // 'a'
 * ```
 */
export function assignStateKeys(
  names: Iterable<string>,
  taken: Set<string> = new Set<string>(),
): Map<string, string> {
  const keys = new Map<string, string>();
  for (const name of names) {
    let key = stateKey(name);
    for (let n = 1; taken.has(key); n++) key = stateKey(name, `#${n}`);
    taken.add(key);
    keys.set(name, key);
  }
  return keys;
}

/**
 * A state machine name from a base and a group name: letters, digits, `-` and `_` only, at most
 * 80 characters; a hash of the group name is added when characters had to be replaced or cut.
 *
 * @example
 * ```ts
 * childMachineName('nightly', 'risk models'); // 'nightly-risk-models-<6 hex>'
 * childMachineName('nightly', 'risk'); // 'nightly-risk'
 * ```
 */
export function childMachineName(base: string, group: string): string {
  const slug = group.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  const plain = `${base}-${slug}`;
  if (slug === group && plain.length <= MAX_MACHINE_NAME_LENGTH) return plain;
  const hash = nameHash(group).slice(0, 6);
  const room = MAX_MACHINE_NAME_LENGTH - base.length - hash.length - 2;
  const head = slug.slice(0, Math.max(0, room)).replace(/-+$/, '');
  return head === '' ? `${base}-${hash}` : `${base}-${head}-${hash}`;
}

/**
 * A machine base name from any text (a plan's name): letters, digits, `.`, `-` and `_`, starting
 * with a letter or digit, at most 40 characters (children append to it).
 *
 * @example
 * ```ts
 * machineBaseName('Nightly risk'); // 'Nightly-risk-<6 hex>'
 * ```
 */
export function machineBaseName(text: string): string {
  const slug = text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '');
  if (slug === text && slug.length <= 40 && slug !== '') return slug;
  const head = slug.slice(0, 33).replace(/-+$/, '');
  const hash = nameHash(text).slice(0, 6);
  return head === '' ? `plan-${hash}` : `${head}-${hash}`;
}
