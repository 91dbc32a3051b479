// Prints sample reports as a browser would, to look at the print stylesheet (the UI tests check
// the page breaks on every run, test/e2e/steps/printedReport.ts): renders each sample's
// report (results only) with the CLI from its saved outputs, prints it to PDF on A4 and on US
// Letter with headless Chromium, and saves pages as PNG in test/e2e/screenshots/ to look at:
//   node scripts/printReports.mjs      (after npm run build; needs chromium and pdftoppm)
// Chromium: $CHROMIUM_PATH or `chromium`; pdftoppm from poppler-utils.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const chromium = process.env.CHROMIUM_PATH || 'chromium';
const shots = path.resolve('test/e2e/screenshots');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'crm-print-'));
mkdirSync(shots, { recursive: true });

const REPORTS = [
  { sample: 'getting-started', lang: 'en', pages: [1, 2, 5] },
  { sample: 'tea-shop-zh', lang: 'zh-cn', pages: [1, 8] },
];
for (const { sample, lang, pages } of REPORTS) {
  const html = path.join(tmp, `${sample}.html`);
  execFileSync(process.execPath, ['dist/cli.js', 'report', `samples/${sample}.crmnb`, '--hide-code', '--lang', lang, '--out', html]);
  for (const size of ['A4', 'Letter']) {
    // The report leaves the paper size to the printer; here each size is forced in turn.
    const sized = path.join(tmp, `${sample}-${size}.html`);
    writeFileSync(sized, readFileSync(html, 'utf8').replace('<style>', `<style>@page { size: ${size}; }`));
    const pdf = path.join(tmp, `${sample}-${size}.pdf`);
    execFileSync(
      chromium,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(sized).href],
      { stdio: 'ignore' },
    );
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    console.log(`${sample} ${size}: ${/Pages:\s+(\d+)/.exec(info)?.[1]} pages, ${/Page size:\s+(.+)/.exec(info)?.[1]}`);
    for (const page of pages) {
      const out = path.join(shots, `report-print-${sample}-${size.toLowerCase()}-p${page}`);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', String(page), '-l', String(page), pdf, out]);
      console.log(`  ${path.relative(process.cwd(), out)}.png`);
    }
  }
}
