/**
 * A trained random forest (from {@link trainChurnForest} or {@link trainClvForest}): predicts new
 * rows as the mean of its trees, ranks its features, and saves to JSON that {@link loadModel}
 * reads back. It scores tables the way a {@link TreeModel} does, so `crm.crossValidate` and
 * `model.predict` work the same for both.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { analyticsError } from '../analyticsError';
import { isTreeNode, predictTree, type TreeNode } from '../learn/decisionTree';
import type { TableInput } from '../columnar/tableInput';
import { predictTable } from './predictTable';
import type { TreeModelKind } from './TreeModel';

export interface ForestModelJson {
  type: 'crm-workbench/churn-forest' | 'crm-workbench/clv-forest';
  version: 1;
  /** The predicted column: the 0/1 label (churn) or the numeric target (CLV). */
  target: string;
  features: string[];
  trees: TreeNode[];
  /** Probability at or above which a row is predicted 1 (churn forests). */
  threshold: number;
  /** Mean impurity importance over the trees (sums to 1). */
  featureImportance: number[];
  /** OOB permutation importance (drop in accuracy or R²), null when not measured. */
  permutationImportance: number[] | null;
}

const TYPES = { churn: 'crm-workbench/churn-forest', clv: 'crm-workbench/clv-forest' } as const;

export class ForestModel {
  constructor(
    readonly kind: TreeModelKind,
    readonly target: string,
    readonly features: string[],
    readonly trees: TreeNode[],
    readonly threshold: number,
    readonly featureImportance: number[],
    readonly permutationImportance: number[] | null,
  ) {}

  /**
   * Scores rows that have the model's feature columns. Returns the input with `predicted` added
   * (0/1 for churn, the value for CLV) and, for churn, `probability` (the trees' mean).
   * @example forest.predict(crm.buildChurnFeatures(tx, { label: false })).orderby(aq.desc('probability'))
   */
  predict(table: TableInput): ColumnTable {
    return predictTable(this, table);
  }

  /** The trees' mean for row i of columns already read. */
  scoreColumns(x: ArrayLike<number>[], n: number): Float64Array {
    const out = new Float64Array(n);
    for (const root of this.trees) for (let i = 0; i < n; i++) out[i] += predictTree(root, x, i);
    for (let i = 0; i < n; i++) out[i] /= this.trees.length;
    return out;
  }

  /** The features ranked by permutation importance (by impurity importance when not measured), with both measures. */
  importanceTable(): ColumnTable {
    const perm = this.permutationImportance;
    const rows = this.features.map((feature, i) => ({
      feature,
      importance: this.featureImportance[i],
      permutationImportance: perm ? perm[i] : null,
    }));
    const key = (r: (typeof rows)[number]) => r.permutationImportance ?? r.importance;
    return aq.from(rows.sort((a, b) => key(b) - key(a) || b.importance - a.importance || a.feature.localeCompare(b.feature)));
  }

  toJSON(): ForestModelJson {
    return {
      type: TYPES[this.kind],
      version: 1,
      target: this.target,
      features: [...this.features],
      trees: JSON.parse(JSON.stringify(this.trees)) as TreeNode[],
      threshold: this.threshold,
      featureImportance: [...this.featureImportance],
      permutationImportance: this.permutationImportance ? [...this.permutationImportance] : null,
    };
  }

  static fromJSON(json: unknown): ForestModel {
    const j = json as Partial<ForestModelJson> | null;
    const kind = j?.type === TYPES.churn ? 'churn' : j?.type === TYPES.clv ? 'clv' : null;
    if (
      !j ||
      !kind ||
      j.version !== 1 ||
      !Array.isArray(j.features) ||
      typeof j.target !== 'string' ||
      !Array.isArray(j.trees) ||
      j.trees.length === 0 ||
      !j.trees.every((t) => isTreeNode(t, j.features!.length))
    ) {
      throw analyticsError(
        'loadModel',
        'this JSON is not a random-forest model saved by CRM Workbench (type crm-workbench/churn-forest or crm-workbench/clv-forest, version 1, with features and trees)',
      );
    }
    return new ForestModel(
      kind,
      j.target,
      [...j.features],
      JSON.parse(JSON.stringify(j.trees)) as TreeNode[],
      j.threshold ?? 0.5,
      j.featureImportance ?? j.features.map(() => 0),
      j.permutationImportance ?? null,
    );
  }
}
