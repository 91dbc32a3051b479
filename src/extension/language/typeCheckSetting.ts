/**
 * `crmWorkbench.typeCheck`: how type errors in cells show. They never block running a cell.
 * - "off": no squiggles;
 * - "warnings" (default): type and syntax errors as warnings;
 * - "errors": as errors.
 */
import * as vscode from 'vscode';

export type TypeCheck = 'off' | 'warnings' | 'errors';

export const TYPE_CHECK_SETTING = 'crmWorkbench.typeCheck';

export function typeCheckSetting(): TypeCheck {
  const v = vscode.workspace.getConfiguration('crmWorkbench').get<string>('typeCheck');
  return v === 'off' || v === 'errors' ? v : 'warnings';
}
