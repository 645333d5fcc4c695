/** The diff fixtures and what `aslc diff before after` prints for them. */
export const before = 'fixtures/diff/before.asl.json';
export const after = 'fixtures/diff/after.asl.json';
export const reformatted = 'fixtures/diff/before-reformatted.asl.json';

/** The change lines of `aslc diff before after`. */
export const expectedLines = [
  '~ /Comment: "Order workflow" → "Order workflow v2"',
  '~ /States/Fan out/Branches/0/States/Charge/TimeoutSeconds: 30 → 60',
  "→ transition 'Fan out'.Next: 'Record' → 'Notify'",
  "- state 'Legacy'",
  "+ state 'Notify' (Task)",
  "> renamed 'Failed' → 'Order failed'",
  '~ /States/Validate/Retry/0/MaxAttempts: 3 → 5',
];
