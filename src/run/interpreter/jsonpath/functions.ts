/**
 * The trailing path functions of Jayway JSONPath (`$.items.length()`, `$.prices.max()`, …).
 * They apply to what the path before them designates; an inapplicable function yields nothing.
 */

/**
 * Applies a path function; returns undefined when it does not apply.
 *
 * @example
 * ```ts
 * applyPathFunction('length', [1, 2, 3]); // 3
 * ```
 */
export function applyPathFunction(fn: string, value: unknown): unknown {
  switch (fn) {
    case 'length':
    case 'size':
      if (Array.isArray(value) || typeof value === 'string') return value.length;
      if (typeof value === 'object' && value !== null) return Object.keys(value).length;
      return undefined;
    case 'keys':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.keys(value)
        : undefined;
    case 'first':
      return Array.isArray(value) && value.length > 0 ? value[0] : undefined;
    case 'last':
      return Array.isArray(value) && value.length > 0 ? value[value.length - 1] : undefined;
    default:
      return numeric(fn, value);
  }
}

function numeric(fn: string, value: unknown): number | undefined {
  if (!Array.isArray(value)) return undefined;
  const nums = value.filter((v): v is number => typeof v === 'number');
  if (nums.length === 0) return undefined;
  const sum = nums.reduce((a, b) => a + b, 0);
  switch (fn) {
    case 'min':
      return Math.min(...nums);
    case 'max':
      return Math.max(...nums);
    case 'sum':
      return sum;
    case 'avg':
      return sum / nums.length;
    case 'stddev': {
      const mean = sum / nums.length;
      return Math.sqrt(nums.reduce((a, b) => a + (b - mean) ** 2, 0) / nums.length);
    }
    default:
      return undefined;
  }
}
