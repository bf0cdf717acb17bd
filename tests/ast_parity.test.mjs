// Stdlib AST parity against the ledger (see scripts/ast-parity.mjs).
// Fails on a file that differs but is not in tests/ast_parity_ledger.txt (a
// regression) and on a ledger entry that now matches (the ledger must stay
// true: run `node scripts/ast-parity.mjs --update-ledger`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runParity, readLedger, stdlibRoot } from '../scripts/ast-parity.mjs';

const skip = stdlibRoot() === null ? 'python3 not found: the stdlib AST parity check needs it' : false;

test('stdlib AST parity matches the ledger', { skip, timeout: 110_000 }, async () => {
  const r = await runParity();
  const ledger = readLedger();
  const regressions = [...r.failures].filter(([rel]) => !ledger.has(rel)).map(([rel, why]) => `${rel} ${why}: ${r.details.get(rel)}`);
  const fixed = [...ledger.keys()].filter((rel) => !r.failures.has(rel));
  const same = r.total - r.failures.size;
  console.log(`ast parity: ${same}/${r.total} files identical (${((100 * same) / r.total).toFixed(1)}%)`);
  assert.deepEqual(regressions, [], `files that differ from CPython but are not in the ledger:\n${regressions.join('\n')}`);
  assert.deepEqual(fixed, [], `ledger entries that now match CPython (run node scripts/ast-parity.mjs --update-ledger):\n${fixed.join('\n')}`);
});
