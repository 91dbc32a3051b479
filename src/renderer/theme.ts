/**
 * A Vega config that follows the VS Code theme: colours are read from the webview's CSS
 * variables, so light, dark and high-contrast themes all read well.
 */
export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export function themeKind(body: HTMLElement = document.body): ThemeKind {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'high-contrast-light';
  if (c.contains('vscode-high-contrast')) return 'high-contrast';
  if (c.contains('vscode-dark')) return 'dark';
  return 'light';
}

function cssVar(name: string, fallback: string): string {
  const v = getComputedStyle(document.body).getPropertyValue(name).trim();
  return v || fallback;
}

/** Vega config for the current theme. */
export function vegaConfig(kind: ThemeKind = themeKind()): Record<string, unknown> {
  const dark = kind === 'dark' || kind === 'high-contrast';
  const fg = cssVar('--vscode-editor-foreground', dark ? '#cccccc' : '#333333');
  const muted = cssVar('--vscode-descriptionForeground', dark ? '#9d9d9d' : '#717171');
  const grid = dark ? '#3c3c3c' : '#e5e5e5';
  const font = cssVar('--vscode-font-family', 'system-ui, sans-serif');
  const config: Record<string, unknown> = {
    background: 'transparent',
    font,
    title: { color: fg, subtitleColor: muted },
    axis: { labelColor: muted, titleColor: fg, gridColor: grid, domainColor: muted, tickColor: muted },
    legend: { labelColor: muted, titleColor: fg },
    header: { labelColor: fg, titleColor: fg },
    view: { stroke: 'transparent' },
    text: { color: fg },
    mark: { color: dark ? '#4c9be8' : '#1f77b4' },
  };
  // Brighter category colours on dark backgrounds. (Never set `range` to undefined: Vega then
  // loses its default category scheme and charts with colour legends fail.)
  if (dark)
    config.range = {
      category: ['#4c9be8', '#f5a623', '#5cc489', '#e8615b', '#b38de0', '#c2a27a', '#f08fc0', '#a0a0a0', '#d8d35b', '#4fd1d9'],
    };
  return config;
}
