/**
 * "CRM: New Notebook from Sample…": copies a sample notebook and its data into a folder of the
 * user's (never overwriting their files) and opens it.
 */
import * as vscode from 'vscode';

const SAMPLES: { file: string; title: () => string; detail: () => string }[] = [
  {
    file: 'getting-started.crmnb',
    title: () => vscode.l10n.t('Getting started'),
    detail: () => vscode.l10n.t('Load orders, revenue by month, RFM segments, cohorts, NPS'),
  },
  {
    file: 'rfm-segments.crmnb',
    title: () => vscode.l10n.t('RFM and k-means segments'),
    detail: () => vscode.l10n.t('Segment grid, actions per segment, choosing k, profiles'),
  },
  {
    file: 'clv-and-churn.crmnb',
    title: () => vscode.l10n.t('Customer lifetime value'),
    detail: () => vscode.l10n.t('BG/NBD and Gamma-Gamma: CLV, P(alive), who is probably gone'),
  },
  {
    file: 'nps-and-feedback.crmnb',
    title: () => vscode.l10n.t('NPS and feedback'),
    detail: () => vscode.l10n.t('NPS with its margin of error, by channel and over time'),
  },
  {
    file: 'campaign-roi.crmnb',
    title: () => vscode.l10n.t('Campaign ROI'),
    detail: () => vscode.l10n.t('Lift against a holdout, ROI on profit vs ROAS'),
  },
  {
    file: 'basket-analysis.crmnb',
    title: () => vscode.l10n.t('Basket analysis'),
    detail: () => vscode.l10n.t('Products that sell together: association rules'),
  },
  {
    file: 'this-weeks-actions.crmnb',
    title: () => vscode.l10n.t("This week's actions"),
    detail: () => vscode.l10n.t('Who to contact and why, what changed since last month, a list to save'),
  },
  {
    file: 'tea-shop-zh.crmnb',
    title: () => vscode.l10n.t('Tea shop on Taobao and WeChat (简体中文)'),
    detail: () => vscode.l10n.t('A one-person shop: GB18030 Taobao report, WeChat shop, survey, Double 11 campaign'),
  },
];

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Copies `from` to `to` unless `to` exists. */
async function copyIfMissing(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  if (!(await exists(to))) await vscode.workspace.fs.copy(from, to, { overwrite: false });
}

/** Copies the files of a folder and its subfolders, keeping every file that is already there. */
async function copyFolder(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.createDirectory(to);
  for (const [name, type] of await vscode.workspace.fs.readDirectory(from)) {
    if (type === vscode.FileType.File) await copyIfMissing(vscode.Uri.joinPath(from, name), vscode.Uri.joinPath(to, name));
    else if (type === vscode.FileType.Directory) await copyFolder(vscode.Uri.joinPath(from, name), vscode.Uri.joinPath(to, name));
  }
}

/**
 * @param file a sample's file name to skip the picker (for the walkthrough and tests)
 * @param folder where to put it (default: `crm-samples/` in the first workspace folder, or a folder the user picks)
 * @returns the opened notebook's URI
 */
export async function newFromSample(extensionUri: vscode.Uri, file?: string, folder?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const choice = file
    ? SAMPLES.find((s) => s.file === file)
    : await vscode.window
        .showQuickPick(
          SAMPLES.map((s) => ({ label: s.title(), detail: s.detail(), sample: s })),
          { title: vscode.l10n.t('New notebook from a sample'), matchOnDetail: true },
        )
        .then((p) => p?.sample);
  if (!choice) return undefined;
  let target =
    folder ??
    (vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'crm-samples') : undefined);
  if (!target) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      openLabel: vscode.l10n.t('Put the sample here'),
    });
    if (!picked?.[0]) return undefined;
    target = picked[0];
  }
  const samples = vscode.Uri.joinPath(extensionUri, 'samples');
  await copyFolder(vscode.Uri.joinPath(samples, 'data'), vscode.Uri.joinPath(target, 'data'));
  const notebook = vscode.Uri.joinPath(target, choice.file);
  await copyIfMissing(vscode.Uri.joinPath(samples, choice.file), notebook);
  await vscode.window.showNotebookDocument(await vscode.workspace.openNotebookDocument(notebook));
  return notebook;
}
