/**
 * Bundle sizes from the built extension: the content script(s) and CSS the manifest injects into every
 * page (with the main file the injected entry imports at once), and any script the extension can load
 * later (web-accessible .js, e.g. a lazily loaded popover).
 * Raw bytes and gzip (zlib, level 9). With a second argument, also the size of the extension's zip
 * (what a store receives). Writes bench/tmp/sizes.json.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function sizeOf(dir: string, file: string): FileSize {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const dir = process.argv[2] ?? '.output/chrome-mv3';
const zip = process.argv[3];
if (!existsSync(join(dir, 'manifest.json'))) {
  writeFileSync('bench/tmp/sizes.json', JSON.stringify({ status: 'missing', reason: `kein Build unter ${dir}` }));
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const injected: string[] = [...new Set<string>((manifest.content_scripts ?? []).flatMap((cs: { js?: string[] }) => cs.js ?? []))];
const injectedCss: string[] = [...new Set<string>((manifest.content_scripts ?? []).flatMap((cs: { css?: string[] }) => cs.css ?? []))];
const accessible: string[] = (manifest.web_accessible_resources ?? [])
  .flatMap((entry: { resources?: string[] }) => entry.resources ?? [])
  .filter((file: string) => /\.(js|css)$/.test(file) && existsSync(join(dir, file)));
// The content script's entry imports its main file at once (entrypoints/filmlupe.content): a
// web-accessible script an injected script names is part of every page's content script. The others
// (the popover, named only in the main file) load later.
const injectedSource = injected.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
const startedWith = accessible.filter((file) => !injected.includes(file) && injectedSource.includes(`/${file}`));
// WXT's `cssInjectionMode: 'ui'` ships content-scripts/<name>.css as a web-accessible file loaded into the shadow root.
const lazy = accessible.filter((file) => !injected.includes(file) && !startedWith.includes(file));

const contentScripts = [...injected, ...startedWith].map((file) => sizeOf(dir, file));
const result = {
  status: 'ok',
  contentScripts,
  contentCss: injectedCss.map((file) => sizeOf(dir, file)),
  lazy: lazy.map((file) => sizeOf(dir, file)),
  contentScriptGzip: contentScripts.reduce((sum, f) => sum + f.gzip, 0),
  contentScriptRaw: contentScripts.reduce((sum, f) => sum + f.raw, 0),
  zipBytes: zip && existsSync(zip) ? statSync(zip).size : null,
};
writeFileSync('bench/tmp/sizes.json', JSON.stringify(result, null, 2));
for (const f of [...result.contentScripts, ...result.contentCss, ...result.lazy]) {
  console.log(`sizes: ${f.file}: ${(f.raw / 1024).toFixed(1)} KB raw, ${(f.gzip / 1024).toFixed(1)} KB gzip`);
}
if (result.zipBytes !== null) console.log(`sizes: ${zip}: ${(result.zipBytes / 1024 / 1024).toFixed(2)} MB`);
