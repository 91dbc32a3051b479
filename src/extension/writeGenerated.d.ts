import * as vscode from 'vscode';
import { type AskAnswer } from './writeRule';
/** Asks what to do with a changed file; undefined (dismissed) means open the existing one. */
export declare function askReplace(uri: vscode.Uri): Promise<AskAnswer | undefined>;
/**
 * @param ask how to ask the user (a test passes its own answer)
 * @returns the file to open: the target, the existing file, or a new name
 */
export declare function writeGenerated(target: vscode.Uri, content: Uint8Array, ask?: (uri: vscode.Uri) => Promise<AskAnswer | undefined>): Promise<vscode.Uri>;
