// Bundles the TypeScript sources into dist/ with esbuild.
// Two entry points: the CLI (Node only) and the embeddable library (host-neutral).
import { build } from 'esbuild';

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/krait.mjs', platform: 'node' }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.mjs', platform: 'neutral' }),
]);
