/** The grid's stylesheet: VS Code theme colours, so light, dark and high-contrast themes all read well. */
export const TABLE_CSS = `
.crm-table { font-family: var(--vscode-editor-font-family, monospace); font-size: var(--vscode-editor-font-size, 12px); color: var(--vscode-editor-foreground); }
.crm-table:focus { outline: none; }
.crm-table:focus-visible { outline: 1px solid var(--vscode-focusBorder, #06c); }
.crm-table-bar { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline; padding: 2px 0 4px; color: var(--vscode-descriptionForeground); }
.crm-table-status { color: var(--vscode-editor-foreground); font-weight: 600; }
.crm-table-notice { margin: 0 0 4px; padding: 3px 8px; border-left: 3px solid var(--vscode-editorWarning-foreground, #c80); background: var(--vscode-inputValidation-warningBackground, #fc02); }
.crm-table-notice[hidden] { display: none; }
.crm-table-scroll { max-height: 480px; overflow: auto; border: 1px solid var(--vscode-editorWidget-border, #8884); }
.crm-table table { border-collapse: separate; border-spacing: 0; width: max-content; min-width: 100%; }
.crm-table thead { position: sticky; top: 0; z-index: 1; background: var(--vscode-editorWidget-background, #eee); }
.crm-table th { cursor: pointer; text-align: left; vertical-align: top; padding: 3px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #8886); white-space: nowrap; user-select: none; font-weight: 600; }
.crm-table th.wrap { min-width: 10em; }
.crm-table td { text-align: left; vertical-align: top; padding: 2px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #8882); white-space: nowrap; }
.crm-table td.wrap { white-space: normal; overflow-wrap: anywhere; min-width: 8em; max-width: 36em; }
.crm-table th.num, .crm-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
.crm-table td.empty { opacity: .45; }
.crm-table .crm-rownum { color: var(--vscode-editorLineNumber-foreground, #8888); text-align: right; font-weight: normal; cursor: default; min-width: 3ch; }
.crm-table tbody tr { cursor: default; }
.crm-table tbody tr:hover { background: var(--vscode-list-hoverBackground, #8881); }
.crm-table tbody tr.selected { background: var(--vscode-list-inactiveSelectionBackground, #8883); }
.crm-th-name { display: flex; gap: 4px; justify-content: inherit; }
.crm-table th.num .crm-th-name { justify-content: flex-end; }
.crm-th-sort { color: var(--vscode-textLink-foreground, #06c); }
.crm-profile { font-weight: normal; font-size: 90%; color: var(--vscode-descriptionForeground); margin-top: 2px; }
.crm-bars { display: flex; align-items: flex-end; gap: 1px; height: 22px; width: 100%; min-width: 6em; }
.crm-bar { flex: 1; background: var(--vscode-charts-blue, #4c9be8); opacity: .8; min-width: 2px; }
.crm-bars.crm-shares { height: 8px; align-items: stretch; gap: 1px; margin: 7px 0; background: var(--vscode-editorWidget-border, #8883); }
.crm-share-0 { background: var(--vscode-charts-blue, #4c9be8); } .crm-share-1 { background: var(--vscode-charts-orange, #f5a623); }
.crm-share-2 { background: var(--vscode-charts-green, #5cc489); } .crm-share-3 { background: var(--vscode-charts-purple, #b38de0); }
.crm-share-4 { background: var(--vscode-charts-yellow, #d8d35b); }
.crm-profile-text { white-space: nowrap; font-variant-numeric: tabular-nums; }
.crm-profile-missing { color: var(--vscode-editorWarning-foreground, #b60); }
.crm-filter-row th { padding: 2px 4px 4px; cursor: default; font-weight: normal; }
.crm-filter input, .crm-filter select { box-sizing: border-box; width: 100%; min-width: 3em; font: inherit; font-size: 90%; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, #8886); padding: 1px 4px; }
.crm-filter .crm-filter-min, .crm-filter .crm-filter-max { width: 50%; }
.crm-table-pager { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 4px 0; color: var(--vscode-descriptionForeground); }
.crm-table-pager button, .crm-table-pager select { font: inherit; background: var(--vscode-button-secondaryBackground, #ddd); color: var(--vscode-button-secondaryForeground, #000); border: none; padding: 2px 8px; cursor: pointer; }
.crm-table-pager button:disabled, .crm-table-pager select:disabled { opacity: .4; cursor: default; }
.crm-table-page { width: 5em; font: inherit; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, #8886); }
.crm-table-copy { margin-left: auto; }
`;
