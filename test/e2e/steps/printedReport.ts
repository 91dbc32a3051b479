/**
 * A printed report page (#15): renders a sample's report (results only) with the CLI, as a user
 * would before printing it, prints it in the test's Chromium on A4 and on US Letter, and checks
 * what the print stylesheet promises: every page of the paper's size, no blank page, the summary on
 * a page of its own, and each chapter after the first starting at the top of a new page. Saves the
 * print rendering on an A4-sized screen (report-print-<sample>-*.png) to look at.
 */
import type { Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pdfLayout, type PdfLayout } from '../pdfLayout';

/** Paper in points, as Chromium sizes it (whole CSS pixels), and on screen in CSS pixels (96 per inch). */
const PAPER = {
  A4: { width: 595.92, height: 842.88, screen: { width: 794, height: 1123 } },
  Letter: { width: 612, height: 792, screen: { width: 816, height: 1056 } },
} as const;
/** The stylesheet's top margin (16 mm) in points, and how far below it a heading may start (its own margin). */
const TOP_MARGIN = (16 / 25.4) * 72;
const HEADING_SLACK = 36;

export interface PrintedReportOptions {
  /** The repository root (dist/cli.js, samples/). */
  root: string;
  /** A sample notebook's name without .crmnb; its saved outputs are rendered. */
  sample: string;
  lang: 'en' | 'zh-cn';
  shots: string;
}

/** What the layout breaks, or nothing: one sentence per broken promise. */
function layoutProblems(layout: PdfLayout, paper: (typeof PAPER)[keyof typeof PAPER], summary: string, chapters: string[]): string[] {
  const problems: string[] = [];
  layout.pages.forEach((p, i) => {
    if (Math.abs(p.width - paper.width) > 2 || Math.abs(p.height - paper.height) > 2)
      problems.push(`page ${i + 1} is ${p.width} × ${p.height} pt`);
    if (p.marks === 0) problems.push(`page ${i + 1} is blank`);
  });
  // Outline entries are in document order; a title can repeat (the header's h1 and the first chapter's).
  const same = (title: string) => (h: { title: string }) => h.title.replace(/\s+/g, ' ').trim() === title;
  let cursor = layout.headings.findIndex(same(summary));
  if (cursor < 0) return [...problems, `no "${summary}" heading in the PDF outline`];
  let previous = layout.headings[cursor].page;
  chapters.forEach((title, i) => {
    const next = layout.headings.findIndex((h, k) => k > cursor && same(title)(h));
    if (next < 0) return problems.push(`no "${title}" heading after "${summary}" in the PDF outline`);
    const h = layout.headings[next];
    if (h.page <= previous) problems.push(`"${title}" shares page ${h.page + 1} with what comes before it`);
    const top = layout.pages[h.page].height - TOP_MARGIN;
    if (i > 0 && h.y < top - HEADING_SLACK)
      problems.push(`"${title}" starts ${Math.round(top - h.y)} pt below the top of page ${h.page + 1}`);
    cursor = next;
    previous = h.page;
  });
  return problems;
}

export function printedReportStep(options: PrintedReportOptions): (page: Page) => Promise<string> {
  const { root, sample, lang, shots } = options;
  return async (workbench) => {
    const html = path.join(mkdtempSync(path.join(os.tmpdir(), 'crm-print-')), `${sample}.html`);
    const cli = spawnSync(
      process.execPath,
      [
        path.join(root, 'dist/cli.js'),
        'report',
        path.join(root, 'samples', `${sample}.crmnb`),
        '--hide-code',
        '--lang',
        lang,
        '--out',
        html,
      ],
      { encoding: 'utf8' },
    );
    if (cli.status !== 0) throw new Error(`crm-workbench report failed: ${cli.stderr}`);
    const page = await workbench
      .context()
      .browser()!
      .newPage({ viewport: PAPER.A4.screen, locale: lang === 'zh-cn' ? 'zh-CN' : 'en-US' });
    try {
      await page.goto(pathToFileURL(html).href);
      const { summary, chapters } = await page.evaluate(() => ({
        summary: document.querySelector('section.summary h2')?.textContent?.trim() ?? '',
        chapters: [...document.querySelectorAll('main > section.chapter')].map(
          (s) => s.querySelector('h1, h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        ),
      }));
      if (!summary || chapters.length < 2) throw new Error(`the report has no summary or too few chapters (${chapters.length})`);
      const counts: string[] = [];
      for (const format of ['A4', 'Letter'] as const) {
        const layout = pdfLayout(await page.pdf({ format, outline: true, tagged: true, printBackground: true }));
        const problems = layoutProblems(layout, PAPER[format], summary, chapters);
        if (problems.length) throw new Error(`${sample} printed on ${format}: ${problems.join('; ')}`);
        counts.push(`${format} ${layout.pages.length} pages`);
      }
      // What the printer gets, on an A4-sized screen: the summary page, then a chapter's first page.
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(shots, `report-print-${sample}-a4-summary.png`) });
      const third = page.locator('main > section.chapter').nth(Math.min(3, chapters.length - 1));
      await third.evaluate((s) => s.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(shots, `report-print-${sample}-a4-chapter.png`) });
      return `${counts.join(', ')}; summary alone, ${chapters.length - 1} chapters each from the top of a new page`;
    } finally {
      await page.close();
    }
  };
}
