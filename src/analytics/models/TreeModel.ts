/**
 * A trained decision tree (from {@link trainChurnModel} or {@link trainClvModel}): predicts new
 * rows, explains itself as rules, and saves to JSON that {@link loadModel} reads back.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { isTreeNode, predictTree, treeRules, type TreeNode } from '../learn/decisionTree';
import type { TableInput } from '../columnar/tableInput';
import { predictTable } from './predictTable';
import { RULE_TEXT } from './ruleText';
import type { Language } from '../segments/index';

export type TreeModelKind = 'churn' | 'clv';

export interface TreeModelJson {
  type: 'crm-workbench/churn-tree' | 'crm-workbench/clv-tree';
  version: 1;
  /** The predicted column: the 0/1 label (churn) or the numeric target (CLV). */
  target: string;
  features: string[];
  tree: TreeNode;
  /** Probability at or above which a row is predicted 1 (churn models). */
  threshold: number;
  featureImportance: number[];
}

export class TreeModel {
  constructor(
    readonly kind: TreeModelKind,
    readonly target: string,
    readonly features: string[],
    readonly tree: TreeNode,
    readonly threshold: number,
    readonly featureImportance: number[],
  ) {}

  /**
   * Scores rows that have the model's feature columns. Returns the input with `predicted` added
   * (0/1 for churn, the value for CLV) and, for churn, `probability`.
   * @example model.predict(crm.buildChurnFeatures(tx, { label: false })).orderby(aq.desc('probability'))
   */
  predict(table: TableInput): ColumnTable {
    return predictTable(this, table);
  }

  /** Probabilities (churn) or values (CLV) for columns already read, row i of `x`. */
  scoreColumns(x: ArrayLike<number>[], n: number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = predictTree(this.tree, x, i);
    return out;
  }

  /**
   * One readable rule per leaf, e.g. "recency ≥ 120.5 and orders < 2.5 → 83.0% churned (412 rows)";
   * with `language` 'zh-cn' "recency ≥ 120.5 且 orders < 2.5 → churned 占 83.0%（412 行）".
   */
  rules(language: Language = 'en'): string[] {
    const say = RULE_TEXT[language === 'zh-cn' ? 'zh-cn' : 'en'];
    const describe =
      this.kind === 'churn'
        ? (v: number) => say.share((100 * v).toFixed(1), this.target)
        : (v: number) => `${this.target} ≈ ${v.toFixed(2)}`;
    return treeRules(this.tree, this.features, describe, say);
  }

  /** The features ranked by importance (share of the total impurity decrease). */
  importanceTable(): ColumnTable {
    const order = this.features
      .map((f, i) => ({ feature: f, importance: this.featureImportance[i] }))
      .sort((a, b) => b.importance - a.importance || a.feature.localeCompare(b.feature));
    return aq.from(order);
  }

  toJSON(): TreeModelJson {
    return {
      type: this.kind === 'churn' ? 'crm-workbench/churn-tree' : 'crm-workbench/clv-tree',
      version: 1,
      target: this.target,
      features: [...this.features],
      tree: JSON.parse(JSON.stringify(this.tree)) as TreeNode,
      threshold: this.threshold,
      featureImportance: [...this.featureImportance],
    };
  }

  static fromJSON(json: unknown): TreeModel {
    const j = json as Partial<TreeModelJson> | null;
    const kind = j?.type === 'crm-workbench/churn-tree' ? 'churn' : j?.type === 'crm-workbench/clv-tree' ? 'clv' : null;
    if (
      !j ||
      !kind ||
      j.version !== 1 ||
      !Array.isArray(j.features) ||
      typeof j.target !== 'string' ||
      !isTreeNode(j.tree, j.features.length)
    ) {
      throw analyticsError(
        'loadModel',
        'this JSON is not a decision-tree model saved by CRM Workbench (type crm-workbench/churn-tree or crm-workbench/clv-tree, version 1, with features and a tree)',
      );
    }
    return new TreeModel(
      kind,
      j.target,
      [...j.features],
      JSON.parse(JSON.stringify(j.tree)) as TreeNode,
      j.threshold ?? 0.5,
      j.featureImportance ?? j.features.map(() => 0),
    );
  }
}
