// Startup time: `krait -c pass` against `node -e 0` (the bar: at most 1.6x),
// median wall time of N runs each (default 11), runs interleaved so that a
// change in machine load affects both alike.
//
//   node bench/startup.mjs [N] [-- krait args...]
//
// KRAIT_BIN overrides the krait entry (default bin/krait, run as an
// executable like a user would: `./bin/krait -c pass`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const dd = argv.indexOf('--');
const n = Number((dd < 0 ? argv : argv.slice(0, dd))[0] ?? 11);
const kraitArgs = dd < 0 ? ['-c', 'pass'] : argv.slice(dd + 1);
const krait = process.env.KRAIT_BIN ?? join(ROOT, 'bin', 'krait');

function time(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const t1 = process.hrtime.bigint();
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return Number(t1 - t0) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// One warm-up run each (file cache, krait's compile cache).
time(process.execPath, ['-e', '0']);
time(krait, kraitArgs);
const base = [], ours = [];
for (let i = 0; i < n; i++) {
  base.push(time(process.execPath, ['-e', '0']));
  ours.push(time(krait, kraitArgs));
}
const b = median(base), k = median(ours);
console.log(`node -e 0:            median ${b.toFixed(1)} ms  (min ${Math.min(...base).toFixed(1)})`);
console.log(`krait ${kraitArgs.join(' ')}:`.padEnd(22) + ` median ${k.toFixed(1)} ms  (min ${Math.min(...ours).toFixed(1)})`);
console.log(`ratio: ${(k / b).toFixed(2)} (bar: 1.60)`);
