/** The oldest Node.js aslc runs on: type stripping of `.ts` workflow modules on by default. */
export const MINIMUM_NODE = [22, 18] as const;

/**
 * Why this Node.js cannot run aslc, in one sentence that says what to do, or undefined when it
 * can.
 *
 * @example
 * ```ts
 * nodeVersionProblem('20.20.2'); // 'aslc needs Node.js 22.18 or later; this is Node.js 20.20.2. …'
 * nodeVersionProblem('24.1.0'); // undefined
 * ```
 */
export function nodeVersionProblem(version: string): string | undefined {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  const [needMajor, needMinor] = MINIMUM_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  return (
    `aslc needs Node.js ${needMajor}.${needMinor} or later; this is Node.js ${version}. ` +
    'Install a current Node.js (https://nodejs.org/en/download, or `nvm install 24`), ' +
    'or add one to this project with `npm install --save-dev node@24`, which npm scripts and npx then use.'
  );
}
